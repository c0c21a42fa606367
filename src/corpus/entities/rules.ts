/**
 * The corpus entity merge rules (data/corpus/entity-merge.json) with the title and place-word
 * lists they share with the single-article entities stage (data/entities/titles.json,
 * place-words.json), read once per process and checked at start-up: a type in two groups or
 * an unknown type is an error that names it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES } from '../../core/record.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');
const TYPES: readonly string[] = ENTITY_TYPES;

interface File {
  typeGroups: { group: string; types: string[]; reason: string }[];
  local: {
    forms: string[];
    except: { type: string; withCountry: boolean; reason: string }[];
    reason: string;
  };
  unplacedPlaces: { alsoGroup: string };
  titles: { title: string }[];
  corporateSuffixes: { suffix: string }[];
  transliteration: { from: string; to: string }[];
  people: { minFullNameWords: number };
  minAliasLength: number;
}

export interface MergeRules {
  /** entity type -> its merge group ('organisation' -> 'org') */
  groupOf: Map<string, string>;
  localForms: Set<string>;
  /** types whose nominal-only entities still merge when they have a country */
  countryGroups: Set<string>;
  /** the group whose names a place without position or place word is also filed under */
  unplacedAlso: string;
  /** normalised titles, longest first, as word arrays */
  titles: string[][];
  corporateSuffixes: Set<string>;
  transliteration: { from: string; to: string }[];
  /** place word (lower case, may be two words) -> admin level */
  placeWords: Map<string, string>;
  minFullNameWords: number;
  minAliasLength: number;
}

let cached: MergeRules | null = null;

const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as T;

/** Lower case, no accents, no periods: the form titles and suffixes are compared in. */
export function plain(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

export function mergeRules(): MergeRules {
  if (cached) return cached;
  const file = readJson<File>('corpus/entity-merge.json');
  const groupOf = new Map<string, string>();
  for (const g of file.typeGroups) {
    for (const t of g.types) {
      if (!TYPES.includes(t)) throw new Error(`entity-merge.json: unknown entity type "${t}"`);
      if (groupOf.has(t)) throw new Error(`entity-merge.json: type "${t}" is in two groups`);
      groupOf.set(t, g.group);
    }
  }
  const lexTitles = readJson<{ entries: { title: string }[] }>('entities/titles.json').entries;
  const titles = [...new Set([...lexTitles, ...file.titles].map((t) => plain(t.title)))]
    .filter((t) => t !== '')
    .map((t) => t.split(' '))
    .sort((a, b) => b.length - a.length);
  const placeWords = new Map<string, string>();
  for (const e of readJson<{ entries: { word: string; admin?: string }[] }>(
    'entities/place-words.json',
  ).entries) {
    if (e.admin) placeWords.set(plain(e.word), e.admin);
  }
  cached = {
    groupOf,
    localForms: new Set(file.local.forms),
    countryGroups: new Set(file.local.except.filter((e) => e.withCountry).map((e) => e.type)),
    unplacedAlso: file.unplacedPlaces.alsoGroup,
    titles,
    corporateSuffixes: new Set(file.corporateSuffixes.map((s) => plain(s.suffix))),
    transliteration: file.transliteration,
    placeWords,
    minFullNameWords: file.people.minFullNameWords,
    minAliasLength: file.minAliasLength,
  };
  return cached;
}
