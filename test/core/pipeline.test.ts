import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../src/core/errors.js';
import { checkStages, createPipeline } from '../../src/core/pipeline.js';
import type { Stage } from '../../src/core/stage.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  name,
  requires,
  assigns,
  run: () => Object.fromEntries(assigns.map((a) => [a, []])),
});

describe('checkStages', () => {
  it('accepts stages whose requirements come earlier', () => {
    expect(() =>
      checkStages([stage('a', [], ['sentences']), stage('b', ['sentences'], ['times'])]),
    ).not.toThrow();
  });
  it('rejects a requirement no earlier stage assigns, naming the stage and layer', () => {
    expect(() => checkStages([stage('b', ['sentences'], ['times'])])).toThrow(
      /stage "b" requires layer "sentences"/,
    );
  });
  it('rejects a layer assigned twice and a duplicate name', () => {
    expect(() => checkStages([stage('a', [], ['times']), stage('b', [], ['times'])])).toThrow(PipelineError);
    expect(() => checkStages([stage('a', [], ['times']), stage('a', [], ['events'])])).toThrow(/appears twice/);
  });
});

describe('createPipeline', () => {
  it('rejects options for an unknown stage before running anything', () => {
    expect(() => createPipeline([stage('a', [], ['times'])], { tmie: {} })).toThrow(/unknown stage "tmie"/);
  });
  it('rejects a stage returning a layer it does not assign', () => {
    const bad: Stage = { name: 'bad', requires: [], assigns: ['times'], run: () => ({ events: [] }) };
    const p = createPipeline([bad]);
    expect(() => p.run({ text: 'x', published: null, title: null, outlet: null, language: null, layers: {} })).toThrow(
      /returned layer "events"/,
    );
  });
  it('passes earlier layers to later stages and does not mutate the input doc', () => {
    const seen: unknown[] = [];
    const a: Stage = { name: 'a', requires: [], assigns: ['times'], run: () => ({ times: [] }) };
    const b: Stage = {
      name: 'b',
      requires: ['times'],
      assigns: ['events'],
      run: (doc) => {
        seen.push(doc.layers.times);
        return { events: [] };
      },
    };
    const doc = Object.freeze({ text: 'x', published: null, title: null, outlet: null, language: null, layers: Object.freeze({}) });
    const out = createPipeline([a, b]).run(doc);
    expect(seen).toEqual([[]]);
    expect(Object.keys(out).sort()).toEqual(['events', 'times']);
    expect(doc.layers).toEqual({});
  });
});
