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
 * meantime-trial (CAT XML, token-anchored): the text is rebuilt from the tokens (one line
 * per sentence; a space between tokens except before closing punctuation and clitics and
 * after opening brackets and currency symbols; `` and '' become "), and a VALUE markable
 * (MONEY, PERCENT, QUANTITY) spans from its first to its last anchored token. MEANTIME
 * annotates only the first sentences of each article (title, date line and about four
 * more: sentences 0-5); predictions after the last sentence holding any markable are not
 * scored (annotatedEnd).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ':',
  ';',
  '!',
  '?',
  ')',
  ']',
  '%',
  "'s",
  "n't",
  "'",
  '"close',
  '...',
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '$', 'US$', '£', '€', '"open']);

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** strict: the whole text is scored, annotated or not */
export function loadMeantime(dir: string, strict = false): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.xml'))
    .sort()) {
    const xml = readFileSync(path.join(dir, f), 'utf8');
    const offsets = new Map<string, [number, number]>();
    const sentenceEnd = new Map<string, number>();
    const sentenceOf = new Map<string, string>();
    let text = '';
    let sentence = '';
    let prevKind = '';
    let quoteOpen = false;
    for (const m of xml.matchAll(
      /<token [^>]*?sentence="(\d+)"[^>]*?t_id="(\d+)"[^>]*>([^<]*)<\/token>/g,
    )) {
      const [, sent, tid, raw] = m as unknown as [string, string, string, string];
      let tok = decode(raw);
      let kind = tok;
      if (tok === '``' || tok === '“' || tok === "''" || tok === '”' || tok === '"') {
        const closing: boolean = tok === "''" || tok === '”' || (tok === '"' && quoteOpen);
        tok = '"';
        kind = closing ? '"close' : '"open';
        quoteOpen = !closing;
      }
      if (text && sent !== sentence) text += '\n';
      else if (text && !NO_SPACE_BEFORE.has(kind) && !NO_SPACE_AFTER.has(prevKind)) text += ' ';
      sentence = sent;
      offsets.set(tid, [text.length, text.length + tok.length]);
      sentenceOf.set(tid, sent);
      text += tok;
      sentenceEnd.set(sent, text.length);
      prevKind = kind;
    }
    let annotatedEnd = 0;
    const markables = xml.slice(xml.indexOf('<Markables>'));
    for (const m of markables.matchAll(/<token_anchor t_id="(\d+)"/g)) {
      const end = sentenceEnd.get(sentenceOf.get(m[1] as string) ?? '') ?? 0;
      if (end > annotatedEnd) annotatedEnd = end;
    }
    const gold: GoldSpan[] = [];
    for (const m of xml.matchAll(/<VALUE [^>]*?type="([A-Z]+)"[^>]*>([\s\S]*?)<\/VALUE>/g)) {
      const ids = [...(m[2] as string).matchAll(/t_id="(\d+)"/g)].map((x) => x[1] as string);
      const first = offsets.get(ids[0] ?? '');
      const last = offsets.get(ids[ids.length - 1] ?? '');
      if (!first || !last) continue;
      gold.push({
        start: first[0],
        end: last[1],
        text: text.slice(first[0], last[1]),
        type: m[1] as string,
        required: true,
      });
    }
    docs.push({
      id: f.replace(/\.xml$/, ''),
      text,
      gold,
      annotatedEnd: strict ? text.length : annotatedEnd,
    });
  }
  return docs;
}
