/**
 * Uses of reporting verbs that report nothing, removed before framing:
 *   "so-called", "so called"              an adjective, not a call
 *   "instead of, say, the Democrats"      "say" as an interjection between commas
 *   "That said, ..."                      a connective
 *   "a campaign called #1000BlackGirls"   a naming participle right after a common noun
 *   "an added benefit", "Rubio's proposed credit"   a participle modifying a noun
 *   "took the opportunity to comment"     an infinitive governed by a noun or adjective has no
 *                                         subject of its own (adjective cues are matched apart)
 *   "Western states", "state law"         "state(s)" frames only before "that" or a colon
 *   "can add a title", "find themselves"  bare "add", "find", "learning": in PolNeAR train almost
 *                                         never a frame (0 of 14, 1 of 16, 1 of 11)
 *   "(Reporting by ...)", "precincts reporting"  "reporting" frames only after a form of be
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
  // "That said, Millennials say ...": a connective, not a report
  if (
    low === 'said' &&
    prev === 'that' &&
    next === ',' &&
    /^That$/.test(v.tokens[c.first - 1]?.text ?? '')
  )
    return true;
  if ((low === 'state' || low === 'states') && next !== 'that' && next !== ':') return true;
  if (low === 'add' || low === 'find' || low === 'learning') return true;
  if (low === 'reporting' && !/^(?:is|was|are|were|been|be|'s|'re)$/.test(prev)) return true;
  // "Trump's telling of a story": a gerund owned by a possessive is a noun
  if (/ing$/.test(low) && (prev === "'s" || /^(?:his|her|their|its|our|my|your)$/.test(prev)))
    return true;
  if (c.kind === 'verb' && c.last === c.first) {
    const before = v.tokens[c.first - 1];
    const after = v.tokens[c.last + 1];
    const modifier =
      before &&
      (before.pos === 'DET' ||
        prev === "'s" ||
        (before.pos === 'PRON' && /^(?:his|her|their|its|our|my|your)$/.test(prev)));
    if (modifier && after && /^(?:NOUN|ADJ|PROPN)$/.test(after.pos) && /(?:ed|en|t)$/.test(low))
      return true;
    const governor = v.tokens[c.first - 2];
    if (
      prev === 'to' &&
      governor &&
      /^(?:NOUN|ADJ)$/.test(governor.pos) &&
      !/^(?:willing|able|ready|eager|quick|likely|unlikely|going|set|about|due)$/.test(prev2)
    ) {
      return true;
    }
  }
  return false;
}
