/**
 * The entities lexicon: data/entities/*.json plus country names and codes from
 * i18n-iso-countries, built once per process on first use (read-only afterwards, so safe to
 * share between documents). Phrases are indexed by their lower-case first word for matching
 * on tokens.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../core/record.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/entities');
const require = createRequire(import.meta.url);

export interface PhraseEntry {
  /** the phrase as written in the lexicon */
  phrase: string;
  type: EntityType;
  key: string;
  name: string;
  country: string | null;
  form: 'name' | 'acronym' | 'demonym' | 'nominal';
  /** "lexicon:data/entities/outlets.json#UNN" */
  rule: string;
  /** case must match exactly (acronyms that are also words: "IS", "WHO", "US") */
  caseSensitive: boolean;
  kind?: string;
}

export interface Lexicon {
  /** normalised phrase (see norm) -> entries */
  phrases: Map<string, PhraseEntry[]>;
  /** normalised first pieces of all phrases, to skip tokens quickly */
  firstPieces: Set<string>;
  /** longest phrase in characters */
  maxChars: number;
  /** canonical country name by alpha-2 */
  countryName: Map<string, string>;
  /** demonym adjective (lower case) -> entry */
  demonyms: Map<string, PhraseEntry>;
  /** normalised title -> kind */
  titles: Map<string, string>;
  orgWords: Map<string, EntityType>;
  placeWords: Map<string, string>;
  /** place words whose common-noun reading is something else, by the frame in which they
   * still make a nominal place ("the city"): 'never' (only inside a name, "Samarra Barrage")
   * or 'bare' (only right after the determiner, "the mine", not "a sea mine") */
  placeWordFrames: Map<string, 'never' | 'bare'>;
  actorNouns: Map<string, string>;
  /** normalised head -> entry: data/entities/led-organisations.json ("the Biden administration") */
  ledHeads: Map<string, { head: string; possessive: boolean }>;
  /** normalised armed-service name -> key */
  forces: Map<string, string>;
  unitWords: Set<string>;
  givenNames: Set<string>;
  /** capitalised words that are not names (months, function words): data/entities/not-names.json */
  notNames: Set<string>;
  surnames: Set<string>;
  /** nouns for one person: data/entities/person-nouns.json */
  personNouns: Set<string>;
  /** common English words, lower case: data/entities/common-words.json */
  commonWords: Set<string>;
}

interface Entries<T> {
  entries: T[];
}

function read<T>(file: string): T[] {
  return (JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as Entries<T>).entries;
}

const NORM_NEEDED = /[’\s]/;

/** Normalised form for lexicon lookups: lower case, one space, straight apostrophes. */
export function norm(s: string): string {
  const low = s.toLowerCase();
  // most calls are on one token: skip the two replacements when there is nothing to replace
  // (called per token by several parsers; the replacements were ~8% of the stage)
  return NORM_NEEDED.test(low) ? low.replace(/’/g, "'").replace(/\s+/g, ' ') : low;
}

/** The first piece of a word or phrase: letters and digits up to the first other character. */
export function firstPiece(s: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(norm(s));
  return m ? m[0] : '';
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}

function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z.&-]*[A-Z.]$/.test(s) && s.length <= 8;
}

function build(): Lexicon {
  const phrases = new Map<string, PhraseEntry[]>();
  const firstPieces = new Set<string>();
  let maxChars = 0;
  const add = (e: Omit<PhraseEntry, 'caseSensitive'> & { caseSensitive?: boolean }): void => {
    const key = norm(e.phrase);
    const piece = firstPiece(e.phrase);
    if (!piece) return;
    firstPieces.add(piece);
    maxChars = Math.max(maxChars, key.length);
    const list = phrases.get(key) ?? [];
    if (list.some((x) => x.key === e.key && x.phrase === e.phrase)) return;
    list.push({ ...e, caseSensitive: e.caseSensitive ?? isAcronym(e.phrase) });
    phrases.set(key, list);
  };

  // countries: i18n-iso-countries names and codes, then our aliases
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  const extra = read<{ country: string; name: string; aliases: string[] }>('country-aliases.json');
  const override = new Map(extra.map((e) => [e.country, e]));
  const countryName = new Map<string, string>();
  const all = countries.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(all)) {
    const plain = names.filter((n) => !n.includes(',') && !n.includes('(') && !isAcronym(n));
    const canonical =
      override.get(code)?.name ?? plain.sort((a, b) => a.length - b.length)[0] ?? names[0] ?? code;
    countryName.set(code, canonical);
    const rule = `lexicon:i18n-iso-countries#${code}`;
    for (const n of new Set([...names, canonical])) {
      if (n.includes(',')) continue;
      add({
        phrase: n,
        type: 'country',
        key: `country:${code}`,
        name: canonical,
        country: code,
        form: isAcronym(n) ? 'acronym' : 'name',
        rule,
      });
    }
  }
  for (const e of extra) {
    countryName.set(e.country, e.name);
    for (const a of new Set([e.name, ...e.aliases])) {
      const phrase = a.replace(/^the /, '');
      add({
        phrase,
        type: 'country',
        key: `country:${e.country}`,
        name: e.name,
        country: e.country.slice(0, 2),
        form: isAcronym(phrase) ? 'acronym' : 'name',
        rule: `lexicon:data/entities/country-aliases.json#${e.country}`,
      });
    }
  }

  const demonyms = new Map<string, PhraseEntry>();
  for (const d of read<{
    adj: string;
    plural: string | null;
    country: string | null;
    group?: string;
  }>('demonyms.json')) {
    const rule = `lexicon:data/entities/demonyms.json#${d.adj}`;
    const base = d.country
      ? {
          type: 'country' as const,
          key: `country:${d.country}`,
          name: countryName.get(d.country) ?? d.country,
          country: d.country,
        }
      : {
          type: 'group' as const,
          key: `group:${d.group ?? d.adj}`,
          name: d.group ?? d.adj,
          country: null,
        };
    const adj: PhraseEntry = { ...base, phrase: d.adj, form: 'demonym', rule, caseSensitive: true };
    demonyms.set(d.adj.toLowerCase(), adj);
    add({ ...adj });
    if (d.plural)
      add({
        ...base,
        phrase: d.plural,
        form: 'demonym',
        rule,
        caseSensitive: true,
        kind: 'plural',
      });
  }

  for (const r of read<{ name: string; country: string | null; admin: string }>('regions.json')) {
    add({
      phrase: r.name,
      type: 'place',
      key: `place:${r.name.toLowerCase()}`,
      name: r.name,
      country: r.country,
      form: 'name',
      rule: `lexicon:data/entities/regions.json#${r.name}`,
      kind: r.admin,
    });
  }
  /** A list of named things (outlets, organisations, people): each alias names its entry. */
  const addNamed = (
    file: string,
    opts: { type?: EntityType; key: (name: string) => string; kind?: string; dropThe?: boolean },
  ): void => {
    type Named = { name: string; aliases: string[]; country: string | null; type?: EntityType };
    for (const o of read<Named>(file)) {
      for (const a of [o.name, ...o.aliases]) {
        add({
          phrase: opts.dropThe ? a.replace(/^the /, '') : a,
          type: opts.type ?? (o.type as EntityType),
          key: opts.key(o.name),
          name: o.name,
          country: o.country,
          form: isAcronym(a) ? 'acronym' : 'name',
          rule: `lexicon:data/entities/${file}#${o.name}`,
          ...(opts.kind ? { kind: opts.kind } : {}),
        });
      }
    }
  };
  const orgKey = (name: string) => `org:${name.toLowerCase()}`;
  addNamed('outlets.json', { type: 'organisation', key: orgKey, kind: 'outlet' });
  addNamed('organisations.json', { key: orgKey, dropThe: true });
  // people get the key the name tagger gives a full name, so "Putin" joins "Vladimir Putin"
  addNamed('people.json', { type: 'person', key: (name) => `name:${norm(name)}` });
  const titles = new Map(
    read<{ title: string; kind: string }>('titles.json').map((t) => [norm(t.title), t.kind]),
  );

  const lower = (file: string): string[] =>
    (JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as Entries<string>).entries;

  return {
    phrases,
    firstPieces,
    maxChars,
    countryName,
    demonyms,
    titles,
    orgWords: new Map(
      read<{ word: string; type: EntityType }>('org-words.json').map((e) => [
        e.word.toLowerCase(),
        e.type,
      ]),
    ),
    placeWords: new Map(
      read<{ word: string; admin: string }>('place-words.json').map((e) => [norm(e.word), e.admin]),
    ),
    placeWordFrames: new Map(
      read<{ word: string; nominal?: 'never' | 'bare' }>('place-words.json').flatMap((e) =>
        e.nominal ? [[norm(e.word), e.nominal] as const] : [],
      ),
    ),
    actorNouns: new Map(
      read<{ noun: string; category: string }>('actor-nouns.json').map((e) => [e.noun, e.category]),
    ),
    ledHeads: new Map(
      read<{ head: string; possessive: boolean }>('led-organisations.json').map((e) => [
        norm(e.head),
        { head: e.head, possessive: e.possessive },
      ]),
    ),
    forces: new Map(
      read<{ name: string; key: string }>('armed-forces.json').map((f) => [norm(f.name), f.key]),
    ),
    unitWords: new Set(read<{ word: string }>('unit-words.json').map((e) => e.word.toLowerCase())),
    givenNames: new Set(lower('given-names.json')),
    notNames: new Set(read<{ word: string }>('not-names.json').map((e) => e.word)),
    surnames: new Set(lower('surnames.json')),
    commonWords: new Set(lower('common-words.json')),
    personNouns: new Set(read<{ noun: string }>('person-nouns.json').map((e) => e.noun)),
  };
}
