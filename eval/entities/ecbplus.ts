/**
 * ECB+ (ecbplus-dev, CAT XML) as an entity test on news nobody tuned to: its participant and
 * location markables in the sentences listed as annotated (ECBplus_coreference_sentences.csv).
 * No entity rule was written from these texts, so every ECB+ figure is an untuned one.
 *
 * Types: HUMAN_PART_PER -> PER, HUMAN_PART_ORG -> ORG, HUMAN_PART_GPE and LOC_GEO -> LOC;
 * LOC_FAC, LOC_OTHER, NON_HUMAN_PART and the generic/vehicle/metonym participants belong to
 * no class we type and are left out.
 *
 * ECB+ marks names, nominal mentions and pronouns alike and never says which is which. We keep
 * the names: a mention (leading determiners and possessives dropped) whose first word is
 * capitalised, where a sentence-initial capital counts only when the word is never written in
 * lower case anywhere in the corpus ("Police" at the start of a sentence is no name when
 * "police" occurs elsewhere). The comparison is with our name mentions.
 *
 * ECB+ annotates only the participants and places of the events it codes, so names a sentence
 * mentions in passing are not gold: precision here is a lower bound, recall is the figure.
 * Predictions outside the annotated sentences are not scored.
 */
import path from 'node:path';
import type { CatFile } from '../meantime/cat.js';
import { annotatedRanges, readEcbPlus } from '../corpus/ecbplus/read.js';
import type { GoldDoc, GoldMention, GoldSet } from './gold.js';

const TYPE: Record<string, string> = {
  HUMAN_PART_PER: 'PER',
  HUMAN_PART_ORG: 'ORG',
  HUMAN_PART_GPE: 'LOC',
  LOC_GEO: 'LOC',
};

const LEADING = new Set(
  'the a an his her its their our my your this that these those former late'.split(' '),
);

/** the dev topics of the conventional ECB+ split; the other topics are reported apart */
export const ECB_DEV_TOPICS = new Set([2, 5, 12, 18, 21, 23, 34, 35]);

function lowerCaseWords(cats: readonly CatFile[]): Set<string> {
  const out = new Set<string>();
  for (const cat of cats)
    for (const t of cat.tokens) if (/^\p{Ll}/u.test(t.word)) out.add(t.word.toLowerCase());
  return out;
}

export function loadEcbEntities(dir: string): GoldSet & { topicOf: Map<string, number> } {
  const ecb = readEcbPlus(dir);
  const lower = lowerCaseWords(ecb.map((d) => d.cat));
  const docs: GoldDoc[] = [];
  const topicOf = new Map<string, number>();
  let nominal = 0;
  for (const d of ecb) {
    const { cat } = d;
    const firstOfSentence = new Set(cat.sentences.map((s) => s[0]));
    const gold: GoldMention[] = [];
    for (const m of cat.markables) {
      const cls = TYPE[m.tag];
      if (!cls) continue;
      const toks = m.tokens.map((t) => cat.byTid.get(t)).filter((t) => t !== undefined);
      if (toks.length === 0 || !d.annotated.has(toks[0]?.sentence ?? -1)) continue;
      let i = 0;
      while (i < toks.length - 1 && LEADING.has((toks[i]?.word ?? '').toLowerCase())) i++;
      const head = toks[i];
      if (!head) continue;
      const initial = firstOfSentence.has(cat.tokens.indexOf(head));
      const named = /^\p{Lu}/u.test(head.word) && (!initial || !lower.has(head.word.toLowerCase()));
      if (!named) {
        nominal++;
        continue;
      }
      const start = Math.min(...toks.map((t) => t.start));
      const end = Math.max(...toks.map((t) => t.end));
      gold.push({ start, end, text: d.text.slice(start, end), cls: [cls] });
    }
    docs.push({ id: d.name, text: d.text, published: cat.dct, gold, scoreIn: annotatedRanges(d) });
    topicOf.set(d.name, d.topic);
  }
  return {
    name: `ecbplus (${path.basename(dir)})`,
    mapping: `HUMAN_PART_PER->PER, HUMAN_PART_ORG->ORG, HUMAN_PART_GPE+LOC_GEO->LOC; names only (${nominal} nominal or pronoun mentions left out); annotated sentences only; precision is a lower bound (only event participants are gold)`,
    scope: 'named',
    docs,
    topicOf,
  };
}
