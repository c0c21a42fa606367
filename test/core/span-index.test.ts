/** SpanIndex answers what a pass over the whole list answers, in the list's order for ties. */
import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../src/core/span-index.js';

/** a small deterministic generator, so a failure is reproducible */
function spans(n: number, seed: number): { start: number; end: number; value: number }[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, value) => {
    const start = Math.floor(next() * 1000);
    const length = next() < 0.1 ? Math.floor(next() * 400) : Math.floor(next() * 12);
    return { start, end: start + length, value };
  });
}

describe('SpanIndex', () => {
  const list = spans(500, 7);
  const index = new SpanIndex(list);

  it('within(a, b) is every span inside [a, b], as a filter over the list finds them', () => {
    for (const [a, b] of [
      [0, 1000],
      [100, 140],
      [500, 500],
      [990, 2000],
      [-5, 3],
    ] as const) {
      const naive = list.filter((s) => a <= s.start && s.end <= b).map((s) => s.value);
      const got = index.within(a, b).map((s) => s.value);
      expect(got.sort((x, y) => x - y)).toEqual(naive);
    }
  });

  it('overlapping and covering find every span sharing a character, long ones included', () => {
    for (let at = 0; at < 1000; at += 37) {
      const naive = list.filter((s) => s.start < at + 5 && at < s.end).map((s) => s.value);
      expect(
        index
          .overlapping(at, at + 5)
          .map((s) => s.value)
          .sort((x, y) => x - y),
      ).toEqual(naive);
      const cover = list.filter((s) => s.start <= at && at < s.end).map((s) => s.value);
      expect(
        index
          .covering(at)
          .map((s) => s.value)
          .sort((x, y) => x - y),
      ).toEqual(cover);
    }
  });

  it('keeps the given order among spans with the same start', () => {
    const same = new SpanIndex([
      { start: 3, end: 9, value: 'a' },
      { start: 3, end: 4, value: 'b' },
      { start: 1, end: 2, value: 'c' },
    ]);
    expect(same.within(0, 10).map((s) => s.value)).toEqual(['c', 'a', 'b']);
    expect(same.within(0, 10).map((s) => s.order)).toEqual([2, 0, 1]);
  });
});
