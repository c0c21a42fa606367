/** Overlap removal: of overlapping candidates keep the longest (then the earliest). */
import type { Cand } from '../types.js';

export function removeOverlaps(cands: readonly Cand[], words: number): Cand[] {
  const byLength = [...cands].sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
  const taken = new Uint8Array(words + 1);
  const kept: Cand[] = [];
  for (const c of byLength) {
    let free = true;
    for (let k = c.s; k < c.e; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.s; k < c.e; k++) taken[k] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.s - b.s);
}
