/**
 * TEST ONLY. `SITREP_TEST_STAGE_FAULT=MARKER` in the environment makes the pipeline throw, as
 * a failing stage would, on every article whose text contains MARKER; the other articles are
 * built as usual. The queue tests use it to make a poison article (test/runtime). Never set it
 * in production: unset (the default), `withTestFault` returns the pipeline unchanged.
 *
 * @example
 * const pipeline = withTestFault(pipelineFor('default'));
 */
import type { Pipeline } from '../core/pipeline.js';

export const TEST_FAULT_ENV = 'SITREP_TEST_STAGE_FAULT';

export function withTestFault(pipeline: Pipeline): Pipeline {
  const marker = process.env[TEST_FAULT_ENV];
  if (!marker) return pipeline;
  const stage = pipeline.stages.at(-1)?.name ?? 'pipeline';
  return {
    stages: pipeline.stages,
    run(doc) {
      if (doc.text.includes(marker)) {
        throw new Error(`stage "${stage}" threw: test fault on "${marker}" (${TEST_FAULT_ENV})`);
      }
      return pipeline.run(doc);
    },
  };
}
