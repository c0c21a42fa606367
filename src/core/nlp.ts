/**
 * The wink-nlp instances of this thread (the lite English model is read-only, so sharing
 * one between documents is safe): one with part-of-speech tagging for the extractors, one
 * without for the bulk ingest path, which only needs sentences (tagging is ~30% of wink's
 * time). Stages get tokens from the `tokens` layer, not from here; only the sentences stage
 * reads text with wink, through `readDoc`.
 *
 * wink keeps every new word it meets in a lexeme cache that only grows, and the cache
 * changes how later text is tokenized: a possessive it once kept whole ("from Trump’s.")
 * stays whole wherever it appears afterwards, so the same article came out tokenized
 * differently depending on what the thread had read before (16,271 token or tag changes in
 * 40 PolNeAR dev articles after 300 train articles). `readDoc` therefore forgets the
 * possessive forms each read added, and starts a fresh instance once the cache has grown by
 * MAX_ADDED words (the BBC workload adds about 27,000 in 2,225 articles), which also bounds
 * its memory in a long-running worker.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNLP = ReturnType<typeof winkNLP>;
export type WinkDoc = ReturnType<WinkNLP['readDoc']>;

/** wink's lexeme feature: `hash` maps a word to its index in `list` */
interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

interface Instance {
  wink: WinkNLP;
  lexemes: LexemeFeature;
}

/** words the cache may add before the instance is replaced */
const MAX_ADDED = 200_000;
/** a cached whole possessive ("Trump’s") changes later tokenization: never keep one */
const POSSESSIVE = /['’]s$/i;

const instances = new Map<boolean, Instance>();

function create(pos: boolean): Instance {
  // wink builds its cache from the object model.core() returns; keep a handle on it
  let core: { features: { lexeme: LexemeFeature } } | undefined;
  const source = model as unknown as Record<string, unknown> & { core: () => typeof core };
  const capturing = { ...source, core: () => (core = source.core()) };
  const wink = winkNLP(capturing as unknown as typeof model, pos ? ['sbd', 'pos'] : ['sbd']);
  if (!core) throw new Error('wink-nlp did not load its core model through model.core()');
  return { wink, lexemes: core.features.lexeme };
}

function instance(pos: boolean): Instance {
  let found = instances.get(pos);
  if (!found) {
    found = create(pos);
    instances.set(pos, found);
  }
  return found;
}

/** The wink instance of this thread (for `its`, `as` and helpers; read text with readDoc). */
export function nlp(pos = true): WinkNLP {
  return instance(pos).wink;
}

/** Whether wink's English model knows `word` (lower case) from its own lexicon. */
export function isEnglishWord(word: string): boolean {
  // both instances hold the same lexicon: use the one this thread already has (a second
  // instance costs about 80 ms and 9 MB), the lighter one only when there is none yet
  const { lexemes } = instances.get(true) ?? instance(false);
  const i = lexemes.hash[word];
  return i !== undefined && i < lexemes.intrinsicSize;
}

/** Reads `text` with wink so that the result does not depend on what was read before. */
export function readDoc(text: string, pos = true): WinkDoc {
  const { wink, lexemes } = instance(pos);
  const before = lexemes.list.length;
  const doc = wink.readDoc(text);
  for (let i = before; i < lexemes.list.length; i++) {
    const word = lexemes.list[i] as string;
    if (POSSESSIVE.test(word) && lexemes.hash[word] === i) delete lexemes.hash[word];
  }
  if (lexemes.list.length - lexemes.intrinsicSize > MAX_ADDED) instances.delete(pos);
  return doc;
}
