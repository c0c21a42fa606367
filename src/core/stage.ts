/**
 * The stage contract. A stage is a pure function from a document to new layers: it reads
 * the layers it `requires`, returns the layers it `assigns`, and mutates nothing. Stages hold
 * no per-document state, so a pipeline can run in worker threads.
 */
import type { LayerName, Layers } from './record.js';

/** What a stage sees: the normalised text, its metadata and the layers built so far. */
export interface Doc {
  readonly text: string;
  /** publication date (document creation time): the anchor for relative times */
  readonly published: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  readonly layers: Readonly<Partial<Layers>>;
}

export interface RunContext {
  /** per-stage options from the preset, keyed by stage name */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Stage {
  /** used in presets, provenance (`rule` prefixes) and debug output */
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc, ctx: RunContext): Partial<Layers>;
}
