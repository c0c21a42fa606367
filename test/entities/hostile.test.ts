/**
 * Hostile input finishes fast and keeps spans true. The entities stage is run directly on a
 * cheap token layer (one token per word or punctuation mark, one sentence for the whole
 * line, capitalised words tagged PROPN), so the figures are this stage's own, not the
 * tokenizer's.
 */
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/record.js';
import { entitiesStage } from '../../src/stages/entities/index.js';

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      pos: /^\p{Lu}/u.test(m[0]) ? 'PROPN' : 'NOUN',
      sentence: 0,
    });
  }
  return out;
}

function timed(text: string): number {
  const toks = tokens(text);
  const t0 = performance.now();
  const out = entitiesStage.run(
    {
      text,
      published: null,
      title: null,
      outlet: null,
      language: 'en',
      layers: { tokens: toks, sentences: [] },
    },
    { options: {} },
  );
  const ms = performance.now() - t0;
  for (const e of out.entities ?? [])
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return ms;
}

describe('hostile input', () => {
  it('warms the lexicon and gazetteer', () => {
    expect(timed('Kharkiv and Mosul and Ukraine.')).toBeLessThan(30_000);
  });
  it('a 1 MB line of capitalised words with connectors', () => {
    expect(timed('Alpha Bravo Charlie of the Delta Ministry of Echo '.repeat(21_000))).toBeLessThan(
      15_000,
    );
  });
  it('100k repeated words', () => {
    expect(timed('North Korean troops '.repeat(34_000))).toBeLessThan(15_000);
  });
  it('binary-looking text', () => {
    let s = '';
    for (let i = 0; i < 300_000; i++) s += String.fromCharCode((i * 7919) % 0x2fff);
    expect(timed(s)).toBeLessThan(15_000);
  });
  it('hyphen chains, particles and brackets', () => {
    expect(timed('al-'.repeat(100_000) + 'Assad (AA) ' + 'General '.repeat(50_000))).toBeLessThan(
      15_000,
    );
  });
});
