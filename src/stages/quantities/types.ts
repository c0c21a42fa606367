/**
 * The working shape of a figure while parsers propose and refiners resolve it. Offsets are
 * into the document text; `start`/`end` cover the figure with its currency and unit, never
 * the hedge (see docs/record.md#quantities for why).
 */
import type { Token } from '../../core/record.js';

export interface Candidate {
  start: number;
  end: number;
  /** where the bare number starts and ends (inside start..end) */
  numStart: number;
  numEnd: number;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  kind: string | null;
  counted: string | null;
  change: number | null;
  approx: string | null;
  approxStart: number | null;
  /** true when written in digits, false for words */
  digits: boolean;
  /** had a scale ('million', 'bn') */
  scaled: boolean;
  /** the scale factor applied (1 when none) */
  scale: number;
  /** the parser that proposed it */
  rule: string;
  /** refiners and lexicon entries that changed it, in order */
  trail: string[];
  /** for 'AxB' figures */
  dims?: number[];
  /** set by refiners that reject it, with the reason (kept for debugging, then dropped) */
  rejected?: string;
}

export interface Context {
  text: string;
  tokens: readonly Token[];
}

export function candidate(
  start: number,
  end: number,
  value: number | null,
  rule: string,
  digits: boolean,
): Candidate {
  return {
    start,
    end,
    numStart: start,
    numEnd: end,
    value,
    low: null,
    high: null,
    unit: null,
    kind: null,
    counted: null,
    change: null,
    approx: null,
    approxStart: null,
    digits,
    scaled: false,
    scale: 1,
    rule,
    trail: [],
  };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before `offset`, -1 when none. */
export function tokenBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The text just before `offset` on the same line, at most `n` characters. */
export function before(text: string, offset: number, n = 40): string {
  const from = Math.max(0, offset - n);
  const s = text.slice(from, offset);
  const nl = s.lastIndexOf('\n');
  return nl < 0 ? s : s.slice(nl + 1);
}

/** The text just after `offset` on the same line, at most `n` characters. */
export function after(text: string, offset: number, n = 40): string {
  const s = text.slice(offset, offset + n);
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.slice(0, nl);
}
