/**
 * The story profile of one record: its weighted term vector (content words of title and body,
 * plus its named entities), the names it mentions, its publication day and its blocking keys.
 * Built from the record alone (no corpus statistics), so the pairwise story test and the keys
 * are the same whatever else is stored and in whatever order: the clustering stays order-free.
 *
 * Words: lower-cased letters, plural -s/-ies folded, stop words left out
 * (data/corpus/cluster-stopwords.json); weight (1 + ln(count)) x idf, title words counted
 * twice, idf from a fixed background table (data/corpus/cluster-df.json, see build-df.ts), never
 * from the stored corpus. Entities: persons, organisations, countries, places, military units
 * and groups, by name, weighted `entityWeight` x (1 + ln(mentions)) x the idf of their rarest
 * word. The vector keeps the `MAX_TERMS` heaviest terms and is L2-normalised.
 * Keys: every pair of the `topTerms` heaviest terms, prefixed by the publication week.
 */
import stopwords from '../../../data/corpus/cluster-stopwords.json' with { type: 'json' };
import background from '../../../data/corpus/cluster-df.json' with { type: 'json' };
import settings from '../../../data/corpus/cluster-settings.json' with { type: 'json' };
import type { SitrepRecord } from '../../core/record.js';

export interface StoryProfile {
  /** term -> weight, L2 norm 1; entity terms start with "@" */
  terms: Record<string, number>;
  /** normalised names of the named entities but countries */
  entities: string[];
  /** days since 1970-01-01 of the publication date, null when unknown */
  day: number | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  /** content words in title and text (stop words left out); absent in rows written before */
  words?: number;
}

const STOP = new Set([...stopwords.function, ...stopwords.news, ...stopwords.domain]);
const DOMAIN_COUNTRIES = new Set(stopwords.domainCountries);
const NAMED = new Set(['person', 'organisation', 'country', 'place', 'military-unit', 'group']);
const MAX_TERMS = 40;
const WORD = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu;

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** a lower-cased word with plural -s and possessive 's folded; '' when shorter than 3 */
export function foldTerm(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length < 3) return '';
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    w = w.slice(0, -1);
  }
  return w;
}

/** the folded term of a word, '' for a stop word */
export function termOf(word: string): string {
  const w = foldTerm(word);
  return w === '' || STOP.has(w) || STOP.has(word.toLowerCase()) ? '' : w;
}

const DF = background.df as Record<string, number>;
const DOCS = background.docs;
/** inverse document frequency against the fixed background table (cluster-df.json) */
export function idf(term: string): number {
  return Math.log((DOCS + 1) / ((DF[term] ?? 0) + 1));
}

export function dayOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published.slice(0, 10));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

export function storyProfile(record: SitrepRecord): StoryProfile {
  const counts = new Map<string, number>();
  const add = (term: string, n: number) => {
    if (term) counts.set(term, (counts.get(term) ?? 0) + n);
  };
  for (const m of (record.title ?? '').matchAll(WORD))
    add(termOf(m[0]), settings.stories.titleWeight);
  let words = 0;
  for (const m of record.text.matchAll(WORD)) {
    const t = termOf(m[0]);
    if (t) words++;
    add(t, 1);
  }
  const weights = new Map<string, number>();
  for (const [t, n] of counts) weights.set(t, (1 + Math.log(n)) * idf(t));
  // the outlet naming itself ("— Ukrinform.", a byline) is furniture, not what the report is about
  const site = (record.outlet ?? '').replace(/^www\./i, '');
  const self = new Set([squash(site), squash(site.replace(/\.[a-z.]+$/i, ''))]);
  self.delete('');
  const entities = new Set<string>();
  const countries = new Map<string, number>();
  for (const e of record.entities ?? []) {
    if (!NAMED.has(e.type)) continue;
    // the country an entity belongs to ("DPRK military", "North Korean troops", "North Korea":
    // KP) is a term of its own, so that two ways of naming one side still meet
    const code = typeof e.country === 'string' ? e.country.toUpperCase() : '';
    if (code && !DOMAIN_COUNTRIES.has(code)) countries.set(code, (countries.get(code) ?? 0) + 1);
    const name = normaliseName(e.name);
    if (name.length < 2 || STOP.has(name) || self.has(squash(name))) continue;
    // a country is named by most reports of an international story: half weight, never shared
    const scale = e.type === 'country' ? 0.5 : 1;
    if (scale === 1) entities.add(name);
    const n = Math.max(1, e.mentions?.length ?? 1);
    const words = name
      .split(/[\s-]+/)
      .map(foldTerm)
      .filter(Boolean);
    const rarity = words.length ? Math.max(...words.map(idf)) : 1;
    weights.set(`@${name}`, scale * settings.stories.entityWeight * (1 + Math.log(n)) * rarity);
  }
  for (const [code, n] of countries) {
    weights.set(`#${code.toLowerCase()}`, settings.stories.countryWeight * (1 + Math.log(n)));
  }
  const top = [...weights]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_TERMS);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const terms: Record<string, number> = {};
  for (const [t, w] of top) terms[t] = Math.round((w / norm) * 1e6) / 1e6;
  return {
    terms,
    entities: [...entities].sort(),
    day: dayOf(record.published),
    outlet: record.outlet,
    published: record.published,
    title: record.title,
    words,
  };
}

/** a name lower-cased with spaces, dots and dashes left out: "Censor.NET" and "censor.net" meet */
const squash = (name: string) => name.toLowerCase().replace(/[\s.\-]/g, '');

/** the week bucket of a day ("x" when undated) */
export const weekOf = (day: number | null): string =>
  day === null ? 'x' : String(Math.floor(day / 7));

/** the pair keys of a profile (without the week), heaviest terms first */
export function termPairs(p: StoryProfile): string[] {
  const top = Object.keys(p.terms).slice(0, settings.stories.topTerms);
  const out: string[] = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const [a, b] = [top[i] as string, top[j] as string].sort();
      out.push(`${a}|${b}`);
    }
  }
  return out;
}

export function cosine(a: StoryProfile, b: StoryProfile): number {
  let s = 0;
  for (const [t, w] of Object.entries(a.terms)) s += w * (b.terms[t] ?? 0);
  return Math.round(s * 1e6) / 1e6;
}
