/** Runs sentences + time on a text with a publication date, for the time tests. */
import { createPipeline } from '../../src/core/pipeline.js';
import type { TimeExpr } from '../../src/core/record.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { timeStage } from '../../src/stages/time/index.js';

const pipeline = createPipeline([sentencesStage, timeStage]);

export function times(text: string, published: string | null = '2025-01-31'): TimeExpr[] {
  const layers = pipeline.run({
    text,
    published,
    title: null,
    outlet: null,
    language: 'en',
    layers: {},
  });
  return layers.times ?? [];
}

/** the one expression whose text is `span` */
export function one(
  text: string,
  span: string,
  published: string | null = '2025-01-31',
): TimeExpr | undefined {
  return times(text, published).find((t) => t.text === span);
}

export function texts(text: string, published: string | null = '2025-01-31'): string[] {
  return times(text, published).map((t) => t.text);
}
