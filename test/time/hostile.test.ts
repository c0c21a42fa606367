/** Hostile input finishes fast: no regex or parser backtracks on long runs. */
import { describe, expect, it } from 'vitest';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { extractTimes } from '../../src/stages/time/index.js';
import type { Token } from '../../src/core/record.js';
import { toWords } from '../../src/stages/time/words.js';
import { times } from './run.js';

/** tokens made without wink, so the test times the time stage, not the tokenizer */
function quickTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], pos: 'X', sentence: 0 });
  }
  return out;
}

function timed(text: string): { ms: number; n: number } {
  const t0 = performance.now();
  const n = extractTimes(text, toWords(text, quickTokens(text)), '2025-01-31').length;
  return { ms: performance.now() - t0, n };
}

describe('hostile input', () => {
  it('a 1 MB line of digits', () => {
    const { ms } = timed('1'.repeat(1_000_000));
    expect(ms).toBeLessThan(2000);
  });
  it('100k repeated "last"', () => {
    const { ms, n } = timed('last '.repeat(100_000));
    expect(ms).toBeLessThan(2000);
    expect(n).toBe(0);
  });
  it('100k repeated "last year" is linear', () => {
    const { ms, n } = timed('last year '.repeat(100_000));
    expect(ms).toBeLessThan(4000);
    expect(n).toBe(100_000);
  });
  it('50k clock times in one sentence, none with a day, stay linear', () => {
    const { ms, n } = timed('at 5 p.m. and '.repeat(50_000));
    expect(ms).toBeLessThan(4000);
    expect(n).toBe(50_000);
  });
  it('nested parentheses and binary', () => {
    expect(timed('('.repeat(200_000) + 'May 5' + ')'.repeat(200_000)).ms).toBeLessThan(2000);
    const bin = Array.from({ length: 200_000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join('');
    expect(timed(bin).ms).toBeLessThan(2000);
  });
  it('runs through the sentences stage on a long line of numbers', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => String(1900 + (i % 200))).join(' ');
    const t0 = performance.now();
    const t = times(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(t.length).toBeGreaterThan(0);
    expect(sentencesStage.name).toBe('sentences');
  });
});
