/**
 * The presets: the only place that picks which stages run and in what order.
 *
 * Order, and why:
 * 1. sentences — every extractor works sentence by sentence on its tokens.
 * 2. time — needs only sentences and tokens; later stages (claims, events) point at its
 *    times. It is independent of entities and quantities.
 * 3. quantities — needs only sentences and tokens (no time layer: it keeps its own date and
 *    duration exclusions); runs before attribution and claims, which point at its figures.
 * 4. entities — needs only sentences and tokens; runs before attribution, claims and events,
 *    which resolve sources, actors and places to its entity ids.
 * 5. provenance — the outlet chain ("Transmits UNN with reference to The New York Times"):
 *    after entities so that each step links to its outlet's entity; before attribution so
 *    that claims can fall back to the outlet.
 * 6. attribution — who said what: needs sentences and tokens; reads entities and provenance
 *    when they are there (entity ids on sources, the outlet chain for "the NYT").
 * 7. claims — needs attributions; points at the times (and entities, quantities) inside each
 *    claim, so it runs after every layer it links to.
 * 8. events — reads every layer above (times, entities, quantities, attributions, claims)
 *    to give each event its actors, place, time, figures and modality.
 */
import { SitrepError } from '../core/errors.js';
import { createPipeline, type Pipeline } from '../core/pipeline.js';
import type { Stage } from '../core/stage.js';
import { attributionStage } from '../stages/attribution/index.js';
import { claimsStage } from '../stages/claims/index.js';
import { provenanceStage } from '../stages/provenance/index.js';
import { quantitiesStage } from '../stages/quantities/index.js';
import { eventsStage } from '../stages/events/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { sentencesStage } from '../stages/sentences/index.js';
import { timeStage } from '../stages/time/index.js';

/** Stages for the ingest path that only splits and stores (benchmarks, bulk loads). */
export const minimalStages: readonly Stage[] = [sentencesStage, provenanceStage];

/** Every extractor. */
export const defaultStages: readonly Stage[] = [
  sentencesStage,
  timeStage,
  quantitiesStage,
  entitiesStage,
  provenanceStage,
  attributionStage,
  claimsStage,
  eventsStage,
];

export interface Preset {
  stages: readonly Stage[];
  /** per-stage options, keyed by stage name */
  options?: Record<string, unknown>;
}

export const presets: Record<string, Preset> = {
  default: { stages: defaultStages },
  // no extractor reads parts of speech here, and tagging is about a third of wink's time
  minimal: { stages: minimalStages, options: { sentences: { pos: false } } },
};

export function pipelineFor(name = 'default'): Pipeline {
  const preset = presets[name];
  if (!preset) {
    throw new SitrepError(`unknown preset "${name}" (known: ${Object.keys(presets).join(', ')})`, '--preset');
  }
  return createPipeline(preset.stages, preset.options);
}
