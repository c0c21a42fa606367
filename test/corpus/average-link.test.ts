import { describe, expect, it } from 'vitest';
import { averageLink, type Similarity } from '../../src/corpus/clusters/average-link.js';

describe('averageLink', () => {
  it('merges while the mean similarity over all cross pairs reaches the threshold', () => {
    const pairs: Similarity[] = [
      ['a', 'b', 0.5],
      ['b', 'c', 0.3],
    ];
    // {a,b} then {a,b}-c: (0 + 0.3) / 2 = 0.15
    expect(averageLink(['a', 'b', 'c'], pairs, 0.2)).toEqual([['a', 'b'], ['c']]);
    expect(averageLink(['a', 'b', 'c'], pairs, 0.15)).toEqual([['a', 'b', 'c']]);
  });

  it('does not join two tight stories through one bridging pair (single link would)', () => {
    const pairs: Similarity[] = [
      ['a1', 'a2', 0.6],
      ['a1', 'a3', 0.5],
      ['a2', 'a3', 0.55],
      ['b1', 'b2', 0.6],
      ['b1', 'b3', 0.5],
      ['b2', 'b3', 0.55],
      ['a3', 'b1', 0.45],
    ];
    const items = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    expect(averageLink(items, pairs, 0.3)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ]);
  });

  it('gives the same partition whatever the order of items and pairs', () => {
    const items = ['p', 'q', 'r', 's', 't'];
    const pairs: Similarity[] = [
      ['p', 'q', 0.4],
      ['q', 'r', 0.4],
      ['r', 's', 0.4],
      ['s', 't', 0.4],
      ['p', 'r', 0.1],
    ];
    const expected = averageLink(items, pairs, 0.25);
    const reversed = averageLink([...items].reverse(), [...pairs].reverse(), 0.25);
    const flipped = averageLink(
      items,
      pairs.map(([a, b, s]) => [b, a, s] as const),
      0.25,
    );
    expect(reversed).toEqual(expected);
    expect(flipped).toEqual(expected);
  });

  it('keeps the given groups together (copies) and counts a pair given twice once', () => {
    const pairs: Similarity[] = [
      ['x', 'y', 0.4],
      ['y', 'x', 0.4],
    ];
    expect(averageLink(['x', 'y', 'z'], pairs, 0.5, [['x', 'z']])).toEqual([['x', 'z'], ['y']]);
    // twice-given 0.4 would be 0.8 against {x}: still below 0.5 only when counted once
    expect(averageLink(['x', 'y'], pairs, 0.5)).toEqual([['x'], ['y']]);
  });
});
