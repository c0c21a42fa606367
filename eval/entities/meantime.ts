/**
 * MEANTIME trial (meantime-trial/corpus_apple/*.xml, CAT XML): tokens only, so the text is
 * rebuilt from them (gold.ts detokenize). ENTITY_MENTION markables point to tokens; REFERS_TO
 * links them to ENTITY instances whose ent_type gives the type: PER -> PER, ORG -> ORG,
 * LOC -> LOC, PRO (products) -> PRO and FIN -> FIN reported apart. Only mentions with
 * syntactic_type NAM (proper names) are scored: NOM, PRO (pronoun), APP (appositions) are
 * coreference and description, not names. MEANTIME annotates sentences 0..5 of each article
 * (title, date line, first four sentences), so only predictions there are scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeXml, detokenize, type GoldDoc, type GoldMention, type GoldSet } from './gold.js';

const TYPE: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', PRO: 'PRO', FIN: 'FIN' };

export function loadMeantime(dir: string): GoldSet {
  const docs: GoldDoc[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.xml'))
    .sort()) {
    docs.push(parseCat(readFileSync(path.join(dir, f), 'utf8'), f));
  }
  return {
    name: 'meantime-trial',
    mapping: 'PER->PER, ORG->ORG, LOC->LOC (PRO, FIN reported apart); NAM mentions only',
    scope: 'named',
    docs,
  };
}

export function parseCat(xml: string, file: string): GoldDoc {
  const sentences: string[][] = [];
  const where = new Map<string, [number, number]>();
  for (const m of xml.matchAll(
    /<token number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g,
  )) {
    const s = Number(m[1]);
    while (sentences.length <= s) sentences.push([]);
    const row = sentences[s] as string[];
    where.set(m[2] ?? '', [s, row.length]);
    row.push(decodeXml(m[3] ?? ''));
  }
  const { text, offsets } = detokenize(sentences);
  const span = (tid: string): [number, number] | null => {
    const w = where.get(tid);
    if (!w) return null;
    return offsets[w[0]]?.[w[1]] ?? null;
  };
  const entType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b[^>]*>/g)) {
    const t = /ent_type="([A-Z]+)"/.exec(m[0])?.[1];
    const id = /m_id="(\d+)"/.exec(m[0])?.[1];
    if (t && id) entType.set(id, t);
  }
  const mentionType = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const body = m[1] ?? '';
    const target = /<target m_id="(\d+)"/.exec(body)?.[1];
    const t = target ? entType.get(target) : undefined;
    if (!t) continue;
    for (const s of body.matchAll(/<source m_id="(\d+)"/g)) mentionType.set(s[1] ?? '', t);
  }
  const gold: GoldMention[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    if (!/syntactic_type="NAM"/.test(m[1] ?? '')) continue;
    const id = /m_id="(\d+)"/.exec(m[1] ?? '')?.[1] ?? '';
    const cls = TYPE[mentionType.get(id) ?? ''];
    if (!cls) continue;
    const toks = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/g)].map((x) => span(x[1] ?? ''));
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (!first || !last) continue;
    gold.push({ start: first[0], end: last[1], text: text.slice(first[0], last[1]), cls: [cls] });
  }
  // MEANTIME annotates the title, the date line and the first sentences of each article
  // (sentence numbers 0..5); mentions after the last annotated sentence are not scored.
  const lastSentence = Math.min(5, sentences.length - 1);
  const row = offsets[lastSentence] ?? [];
  const scoreEnd = row[row.length - 1]?.[1] ?? text.length;
  return { id: path.basename(file, '.xml'), text, published: null, gold, scoreEnd };
}
