/**
 * The one wink-nlp instance of this thread (its lite English model is read-only, so sharing
 * it between documents is safe). Stages get tokens from the `tokens` layer, not from here;
 * only the sentences stage reads text with wink.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | null = null;

export function nlp(): WinkNLP {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
