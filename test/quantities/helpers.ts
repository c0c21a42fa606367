import { createPipeline } from '../../src/core/pipeline.js';
import type { Quantity } from '../../src/core/record.js';
import { quantitiesStage } from '../../src/stages/quantities/index.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';

const pipeline = createPipeline([sentencesStage, quantitiesStage]);

export function quantities(text: string): Quantity[] {
  const layers = pipeline.run({
    text,
    published: null,
    title: null,
    outlet: null,
    language: 'en',
    layers: {},
  });
  return layers.quantities ?? [];
}

/** The one quantity whose span text is `span`; fails when absent. */
export function find(text: string, span: string): Quantity {
  const q = quantities(text).find((x) => x.text === span);
  if (!q)
    throw new Error(
      `no quantity "${span}" in ${JSON.stringify(quantities(text).map((x) => x.text))}`,
    );
  return q;
}
