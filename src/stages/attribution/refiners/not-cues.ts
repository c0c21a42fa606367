/**
 * Uses of reporting verbs that report nothing, removed before framing:
 *   "so-called", "so called"              an adjective, not a call
 *   "instead of, say, the Democrats"      "say" as an interjection between commas
 *   "a campaign called #1000BlackGirls"   a naming participle right after a common noun
 */
import type { CueCandidate } from '../parsers/cues.js';
import type { TokenView } from '../parsers/tokens.js';

export function isNotCue(v: TokenView, c: CueCandidate): boolean {
  const low = v.low[c.first] ?? '';
  const prev = v.low[c.first - 1] ?? '';
  const prev2 = v.low[c.first - 2] ?? '';
  const next = v.low[c.last + 1] ?? '';
  if (c.verb?.lemma === 'call') {
    if (prev === 'so' || (prev === '-' && prev2 === 'so')) return true;
    const before = v.tokens[c.first - 1];
    const after = v.tokens[c.last + 1];
    if (
      before?.pos === 'NOUN' &&
      low === 'called' &&
      after &&
      (after.pos === 'PROPN' || /^[#“"]/.test(after.text))
    )
      return true;
  }
  if (low === 'say' && prev === ',' && next === ',') return true;
  return false;
}
