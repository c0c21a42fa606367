/**
 * The attribution lexicons (data/attribution/*.json), read once per thread. Verb entries are
 * keyed by every inflected form, generated from the lemma (irregular forms come from the data).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/attribution',
);

export type Certainty =
  | 'state'
  | 'claim'
  | 'suggest'
  | 'believe'
  | 'deny'
  | 'concede'
  | 'report'
  | 'ask'
  | 'want'
  | 'promise'
  | 'evaluate'
  | 'seem';

export interface VerbCue {
  lemma: string;
  certainty: Certainty;
  reason: string;
  past?: string;
  participle?: string;
  /** takes a hearer before its content ("told reporters that ...") */
  object?: boolean;
  particles?: string[];
  particleRequired?: boolean;
  intransitiveOnly?: boolean;
  /** the next token must be one of these words or POS tags ("appear to", "expected that") */
  next?: string[];
  /** the next token must not be one of these words or POS tags ("pledged delegates") */
  notNext?: string[];
  /** frame only a clause after it ("found that ..."), not a plain object ("find new ways") */
  clauseOnly?: boolean;
  /** doubles its final consonant before -ed/-ing (refer -> referred) */
  double?: boolean;
  /** frame only with a named or third-person source ("I think" is talk, not attribution) */
  thirdPersonOnly?: boolean;
  /** with thirdPersonOnly: the speaker ("I think", "we know") frames too; "you" and "there" do not */
  firstPersonOk?: boolean;
  /** inflected forms that frame too rarely in PolNeAR train to keep (see the entry's reason) */
  dropForms?: string[];
  /** a word that must follow within eight words, no punctuation between ("sees X as Y") */
  withinNext?: string;
}

export interface PhraseCue {
  text: string;
  certainty: Certainty;
  sourceAfter: boolean;
  nested?: boolean;
  reason: string;
}

export interface SurveyCue extends PhraseCue {
  /** nouns that end the survey's noun phrase ("poll", "survey") */
  nouns: string[];
}

export interface Lexicon {
  /** inflected form -> entry */
  verbs: ReadonlyMap<string, VerbCue>;
  /** stance adjectives after a form of be ("confident that") */
  adjectives: ReadonlyMap<string, VerbCue>;
  /** stance nouns with a possessive source ("her call for calm") */
  nouns: ReadonlyMap<string, VerbCue>;
  /** evidential adverbs with no source named ("is reportedly spending") */
  adverbs: ReadonlyMap<string, VerbCue>;
  /** phrases as lower-case word lists, longest first */
  phrases: readonly { words: string[]; entry: PhraseCue }[];
  /** "in a CNN poll, ...": the preposition is the cue and the survey after it the source */
  survey: SurveyCue | null;
  /** certainties whose cues inside another frame's content are part of that content */
  embedded: ReadonlySet<Certainty>;
  sources: SourceWords;
  modality: ModalityData;
}

export interface SourceWords {
  official: Set<string>;
  outlet: Set<string>;
  document: Set<string>;
  organisation: Set<string>;
  anonymousHeads: Set<string>;
  anonymousPhrases: string[];
  pronouns: Set<string>;
  /** labels before a colon that are not speakers ("Q:", "The Latest:") */
  notSources: Set<string>;
  /** "familiar with", "who spoke on condition of anonymity": lower-case word lists */
  postModifiers: string[][];
  /** "both", "each" between a subject and its cue */
  floatingQuantifiers: Set<string>;
  /** official words naming an institution, not a person ("administration") */
  institutions: Set<string>;
}

export interface ModalityCue {
  words: string[];
  kind: 'negated' | 'hedged' | 'speculative' | 'future';
  reason: string;
  /** counts only as a modal verb, not as a noun or a name ("by May 9") */
  auxiliary?: boolean;
}

export interface ModalityData {
  cues: ModalityCue[];
  order: string[];
  /** words that open a nested clause, whose cues are not the claim's own */
  nested: Set<string>;
}

const VOWEL = /[aeiou]/;

/** Regular English inflections of a verb lemma: -s, -ed, -ing (with the usual spelling rules). */
export function inflect(
  lemma: string,
  double = false,
): { third: string; past: string; ing: string } {
  const last = lemma.at(-1) ?? '';
  const prev = lemma.at(-2) ?? '';
  let third = `${lemma}s`;
  if (/(?:[sxzo]|sh|ch)$/.test(lemma)) third = `${lemma}es`;
  else if (last === 'y' && !VOWEL.test(prev)) third = `${lemma.slice(0, -1)}ies`;
  let past = `${lemma}ed`;
  let ing = `${lemma}ing`;
  if (last === 'e') {
    past = `${lemma}d`;
    ing = lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else if (last === 'y' && !VOWEL.test(prev)) {
    past = `${lemma.slice(0, -1)}ied`;
  } else if (double || /^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma)) {
    // one-syllable consonant-vowel-consonant: double the consonant (plan -> planned)
    past = `${lemma}${last}ed`;
    ing = `${lemma}${last}ing`;
  }
  return { third, past, ing };
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(DATA, name), 'utf8')) as T;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const cues = readJson<{
    verbs: VerbCue[];
    adjectives?: VerbCue[];
    nouns?: VerbCue[];
    adverbs?: VerbCue[];
    phrases: PhraseCue[];
    survey?: SurveyCue;
    embedded?: { certainties: Certainty[] };
  }>('cues.json');
  const nouns = new Map((cues.nouns ?? []).map((a) => [a.lemma, a]));
  const adverbs = new Map((cues.adverbs ?? []).map((a) => [a.lemma, a]));
  const adjectives = new Map((cues.adjectives ?? []).map((a) => [a.lemma, a]));
  const verbs = new Map<string, VerbCue>();
  for (const v of cues.verbs) {
    const f = inflect(v.lemma, v.double === true);
    for (const form of [v.lemma, f.third, v.past ?? f.past, v.participle ?? f.past, f.ing]) {
      if (v.dropForms?.includes(form)) continue;
      if (!verbs.has(form)) verbs.set(form, v);
    }
  }
  const phrases = cues.phrases
    .map((entry) => ({ words: entry.text.toLowerCase().split(' '), entry }))
    .sort((a, b) => b.words.length - a.words.length);
  const src =
    readJson<Record<string, { words?: string[]; heads?: string[]; phrases?: string[] }>>(
      'sources.json',
    );
  const set = (k: string): Set<string> => new Set(src[k]?.words ?? []);
  const sources: SourceWords = {
    official: set('official'),
    outlet: set('outlet'),
    document: set('document'),
    organisation: set('organisation'),
    anonymousHeads: new Set(src.anonymous?.heads ?? []),
    anonymousPhrases: src.anonymous?.phrases ?? [],
    pronouns: set('pronouns'),
    notSources: set('notSources'),
    postModifiers: (src.postModifiers?.phrases ?? []).map((p) => p.split(' ')),
    floatingQuantifiers: set('floatingQuantifiers'),
    institutions: set('institutions'),
  };
  const mod = readJson<{
    cues: ModalityCue[];
    precedence: { order: string[] };
    nested?: { words: string[] };
  }>('modality.json');
  cached = {
    verbs,
    adjectives,
    nouns,
    adverbs,
    phrases,
    survey: cues.survey ?? null,
    embedded: new Set(cues.embedded?.certainties ?? []),
    sources,
    modality: {
      cues: mod.cues,
      order: mod.precedence.order,
      nested: new Set(mod.nested?.words ?? []),
    },
  };
  return cached;
}
