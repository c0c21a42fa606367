/**
 * The wink-nlp instances of this thread (the lite English model is read-only, so sharing
 * one between documents is safe): one with part-of-speech tagging for the extractors, one
 * without for the bulk ingest path, which only needs sentences (tagging is ~30% of wink's
 * time). Stages get tokens from the `tokens` layer, not from here; only the sentences stage
 * reads text with wink.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNLP = ReturnType<typeof winkNLP>;

const instances = new Map<boolean, WinkNLP>();

export function nlp(pos = true): WinkNLP {
  let instance = instances.get(pos);
  if (!instance) {
    instance = winkNLP(model, pos ? ['sbd', 'pos'] : ['sbd']);
    instances.set(pos, instance);
  }
  return instance;
}
