/**
 * The range a reported figure allows, widened by the tolerance of its hedge
 * (data/corpus/contradiction-hedges.json): "about 11,000" is 9,900-12,100, "more than 800" is
 * 800 and up, a plain "11,000" 10,780-11,220. Two figures contradict only when their ranges do
 * not overlap. The rule that set the tolerance travels with the range.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/corpus/contradiction-hedges.json',
);

interface Tolerance {
  below: number | null;
  above: number | null;
  reason: string;
}
interface HedgesFile {
  default: Tolerance;
  range: Tolerance;
  unknown: Tolerance;
  hedges: (Tolerance & { approx: string[] })[];
}

const DATA = JSON.parse(readFileSync(FILE, 'utf8')) as HedgesFile;
const BY_HEDGE = new Map<string, Tolerance & { key: string }>();
for (const h of DATA.hedges)
  for (const a of h.approx) if (!BY_HEDGE.has(a)) BY_HEDGE.set(a, { ...h, key: a });

export interface FigureRange {
  low: number;
  high: number;
  /** `lexicon:data/corpus/contradiction-hedges.json#about`, `...#default`, `...#range` */
  rule: string;
}

const RULE = 'lexicon:data/corpus/contradiction-hedges.json';

/** The widened range of a figure, or null when it has no value or bounds (a bare change word). */
export function figureRange(f: {
  value: number | null;
  low: number | null;
  high: number | null;
  approx: string | null;
}): FigureRange | null {
  const widen = (lo: number, hi: number, t: Tolerance, rule: string): FigureRange => ({
    low: t.below === null ? -Infinity : lo - Math.abs(lo) * t.below,
    high: t.above === null ? Infinity : hi + Math.abs(hi) * t.above,
    rule,
  });
  const hedge = f.approx?.toLowerCase() ?? null;
  if (f.value === null) {
    if (f.low === null && f.high === null) return null;
    // a written range or a vague amount ("hundreds"): its bounds, widened for rounding
    return widen(f.low ?? -Infinity, f.high ?? Infinity, DATA.range, `${RULE}#range`);
  }
  if (hedge === null) {
    if (f.low !== null || f.high !== null)
      return widen(f.low ?? f.value, f.high ?? f.value, DATA.range, `${RULE}#range`);
    return widen(f.value, f.value, DATA.default, `${RULE}#default`);
  }
  const t = BY_HEDGE.get(hedge);
  if (!t) return widen(f.value, f.value, DATA.unknown, `${RULE}#unknown`);
  return widen(f.value, f.value, t, `${RULE}#${t.key}`);
}

/** Whether two ranges share a value. */
export const overlaps = (a: FigureRange, b: FigureRange) => a.low <= b.high && b.low <= a.high;
