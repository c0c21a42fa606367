/**
 * Typed triggers from the event taxonomy (data/events/taxonomy.json): single words and phrases
 * matched on lemma candidates. Verb entries need a VERB token; noun entries need a NOUN/PROPN
 * token, or an ADJ/VERB token in head position (wink tags "a new offensive" as ADJ).
 */
import { TRIGGERS, type TriggerEntry } from '../lexicon.js';
import type { Candidate, TokenView } from '../types.js';

const NOMINAL_NEXT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function taxonomyTriggers(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lemmas } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (isAcronym(tokens[i]?.text ?? '')) continue;
    const seen = new Set<TriggerEntry>();
    for (const lemma of lemmas[i] ?? []) {
      for (const entry of TRIGGERS.get(lemma) ?? []) {
        if (seen.has(entry)) continue;
        if (entry.lower && tokens[i]?.text !== tokens[i]?.text.toLowerCase()) continue;
        const last = matchRest(view, i, entry.words);
        if (last < 0) continue;
        // the POS test is on the phrase's head: the last word for nouns, the first for verbs
        if (!posFits(view, entry.pos === 'noun' ? last : i, entry.pos)) continue;
        seen.add(entry);
        out.push({
          first: i,
          last,
          lemma: entry.words.join(' '),
          pos: entry.pos,
          type: entry.subtype,
          variant: entry.variant,
          rule: entry.rule,
          context: entry.context,
          target: entry.target,
        });
      }
    }
  }
  return out;
}

/** "AIDS", "WAR" as an acronym or shouting: no lexicon match */
export function isAcronym(text: string): boolean {
  return text.length >= 3 && /^[A-Z]+$/.test(text);
}

/** Index of the last token of the phrase starting at i, or -1. */
function matchRest(view: TokenView, i: number, words: readonly string[]): number {
  let at = i;
  for (let k = 1; k < words.length; k++) {
    at++;
    const tok = view.tokens[at];
    if (!tok || tok.sentence !== view.tokens[i]?.sentence) return -1;
    if (!(view.lemmas[at] ?? []).includes(words[k] ?? '')) return -1;
  }
  return at;
}

export function posFits(view: TokenView, i: number, pos: 'verb' | 'noun'): boolean {
  const tok = view.tokens[i];
  if (!tok) return false;
  if (pos === 'verb') return tok.pos === 'VERB';
  if (tok.pos === 'NOUN' || tok.pos === 'PROPN') {
    // a noun premodifying another noun ("attack helicopter") is not the phrase's head
    const next = view.tokens[i + 1];
    return !(next && next.sentence === tok.sentence && next.pos === 'NOUN');
  }
  if (tok.pos === 'ADJ' || tok.pos === 'VERB') {
    const next = view.tokens[i + 1];
    const prev = view.tokens[i - 1];
    const headPosition = !next || next.sentence !== tok.sentence || !NOMINAL_NEXT.has(next.pos);
    const determined = !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADV');
    return headPosition && determined;
  }
  return false;
}
