/** Runs sentences + entities on a text, for the entities tests. */
import { createPipeline } from '../../src/core/pipeline.js';
import type { Entity } from '../../src/core/record.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';

const pipeline = createPipeline([sentencesStage, entitiesStage]);

export function entities(text: string): Entity[] {
  return (
    pipeline.run({
      text,
      published: '2025-01-31',
      title: null,
      outlet: null,
      language: 'en',
      layers: {},
    }).entities ?? []
  );
}

/** the entity holding a mention written exactly `span` */
export function byMention(list: readonly Entity[], span: string): Entity | undefined {
  return list.find((e) => e.mentions.some((m) => m.text === span));
}
