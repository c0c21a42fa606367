/**
 * Removes overlapping candidates and the rejected ones: of two overlapping spans the longer
 * wins, then the earlier (chrono's OverlapRemovalRefiner).
 */
import type { Candidate } from '../types.js';

export const RULE = 'quantities/refiners/overlap';

export function removeOverlaps(cands: Candidate[]): Candidate[] {
  // same span: the reading with a change factor wins ("fell by two-thirds")
  const live = cands
    .filter((c) => !c.rejected)
    .sort(
      (a, b) =>
        a.start - b.start || b.end - a.end || Number(b.change !== null) - Number(a.change !== null),
    );
  const out: Candidate[] = [];
  for (const c of live) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}
