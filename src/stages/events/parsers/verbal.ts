/**
 * Generic verbal event mentions: every VERB token is an event (a happening, change of state or
 * speech act) unless its lemma is excluded in data/events/generic.json (auxiliary-like verbs,
 * verbs used as prepositions: "according to", "including") or it premodifies a noun
 * ("the operating system", "an upgraded camera") or ends a hyphenated compound ("President-elect").
 */
import { RULES, VERB_EXCLUDE } from '../lexicon.js';
import { eventLemma } from '../morph.js';
import type { Candidate, TokenView } from '../types.js';

export function verbalEvents(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lemmas } = view;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || tok.pos !== 'VERB') continue;
    const ls = lemmas[i] ?? [];
    if (ls.some((l) => VERB_EXCLUDE.has(l))) continue;
    if (isPremodifier(view, i)) continue;
    if (inCompound(view, i)) continue;
    out.push({
      first: i,
      last: i,
      lemma: eventLemma(tok.text),
      pos: 'verb',
      type: 'other',
      variant: null,
      rule: RULES.verbal,
      context: null,
      target: null,
    });
  }
  return out;
}

/** A participle between a determiner/adjective and a noun: "the operating system". */
function isPremodifier(view: TokenView, i: number): boolean {
  const prev = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  if (!prev || !next || next.sentence !== view.tokens[i]?.sentence) return false;
  return (
    (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'PRON') &&
    (next.pos === 'NOUN' || next.pos === 'PROPN')
  );
}

/** The last part of a hyphenated word, written without spaces: "President-elect", "long-awaited". */
function inCompound(view: TokenView, i: number): boolean {
  const tok = view.tokens[i];
  const hyphen = view.tokens[i - 1];
  const before = view.tokens[i - 2];
  return (
    !!tok &&
    !!hyphen &&
    !!before &&
    hyphen.text === '-' &&
    hyphen.end === tok.start &&
    before.end === hyphen.start
  );
}
