/**
 * Joins two figures into one range: "between 10,000 and 12,000", "from 10 to 20",
 * "three to five". The scale and unit written on the second figure apply to the first
 * ("between 10 and 12 million", "5 to 7 km"). Ranges keep value null and set low/high.
 */
import { lexicon } from '../lexicon.js';
import { before, type Candidate, type Context } from '../types.js';

export const RULE = 'quantities/refiners/ranges';

const BETWEEN = /(between|from)\s+$/i;

export function joinRanges(cands: Candidate[], ctx: Context): Candidate[] {
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
      a.change !== null
    ) {
      out.push(a);
      continue;
    }
    const gap = ctx.text.slice(a.end, b.start);
    const lead = BETWEEN.exec(before(ctx.text, a.start, 12));
    if (lead?.[1]?.toLowerCase() === 'from' && changeBefore(ctx.text, a.start - lead[0].length)) {
      // "raised it from £6 to £10": two values, the second a change on the first
      const gap = ctx.text.slice(a.end, b.start);
      if (/^\s+to\s+$/i.test(gap) && a.value !== 0 && (!a.unit || !b.unit || a.unit === b.unit)) {
        out.push(a, {
          ...b,
          unit: b.unit ?? a.unit,
          kind: b.kind ?? a.kind,
          change: b.value / a.value,
          trail: [...b.trail, `${RULE}#from-to`],
        });
        i++;
        continue;
      }
    }
    const sep = /^\s+(and|to)\s+$/i.exec(gap)?.[1]?.toLowerCase();
    const ok =
      (sep === 'and' && lead?.[1]?.toLowerCase() === 'between') ||
      (sep === 'to' && a.digits === b.digits);
    if (!ok || (a.unit && b.unit && a.unit !== b.unit)) {
      out.push(a);
      continue;
    }
    let low = a.value;
    if (!a.scaled && b.scaled && a.value * b.scale < b.value * 1.0001 && a.value < 1000)
      low = a.value * b.scale;
    const high = b.value;
    if (!(high > low)) {
      out.push(a);
      continue;
    }
    const joined: Candidate = {
      ...b,
      start: a.start,
      numStart: a.numStart,
      value: null,
      low,
      high,
      unit: b.unit ?? a.unit,
      kind: b.kind ?? a.kind,
      trail: [...a.trail, ...b.trail, RULE],
    };
    if (lead) {
      joined.approx = (lead[1] as string).toLowerCase();
      joined.approxStart = a.start - lead[0].length;
    }
    out.push(joined);
    i++;
  }
  return out;
}

/** a direction word among the three words before "from" ("increased this from") */
function changeBefore(text: string, at: number): boolean {
  const words =
    before(text, at, 40)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return words.slice(-3).some((w) => lexicon.directionWords.has(w));
}
