/**
 * TempEval-3 scoring of temporal expressions: strict (same span) and relaxed (overlapping
 * span) precision/recall/F1, type and value accuracy over relaxed matches, and value F1
 * (relaxed F1 x value accuracy), as in the TempEval-3 task's official scorer.
 */
export interface SpanLike {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

export interface Pair<G, S> {
  gold: G | null;
  sys: S | null;
}

export const emptyCounts = (): Counts => ({
  gold: 0,
  sys: 0,
  strict: 0,
  relaxed: 0,
  typeOk: 0,
  valueOk: 0,
});

/** one-to-one alignment: exact spans first, then the first overlapping unmatched one */
export function align<G extends SpanLike, S extends SpanLike>(
  gold: readonly G[],
  sys: readonly S[],
): Pair<G, S>[] {
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Pair<G, S>[] = [];
  gold.forEach((g, gi) => {
    const si = sys.findIndex((s, k) => !usedS.has(k) && s.start === g.start && s.end === g.end);
    if (si >= 0) {
      usedG.add(gi);
      usedS.add(si);
      pairs.push({ gold: g, sys: sys[si] ?? null });
    }
  });
  gold.forEach((g, gi) => {
    if (usedG.has(gi)) return;
    const si = sys.findIndex((s, k) => !usedS.has(k) && s.start < g.end && g.start < s.end);
    if (si >= 0) {
      usedG.add(gi);
      usedS.add(si);
      pairs.push({ gold: g, sys: sys[si] ?? null });
    } else pairs.push({ gold: g, sys: null });
  });
  sys.forEach((s, si) => {
    if (!usedS.has(si)) pairs.push({ gold: null, sys: s });
  });
  return pairs;
}

/**
 * The canonical spelling of a TIMEX3 value, so that two spellings of the same value compare
 * equal. Only notational variants are folded, never different meanings:
 * - ISO week numbers are two digits: the AQUAINT annotators wrote "2000-W7" for "2000-W07";
 * - case: "xxxx-wxx" and "XXXX-WXX", "pxy" and "PXY" are one value;
 * - trailing unspecified components carry no content: "1949-XX" (a month of 1949, none
 *   given) covers exactly the year 1949, "1998-XX-XX" the year 1998, "199X" (a year of the
 *   1990s, none given) exactly the decade "199", "19XX" the century "19". Part of the
 *   AQUAINT and TimeBank annotation writes these placeholders where the TimeML 1.2.1
 *   guidelines write the coarser value ("in 1949" -> "1949", "the 1990s" -> "199").
 * Nothing else is folded: "T17" (the hour) vs "T17:00" (the minute), "P1Y" vs "P12M" (the
 * unit is part of a TIMEX3 duration's meaning), "1989-WXX" vs "1989-W43" stay different.
 */
export function canonicalValue(v: string): string {
  let out = v.trim().toUpperCase();
  out = out.replace(/^(\d{4})-W(\d)(?!\d)/, '$1-W0$2');
  // trailing unspecified day, then month, of a dated value: 1949-XX-XX -> 1949
  if (/^\d{4}-/.test(out)) while (out.endsWith('-XX')) out = out.slice(0, -3);
  return out.replace(/^(\d{2,3})X+$/, '$1');
}

/** gold and system values are the same TIMEX3 value (see canonicalValue) */
export function sameValue(gold: string, sys: string): boolean {
  return gold === sys || canonicalValue(gold) === canonicalValue(sys);
}

export function count<G extends SpanLike, S extends SpanLike>(
  pairs: readonly Pair<G, S>[],
  into: Counts,
): void {
  for (const { gold, sys } of pairs) {
    if (gold) into.gold++;
    if (sys) into.sys++;
    if (!gold || !sys) continue;
    into.relaxed++;
    if (gold.start === sys.start && gold.end === sys.end) into.strict++;
    if (gold.type === sys.type) into.typeOk++;
    if (sameValue(gold.value, sys.value)) into.valueOk++;
  }
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface Scores {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  typeAcc: number;
  valueAcc: number;
  valueF1: number;
}

export function scores(c: Counts): Scores {
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const strictP = div(c.strict, c.sys);
  const strictR = div(c.strict, c.gold);
  const relaxedP = div(c.relaxed, c.sys);
  const relaxedR = div(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAcc = div(c.valueOk, c.relaxed);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    typeAcc: div(c.typeOk, c.relaxed),
    valueAcc,
    valueF1: relaxedF1 * valueAcc,
  };
}
