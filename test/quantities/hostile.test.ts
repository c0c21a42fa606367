import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities/index.js';
import { quantities } from './helpers.js';

// Hostile input must finish (no catastrophic backtracking); the time limits are generous
// guards against hangs, not speed targets (those live in bench/quantities.ts).
describe('quantities: hostile input', () => {
  it('a 1 MB line of digits and separators', () => {
    const text = '1,000-2,000 '.repeat(90_000).slice(0, 1_000_000);
    const t0 = performance.now();
    const qs = quantities(text);
    expect(performance.now() - t0).toBeLessThan(30_000);
    for (const q of qs.slice(0, 50)) expect(q.text).toBe(text.slice(q.start, q.end));
  });

  it('100k repeated number words', () => {
    const text = 'one two three hundred thousand and '.repeat(100_000 / 6);
    const t0 = performance.now();
    quantities(text);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });

  it('a long unbroken digit run', () => {
    const text = `${'9'.repeat(200_000)} ${'1,'.repeat(50_000)}`;
    const t0 = performance.now();
    quantities(text);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });

  // The stage alone, without tokens: wink's tokenizer (sentences stage) is itself slow on
  // 150k characters of glued "5km5km..." and on 50k "$" in a row (reported to the sentences
  // owner); these check that the quantities parsers and refiners stay linear on them.
  it('50k currency symbols in a row (stage alone)', () => {
    const text = `${'$'.repeat(50_000)}1 ${'£'.repeat(50_000)}`;
    const t0 = performance.now();
    extractQuantities({ text, tokens: [] });
    expect(performance.now() - t0).toBeLessThan(30_000);
  });

  it('150k characters of glued figures and units (stage alone)', () => {
    const text = '5km'.repeat(50_000) + ' 3.5-inch'.repeat(20_000);
    const t0 = performance.now();
    const qs = extractQuantities({ text, tokens: [] });
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(qs.length).toBeGreaterThan(0);
  });

  it('binary garbage', () => {
    let seed = 7;
    const chars: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      chars.push(String.fromCharCode(seed % 256));
    }
    const text = chars.join('');
    const t0 = performance.now();
    const qs = quantities(text);
    expect(performance.now() - t0).toBeLessThan(30_000);
    for (const q of qs) expect(q.text).toBe(text.slice(q.start, q.end));
  });
});

describe('quantities: hostile change words', () => {
  it('100k change words in one sentence', () => {
    const text = `the number of troops ${'halved and doubled '.repeat(50_000)}.`;
    const t0 = performance.now();
    quantities(text);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});
