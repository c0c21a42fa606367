/**
 * The copies stage (src/corpus/copies): the shared cases on SQLite and, when it is reachable,
 * PostgreSQL; and the signature pinned, so that signatures compare across runs and machines.
 */
import { describe, expect, it } from 'vitest';
import { onBothStores } from '../store/both-stores.js';
import {
  BANDS,
  PERMUTATIONS,
  bandKeys,
  encodeSignature,
  shingles,
  signature,
  similarity,
} from '../../src/corpus/copies/minhash.js';
import { exactKey, paragraphHashes } from '../../src/corpus/copies/normalise.js';
import { outletKey, relaysOf } from '../../src/corpus/copies/relays.js';
import { copiesCases } from './copies.cases.js';

const TEXT =
  'North Korean troops have not been seen on the front for about two weeks, officials said on condition of anonymity.';

describe('copies: signatures', () => {
  it('a known text has a known signature (fixed seeds and hash family)', () => {
    const sig = signature(shingles(paragraphHashes(TEXT)));
    expect(sig).toHaveLength(PERMUTATIONS);
    expect(encodeSignature(sig).slice(0, 32)).toBe('09631f76039f8d5f021121da02d71671');
    expect(bandKeys(sig)).toHaveLength(BANDS);
  });

  it('shingles stay inside paragraphs: reordering paragraphs keeps the signature', () => {
    const a = 'First paragraph has these words in it.\nSecond paragraph has other words.';
    const b = 'Second paragraph has other words.\n\nFirst paragraph has these words in it.';
    expect(
      similarity(signature(shingles(paragraphHashes(a))), signature(shingles(paragraphHashes(b)))),
    ).toBe(1);
  });

  it('the exact key ignores case, punctuation and spacing but not words', () => {
    expect(exactKey("Don't panic,\n  he SAID.")).toBe(exactKey('dont panic he said'));
    expect(exactKey('he said')).not.toBe(exactKey('she said'));
    expect(exactKey(' -- ')).toBeNull();
  });
});

describe('copies: relays', () => {
  it('one key per outlet whatever its name; an outlet does not relay itself', () => {
    expect(outletKey('The New York Times')).toBe('new york times');
    expect(outletKey('NYT')).toBe('new york times');
    expect(outletKey('the  New-York Times.')).toBe('new york times');
    expect(outletKey('AP')).toBe(outletKey('The Associated Press'));
    const step = (name: string, role: 'publisher' | 'source', start: number) => ({
      start,
      end: start + name.length,
      text: name,
      name,
      role,
      rule: 'lexicon:test',
    });
    const relays = relaysOf({
      outlet: 'UNN',
      provenance: [
        step('UNN', 'publisher', 0),
        step('NYT', 'source', 10),
        step('Ukrainian National News', 'source', 20),
      ],
    });
    expect(relays.map((r) => [r.key, r.name, r.start])).toEqual([['new york times', 'NYT', 10]]);
    expect(relays[0]?.rule).toBe(
      'lexicon:test+corpus/copies/relays#provenance-source+lexicon:data/corpus/copies-outlets.json#NYT',
    );
  });
});

await onBothStores('copies stage', copiesCases);
