/**
 * The pipeline runner: checks the stage list once (names unique, every required layer assigned
 * by an earlier stage, no layer assigned twice), then runs the stages in order on each doc.
 */
import { PipelineError } from './errors.js';
import type { LayerName, Layers } from './record.js';
import type { Doc, RunContext, Stage } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc): Partial<Layers>;
}

export function checkStages(stages: readonly Stage[]): void {
  const names = new Set<string>();
  const assigned = new Map<LayerName, string>();
  for (const stage of stages) {
    if (!stage.name) throw new PipelineError('a stage has no name');
    if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!assigned.has(layer)) {
        throw new PipelineError(
          `stage "${stage.name}" requires layer "${layer}", which no earlier stage assigns`,
        );
      }
    }
    for (const layer of stage.assigns) {
      const other = assigned.get(layer);
      if (other) {
        throw new PipelineError(
          `layer "${layer}" is assigned by both "${other}" and "${stage.name}"`,
        );
      }
      assigned.set(layer, stage.name);
    }
  }
}

export function createPipeline(
  stages: readonly Stage[],
  options: Readonly<Record<string, unknown>> = {},
): Pipeline {
  checkStages(stages);
  for (const key of Object.keys(options)) {
    if (!stages.some((s) => s.name === key)) {
      throw new PipelineError(`options given for unknown stage "${key}"`);
    }
  }
  const ctx: RunContext = { options };
  return {
    stages,
    run(doc: Doc): Partial<Layers> {
      let layers: Partial<Layers> = { ...doc.layers };
      for (const stage of stages) {
        const out = stage.run({ ...doc, layers }, ctx);
        for (const key of Object.keys(out) as LayerName[]) {
          if (!stage.assigns.includes(key)) {
            throw new PipelineError(`stage "${stage.name}" returned layer "${key}" it does not assign`);
          }
        }
        layers = { ...layers, ...out };
      }
      return layers;
    },
  };
}
