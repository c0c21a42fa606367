/**
 * Overlap removal: one event mention per token. A typed candidate beats a generic one, a
 * longer phrase beats a shorter one; typed candidates with the same span but different
 * sub-types are all kept for the argument-based resolver (refiners/resolve.ts).
 */
import type { Candidate } from '../types.js';

export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const rank = (c: Candidate) => (c.type === 'other' ? 0 : 1000) + (c.last - c.first);
  const sorted = [...candidates].sort((a, b) => rank(b) - rank(a) || a.first - b.first);
  const kept: Candidate[] = [];
  // token index -> the candidate holding it (so each check is O(phrase length))
  const owner = new Map<number, Candidate>();
  for (const c of sorted) {
    let clash: Candidate | undefined;
    for (let i = c.first; i <= c.last && !clash; i++) clash = owner.get(i);
    if (!clash) {
      kept.push(c);
      for (let i = c.first; i <= c.last; i++) owner.set(i, c);
    } else if (
      clash.first === c.first &&
      clash.last === c.last &&
      c.type !== 'other' &&
      clash.type !== c.type
    ) {
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.first - b.first);
}
