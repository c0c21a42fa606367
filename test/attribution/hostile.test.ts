import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Hostile input must finish (linear work: frames reach at most 120 tokens from their cue).
// Speed targets live in bench/attribution.ts; these only guard against blow-ups.
describe('attribution on hostile input', () => {
  it('one 1 MB line', { timeout: 60_000 }, () => {
    const line = 'officials said that the troops, who were told “no”, left '.repeat(18_000);
    const out = run(line);
    expect((out.attributions ?? []).length).toBeGreaterThan(0);
    for (const a of (out.attributions ?? []).slice(0, 50))
      expect(a.content.end - a.content.start).toBeLessThan(5_000);
  });

  it('100k repeated reporting words', { timeout: 60_000 }, () => {
    const out = run('said '.repeat(100_000));
    expect(Array.isArray(out.attributions)).toBe(true);
    expect(Array.isArray(out.claims)).toBe(true);
  });

  it('stances nested in reported words, repeated', { timeout: 60_000 }, () => {
    // every "believe" stands in the content of the "said" before it (refiners/embedded.ts)
    const out = run('Officials said they believe reportedly that '.repeat(40_000));
    const cues = (out.attributions ?? []).map((a) => a.cue.text);
    expect(cues.length).toBeGreaterThan(1000);
    expect(cues.filter((c) => c !== 'said')).toEqual([]);
  });

  it('many short quoted sentences', { timeout: 60_000 }, () => {
    const out = run('“Yes,” he said. '.repeat(20_000));
    expect((out.attributions ?? []).length).toBeGreaterThan(1000);
  });

  it('binary noise', { timeout: 60_000 }, () => {
    let s = '';
    let x = 12345;
    for (let i = 0; i < 200_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(x % 256);
    }
    const out = run(s);
    expect(Array.isArray(out.attributions)).toBe(true);
  });
});
