/**
 * Joins "1 in 5", "one in four", "3 out of 10" into one ratio quantity: value = 1/5,
 * kind "ratio", the counted noun read after the second figure ("1 in 5 Ukrainians").
 */
import type { Candidate, Context } from '../types.js';

export const RULE = 'quantities/refiners/ratios';

const GAP = /^\s+(?:in|out\s+of)\s+$/i;

export function joinRatios(cands: Candidate[], ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i] as Candidate;
    const b = cands[i + 1];
    if (
      !b ||
      a.rejected ||
      b.rejected ||
      a.value === null ||
      b.value === null ||
      a.kind !== null ||
      b.kind !== null ||
      !(a.value < b.value) ||
      !GAP.test(ctx.text.slice(a.end, b.start))
    ) {
      out.push(a);
      continue;
    }
    out.push({
      ...b,
      start: a.start,
      numStart: a.numStart,
      value: a.value / b.value,
      kind: 'ratio',
      unit: 'ratio',
      trail: [...a.trail, ...b.trail, RULE],
    });
    i++;
  }
  return out;
}
