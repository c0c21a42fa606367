/**
 * MEANTIME trial (meantime-trial/corpus_apple/*.xml, CAT XML, read by eval/meantime/cat.ts,
 * one sentence per line). ENTITY_MENTION markables point to tokens; REFERS_TO links them to
 * ENTITY instances whose ent_type gives the type: PER -> PER, ORG -> ORG, LOC -> LOC, PRO
 * (products) -> PRO and FIN -> FIN reported apart. Only mentions with syntactic_type NAM
 * (proper names) are scored: NOM, PRO (pronoun), APP (appositions) are coreference and
 * description, not names. MEANTIME annotates sentences 0..5 of each article (title, date
 * line, first four sentences), so only predictions there are scored.
 */
import path from 'node:path';
import { markableSpan, readCatDir, sentenceEnd, type CatFile } from '../meantime/cat.js';
import type { GoldDoc, GoldMention, GoldSet } from './gold.js';

const TYPE: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', PRO: 'PRO', FIN: 'FIN' };

export function loadMeantime(dir: string): GoldSet {
  return {
    name: 'meantime-trial',
    mapping: 'PER->PER, ORG->ORG, LOC->LOC (PRO, FIN reported apart); NAM mentions only',
    scope: 'named',
    docs: readCatDir(dir, 'lines').map(goldDoc),
  };
}

function goldDoc(doc: CatFile): GoldDoc {
  const entType = new Map<string, string>();
  for (const m of doc.markables) {
    if (m.tag === 'ENTITY' && m.attrs.ent_type && m.attrs.m_id)
      entType.set(m.attrs.m_id, m.attrs.ent_type);
  }
  const mentionType = new Map<string, string>();
  for (const r of doc.relations) {
    const t = r.tag === 'REFERS_TO' ? entType.get(r.targets[0] ?? '') : undefined;
    if (t) for (const s of r.sources) mentionType.set(s, t);
  }
  const gold: GoldMention[] = [];
  for (const m of doc.markables) {
    if (m.tag !== 'ENTITY_MENTION' || m.attrs.syntactic_type !== 'NAM') continue;
    const cls = TYPE[mentionType.get(m.attrs.m_id ?? '') ?? ''];
    const span = markableSpan(doc, m);
    if (!cls || !span) continue;
    gold.push({ ...span, text: doc.text.slice(span.start, span.end), cls: [cls] });
  }
  // MEANTIME annotates the title, the date line and the first sentences of each article
  // (sentence numbers 0..5); mentions after the last annotated sentence are not scored.
  const scoreEnd = sentenceEnd(doc, Math.min(5, doc.sentences.length - 1)) || doc.text.length;
  return { id: path.basename(doc.file, '.xml'), text: doc.text, published: null, gold, scoreEnd };
}
