/**
 * Generic nominal event mentions: nouns that name an event, either listed in
 * data/events/generic.json#eventNouns or carrying a deverbal suffix (-tion, -ment, -al ...)
 * and not listed among the suffix exceptions (nation, government, hospital ...). Not a word
 * listed in generic.json#otherWords ("aides"), nor a capitalised word a capitalised name
 * continues after ("Strike" in "Joint Strike Fighter": the name's head is "Fighter").
 */
import {
  EVENT_NOUNS,
  NOMINAL_SUFFIXES,
  OTHER_WORDS,
  RULES,
  SUFFIX_EXCEPTIONS,
} from '../lexicon.js';
import type { Candidate, TokenView } from '../types.js';
import { isAcronym, posFits } from './taxonomy.js';

export function nominalEvents(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lemmas } = view;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || tok.pos === 'VERB' || isAcronym(tok.text)) continue;
    if (!posFits(view, i, 'noun')) continue;
    if (OTHER_WORDS.has(view.lower[i] ?? '')) continue;
    if (nameContinues(view, i)) continue;
    // a proper noun counts only when listed ("Conference" in a title), never by suffix
    if (tok.pos === 'PROPN' && !/^[A-Z][a-z]+$/.test(tok.text)) continue;
    const ls = lemmas[i] ?? [];
    const listed = ls.find((l) => EVENT_NOUNS.has(l));
    if (listed) {
      out.push(candidate(i, listed, RULES.nominal(listed)));
      continue;
    }
    if (tok.pos === 'PROPN') continue;
    const lower = tok.text.toLowerCase();
    const singular = lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
    if (SUFFIX_EXCEPTIONS.has(singular)) continue;
    const suffix = NOMINAL_SUFFIXES.find(
      (s) => singular.endsWith(s.suffix) && singular.length >= s.minLength,
    );
    if (suffix) out.push(candidate(i, singular, RULES.suffix(suffix.suffix)));
  }
  return out;
}

/** a capitalised word followed by another in its sentence ("Strike Fighter"): not the name's head */
function nameContinues(view: TokenView, i: number): boolean {
  const t = view.tokens[i];
  const next = view.tokens[i + 1];
  return (
    !!t &&
    !!next &&
    next.sentence === t.sentence &&
    /^[A-Z][a-z]/.test(t.text) &&
    /^[A-Z][a-z]/.test(next.text) &&
    (next.pos === 'PROPN' || next.pos === 'NOUN')
  );
}

function candidate(i: number, lemma: string, rule: string): Candidate {
  return {
    first: i,
    last: i,
    lemma,
    pos: 'noun',
    type: 'other',
    variant: null,
    rule,
    context: null,
    target: null,
  };
}
