/** Hostile input finishes fast: every walk in the events stage is bounded. */
import { describe, expect, it } from 'vitest';
import type { Layers, Token } from '../../src/core/record.js';
import { extractEvents } from '../../src/stages/events/index.js';

/** Tokens built without wink (so the test times the events stage): words with a POS cycle. */
function tokens(text: string, pos: readonly string[], sentenceEvery = Infinity): Token[] {
  const out: Token[] = [];
  let i = 0;
  for (const m of text.matchAll(/\S+/g)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      pos: pos[i % pos.length] ?? 'X',
      sentence: Math.floor(i / sentenceEvery),
    });
    i++;
  }
  return out;
}

function timed(
  text: string,
  pos: readonly string[],
  sentenceEvery = Infinity,
): { ms: number; n: number } {
  const layers: Partial<Layers> = { tokens: tokens(text, pos, sentenceEvery), sentences: [] };
  const t0 = performance.now();
  const n = extractEvents({
    text,
    published: '2025-01-31',
    title: null,
    outlet: null,
    language: 'en',
    layers,
  }).length;
  return { ms: performance.now() - t0, n };
}

describe('hostile input', () => {
  it('100k words of repeated conflict verbs in one sentence (50k events, merged)', () => {
    // linear: ~2 s on an idle core; the bound leaves room for a loaded CI machine
    const { ms, n } = timed('troops withdrew '.repeat(50_000), ['NOUN', 'VERB']);
    expect(n).toBeGreaterThan(0);
    expect(ms).toBeLessThan(15000);
  });
  it('100k nouns in one sentence (long noun-phrase walks)', () => {
    const { ms } = timed('attack '.repeat(100_000), ['NOUN']);
    expect(ms).toBeLessThan(8000);
  });
  it('a 1 MB line without spaces', () => {
    const { ms } = timed('x'.repeat(1_000_000), ['NOUN']);
    expect(ms).toBeLessThan(2000);
  });
  it('binary garbage', () => {
    const bytes = Array.from({ length: 200_000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join('');
    const { ms } = timed(bytes, ['X', 'PUNCT', 'NOUN', 'VERB', 'ADP', 'DET'], 50);
    expect(ms).toBeLessThan(4000);
  });
  it('deep relative and prepositional chains', () => {
    const { ms } = timed(
      'the soldiers who joined the army of the state in the war '.repeat(10_000),
      ['DET', 'NOUN', 'PRON', 'VERB', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN'],
    );
    expect(ms).toBeLessThan(8000);
  });
});
