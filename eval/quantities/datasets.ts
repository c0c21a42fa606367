/**
 * Loads the gold quantities of the two development sets as plain texts with character spans.
 *
 * re3d-dev (JSON lines, character offsets into each document's text): an entity span can
 * carry several candidate types with crowd confidences; a span's type is the one with the
 * highest confidence. Gold quantities are spans whose type is Quantity or Money with
 * confidence >= 0.5 and a numeral in them (Money mentions with no figure, such as "wages",
 * "handouts", "The salaries", are not amounts). Quantity/Money spans below 0.5 or
 * out-voted by another type ("2 years" is Temporal), and Frequency spans (a measure in our
 * scheme, typed apart in re3d), are "don't care": a prediction overlapping only them is
 * neither a hit nor a false positive, and missing them costs nothing.
 *
 * re3d entities do not nest, so a figure inside an entity of another type ("40,000
 * civilians" and "120 Iraqi soldiers" are Organisation spans, "36 gates" a Location) could
 * not be marked Quantity: such spans are don't care too, for predictions inside them, whether
 * the figure is in digits or words ("three women and three children", "six men", "two
 * Moroccans" are Organisation spans exactly as "40,000 civilians" is; an earlier digit-only
 * test scored the word-number ones as false positives although re3d had marked them). Spans
 * typed Temporal, DocumentReference or Coordinate are not: a figure predicted there (a day,
 * a year, a resolution number, a coordinate) is a false positive.
 *
 * meantime-trial (CAT XML, token-anchored, read by eval/meantime/cat.ts): the text is rebuilt
 * from the tokens (one line per sentence, spacing rules in eval/meantime/detokenize.ts), and a
 * VALUE markable (MONEY, PERCENT, QUANTITY) spans from its first to its last anchored token.
 * MEANTIME annotates only the first sentences of each article (title, date line and about four
 * more: sentences 0-5); predictions after the last sentence holding any markable are not
 * scored (annotatedEnd).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markableSpan, readCatDir, sentenceEnd } from '../meantime/cat.js';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  /** false: don't care (see above) */
  required: boolean;
}

export interface GoldDoc {
  id: string;
  text: string;
  gold: GoldSpan[];
  /** the annotated part of the text: predictions outside it are not scored */
  annotatedEnd: number;
}

const NUMERAL =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|few)\b/i;

/** types whose spans hold figures that are not quantities: predictions there are errors */
const NOT_NESTING = new Set(['Temporal', 'DocumentReference', 'Coordinate']);

interface Re3dEntity {
  documentId: string;
  begin: number;
  end: number;
  type: string;
  confidence: number;
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * strict: every Quantity/Money span with a numeral is required whatever its confidence or
 * competing type, and nothing is don't care (printed beside the main figures so the effect
 * of the reading above is visible).
 */
export function loadRe3d(dir: string, strict = false): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const f = path.join(dir, folder, 'documents.json');
    if (!existsSync(f)) continue;
    const texts = new Map(jsonLines<{ _id: string; text: string }>(f).map((d) => [d._id, d.text]));
    const byDoc = new Map<string, Map<string, Re3dEntity[]>>();
    for (const e of jsonLines<Re3dEntity>(path.join(dir, folder, 'entities.json'))) {
      const spans = byDoc.get(e.documentId) ?? new Map<string, Re3dEntity[]>();
      byDoc.set(e.documentId, spans);
      const key = `${e.begin}:${e.end}`;
      spans.set(key, [...(spans.get(key) ?? []), e]);
    }
    for (const [id, text] of texts) {
      const gold: GoldSpan[] = [];
      for (const group of byDoc.get(id)?.values() ?? []) {
        const best = [...group].sort((a, b) => b.confidence - a.confidence)[0] as Re3dEntity;
        const q = group.find(
          (e) => e.type === 'Quantity' || e.type === 'Money' || e.type === 'Frequency',
        );
        if (!q) {
          if (strict) continue;
          if (
            !group.some((e) => NOT_NESTING.has(e.type)) &&
            NUMERAL.test(text.slice(best.begin, best.end))
          ) {
            gold.push({
              start: best.begin,
              end: best.end,
              text: text.slice(best.begin, best.end),
              type: best.type,
              required: false,
            });
          }
          continue;
        }
        const span = text.slice(q.begin, q.end);
        const required = strict
          ? q.type !== 'Frequency' && NUMERAL.test(span)
          : best === q && q.type !== 'Frequency' && q.confidence >= 0.5 && NUMERAL.test(span);
        if (!required && !NUMERAL.test(span)) continue;
        gold.push({ start: q.begin, end: q.end, text: span, type: q.type, required });
      }
      docs.push({ id: `${folder}/${id}`, text, gold, annotatedEnd: text.length });
    }
  }
  return docs;
}

/** strict: the whole text is scored, annotated or not */
export function loadMeantime(dir: string, strict = false): GoldDoc[] {
  return readCatDir(dir, 'lines').map((doc) => {
    let annotatedEnd = 0;
    for (const m of doc.markables) {
      for (const tid of m.tokens) {
        const t = doc.byTid.get(tid);
        if (t) annotatedEnd = Math.max(annotatedEnd, sentenceEnd(doc, t.sentence));
      }
    }
    const gold: GoldSpan[] = [];
    for (const m of doc.markables) {
      const span = m.tag === 'VALUE' ? markableSpan(doc, m) : null;
      if (!span || !m.attrs.type) continue;
      const text = doc.text.slice(span.start, span.end);
      gold.push({ ...span, text, type: m.attrs.type, required: true });
    }
    return {
      id: path.basename(doc.file, '.xml'),
      text: doc.text,
      gold,
      annotatedEnd: strict ? doc.text.length : annotatedEnd,
    };
  });
}
