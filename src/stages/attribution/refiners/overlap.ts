/**
 * Overlap removal between cues of one sentence: an infinitive cue governed by another cue
 * ("declined to say", "wants to know") is part of the outer frame, not a second attribution;
 * two frames on the same cue tokens keep the first.
 */
import type { CueCandidate } from '../parsers/cues.js';
import type { TokenView } from '../parsers/tokens.js';

export function dropGovernedCues(v: TokenView, cues: readonly CueCandidate[]): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (const c of cues) {
    const prevCue = out.at(-1);
    if (prevCue && prevCue.last >= c.first) continue;
    if (
      prevCue &&
      v.low[c.first - 1] === 'to' &&
      prevCue.last === c.first - 2 &&
      prevCue.kind === 'verb'
    ) {
      continue;
    }
    out.push(c);
  }
  return out;
}
