/** Runs sentences + attribution (+ claims) on a text, the way the default preset does. */
import type { Layers } from '../../src/core/record.js';
import type { Doc } from '../../src/core/stage.js';
import { attributionStage } from '../../src/stages/attribution/index.js';
import { claimsStage } from '../../src/stages/claims/index.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';

export function run(text: string, extra: Partial<Layers> = {}): Partial<Layers> {
  const doc: Doc = {
    text,
    published: '2025-01-31',
    title: null,
    outlet: null,
    language: 'en',
    layers: {},
  };
  let layers: Partial<Layers> = { ...sentencesStage.run(doc, { options: {} }), ...extra };
  layers = { ...layers, ...attributionStage.run({ ...doc, layers }, { options: {} }) };
  layers = { ...layers, ...claimsStage.run({ ...doc, layers }, { options: {} }) };
  return layers;
}

export function attributions(
  text: string,
): { source: string | null; cue: string; content: string; direct: boolean }[] {
  return (run(text).attributions ?? []).map((a) => ({
    source: a.source?.text ?? null,
    cue: a.cue.text,
    content: a.content.text,
    direct: a.direct,
  }));
}
