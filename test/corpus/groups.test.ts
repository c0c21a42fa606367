import { afterEach, describe, expect, it } from 'vitest';
import { groups } from '../../src/corpus/groups.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
const fresh = async () => {
  const s = await openSqliteStore(':memory:');
  open.push(s);
  return s;
};

/** a seeded shuffle, so a failure names the order that broke */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function dump(store: Store, name: string) {
  const out: Record<string, string[]> = {};
  for await (const g of groups(name).scan(store)) out[g.id] = g.members;
  return out;
}

describe('groups', () => {
  const links: [string, string][] = [
    ['e', 'f'],
    ['c', 'd'],
    ['b', 'c'],
    ['x', 'y'],
    ['f', 'g'],
    ['d', 'a'],
  ];

  it('keeps connected components named by their smallest member', async () => {
    const store = await fresh();
    const g = groups('t');
    await g.link(store, links, ['lonely']);
    expect(await dump(store, 't')).toEqual({
      a: ['a', 'b', 'c', 'd'],
      e: ['e', 'f', 'g'],
      x: ['x', 'y'],
    });
    expect(await g.groupOf(store, 'c')).toBe('a');
    expect(await g.groupOf(store, 'lonely')).toBe('lonely');
    expect(await g.members(store, 'e')).toEqual(['e', 'f', 'g']);
  });

  it('gives the same groups whatever the order and batching of the links', async () => {
    const reference = await fresh();
    await groups('t').link(reference, links);
    const want = await dump(reference, 't');
    for (let seed = 1; seed <= 12; seed++) {
      const store = await fresh();
      const order = shuffle(links, seed);
      // one link per call, reversed ends on odd seeds
      for (const [a, b] of order) await groups('t').link(store, [seed % 2 ? [b, a] : [a, b]]);
      expect(await dump(store, 't')).toEqual(want);
    }
  });

  it('merges two stored groups when a later link bridges them', async () => {
    const store = await fresh();
    const g = groups('t');
    await g.link(store, [['m', 'n']]);
    await g.link(store, [['b', 'c']]);
    expect(await g.groupOf(store, 'n')).toBe('m');
    await g.link(store, [['n', 'c']]);
    expect(await dump(store, 't')).toEqual({ b: ['b', 'c', 'm', 'n'] });
    expect(await g.groupOf(store, 'n')).toBe('b');
  });
});
