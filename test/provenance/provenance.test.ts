import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { provenanceStage } from '../../src/stages/provenance/index.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';

const pipeline = createPipeline([sentencesStage, provenanceStage]);
const chain = (text: string) =>
  pipeline
    .run({ text, published: null, title: null, outlet: null, language: 'en', layers: {} })
    .provenance!.map((p) => [p.role, p.name]);

describe('provenance', () => {
  it('reads the publisher formula with the outlet it relays', () => {
    expect(chain('Troops withdrew.\n\nTransmits UNN with reference to The New York Times.\n\nDetails')).toEqual([
      ['publisher', 'UNN'],
      ['source', 'The New York Times'],
    ]);
    expect(chain('Writes Ukrinform citing Reuters.')).toEqual([
      ['publisher', 'Ukrinform'],
      ['source', 'Reuters'],
    ]);
  });
  it('reads wire datelines and credit lines', () => {
    expect(chain('KYIV, Jan 31 (Reuters) - Ukraine said it shot down drones.')).toEqual([['publisher', 'Reuters']]);
    expect(chain('The article text.\nThis article was originally published by The Conversation.')).toEqual([
      ['source', 'The Conversation'],
    ]);
  });
  it("labels a dateline's agency a source when the page's own outlet is another (issue 15 item 11)", () => {
    const text = 'KYIV, Jan 31 (Reuters) - Ukraine said it shot down drones.';
    const withOutlet = (outlet: string | null) =>
      pipeline
        .run({ text, published: null, title: null, outlet, language: 'en', layers: {} })
        .provenance!.map((p) => [p.role, p.name]);
    expect(withOutlet('Kyiv Post')).toEqual([['source', 'Reuters']]);
    expect(withOutlet('reuters.com')).toEqual([['publisher', 'Reuters']]);
    expect(withOutlet(null)).toEqual([['publisher', 'Reuters']]);
  });
  it('does not read ordinary reporting sentences as provenance', () => {
    expect(chain('Reports say the army withdrew from the city.')).toEqual([]);
    expect(chain('Officials said (in private) - and later in public - that talks failed.')).toEqual([]);
    expect(chain('Transmits power to the grid.')).toEqual([]);
  });
  it('finishes fast on hostile input', () => {
    const t0 = performance.now();
    chain('Transmits ' + 'Aa '.repeat(50_000));
    chain('(' .repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('wire datelines', () => {
  it('only where a dateline opens a paragraph', () => {
    expect(chain('WASHINGTON (AP) — The Senate voted on Friday.')).toEqual([['publisher', 'AP']]);
    expect(chain('The Bank of England\'s Monetary Policy Committee (MPC) - which sets rates - met.')).toEqual([]);
  });
});

describe('provenance in the default preset', () => {
  it('links each outlet step to its entity', async () => {
    const { pipelineFor } = await import('../../src/presets/default.js');
    const text = 'Troops withdrew, the NYT reports.\n\nTransmits UNN with reference to The New York Times.';
    const layers = pipelineFor('default').run({ text, published: '2025-01-31', title: null, outlet: null, language: 'en', layers: {} });
    const names = new Map(layers.entities!.map((e) => [e.id, e.name]));
    expect(layers.provenance!.map((p) => [p.name, names.get(p.entity ?? '')])).toEqual([
      ['UNN', 'UNN'],
      ['The New York Times', 'The New York Times'],
    ]);
  });
});
