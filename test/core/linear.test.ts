/**
 * Every stage's cost grows with the text, not faster. A stage that passes over a whole layer
 * for each item of another (every entity for each claim, every mention for each source) is
 * quadratic: 1 MB of prose took 23 s, 2 MB 68 s. This test counts that work instead of timing
 * it: each layer's items are wrapped so that every property read is counted, and the reads per
 * character must stay flat from one text to a text four times as long (a per-item pass over a
 * layer makes them grow about fourfold). A scan of the rest of the text for each sentence (the
 * provenance credit line did `text.indexOf(cue, sentenceStart)`) reads no layer, so the second
 * case compares CPU time at the two sizes with a generous bound.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayerName, Layers } from '../../src/core/record.js';
import { presets } from '../../src/presets/default.js';
import { ROOT } from '../helpers.js';

const EXAMPLES = path.join(ROOT, 'examples');
const articles = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(EXAMPLES, f), 'utf8').trim());

/** the example articles joined by blank lines, repeated up to `chars` characters */
function longText(chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const a = articles[i % articles.length] as string;
    parts.push(a);
    n += a.length + 2;
  }
  return parts.join('\n\n');
}

/** layers read by later stages; tokens are left out (read per token, millions of times) */
const COUNTED: LayerName[] = [
  'sentences',
  'times',
  'quantities',
  'entities',
  'provenance',
  'attributions',
  'claims',
];

/** Runs the default preset; returns the property reads of layer items, per stage. */
function countReads(text: string): Map<string, number> {
  const { stages, options = {} } = presets.default as (typeof presets)['default'];
  const reads = new Map<string, number>();
  let stage = '';
  const wrap = <T extends object>(item: T): T =>
    new Proxy(item, {
      get(target, key, receiver) {
        reads.set(stage, (reads.get(stage) ?? 0) + 1);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  let layers: Partial<Layers> = {};
  for (const s of stages) {
    stage = s.name;
    const doc = {
      text,
      published: '2025-02-01',
      title: null,
      outlet: null,
      language: 'en',
      layers,
    };
    const out = s.run(doc, { options }) as Record<string, unknown[]>;
    for (const key of Object.keys(out)) {
      const items = out[key] as object[];
      if (COUNTED.includes(key as LayerName)) out[key] = items.map(wrap);
    }
    layers = { ...layers, ...(out as Partial<Layers>) };
  }
  return reads;
}

describe('cost grows linearly with the text', () => {
  it('no stage reads a layer once per item of another (reads per character stay flat)', () => {
    const small = longText(40_000);
    const large = longText(160_000);
    const a = countReads(small);
    const b = countReads(large);
    const growth: Record<string, number> = {};
    for (const [stage, n] of b) {
      const perCharSmall = (a.get(stage) ?? 0) / small.length;
      growth[stage] = Number((n / large.length / Math.max(perCharSmall, 1e-9)).toFixed(2));
    }
    // linear: about 1; a pass over a layer per item: about 4
    for (const [stage, g] of Object.entries(growth)) {
      expect(
        g,
        `${stage}: reads per character grew ${g}x (${JSON.stringify(growth)})`,
      ).toBeLessThan(1.6);
    }
    expect(Object.keys(growth)).toEqual(
      expect.arrayContaining(['claims', 'attribution', 'events']),
    );
  }, 120_000);

  it('the pipeline CPU time per character does not grow with the text', () => {
    const { stages, options = {} } = presets.default as (typeof presets)['default'];
    const cpu = (text: string): Map<string, number> => {
      const out = new Map<string, number>();
      let layers: Partial<Layers> = {};
      for (const s of stages) {
        const t0 = process.cpuUsage();
        const doc = {
          text,
          published: '2025-02-01',
          title: null,
          outlet: null,
          language: 'en',
          layers,
        };
        layers = { ...layers, ...s.run(doc, { options }) };
        const t = process.cpuUsage(t0);
        out.set(s.name, (t.user + t.system) / 1000);
      }
      return out;
    };
    cpu(longText(20_000)); // warm up: model, lexicons, gazetteer, compiled code
    const small = longText(50_000);
    const large = longText(400_000);
    const a = cpu(small);
    const b = cpu(large);
    const k = large.length / small.length;
    // linear: about 8x the time for 8x the text; quadratic: about 64x. Per stage, with a floor
    // of 20 ms on the small side so that a stage too quick to measure is not judged on noise.
    for (const [stage, ms] of b) {
      const ratio = ms / Math.max(a.get(stage) ?? 0, 20);
      expect(ratio, `${stage}: ${ms.toFixed(0)} ms for ${k.toFixed(1)}x the text`).toBeLessThan(
        3 * k,
      );
    }
  }, 300_000);
});
