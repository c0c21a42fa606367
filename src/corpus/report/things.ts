/**
 * What a figure measures: its counted noun mapped to a thing (data/corpus/contradiction-things.json)
 * plus a qualifier read from the words between the figure and the noun ("about 11,000 North
 * Korean troops" -> thing `troops`, qualifier `north korean`). Series and contradictions compare
 * figures only when their things are the same or listed as compatible and their qualifiers agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/corpus/contradiction-things.json',
);

interface ThingsFile {
  things: { noun: string; thing: string; reason: string }[];
  compatible: { a: string; b: string; reason: string }[];
}

const DATA = JSON.parse(readFileSync(FILE, 'utf8')) as ThingsFile;
const BY_NOUN = new Map(DATA.things.map((t) => [t.noun, t]));

export interface Thing {
  thing: string;
  /** lower-cased proper qualifier ("north korean"), or null */
  qualifier: string | null;
  /** `lexicon:data/corpus/contradiction-things.json#soldiers`, `things#nationals`, `things#as-written` */
  rule: string;
}

/** "North Koreans" -> "north korean"; "Ukrainians" -> "ukrainian" */
const singular = (w: string) => w.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');

/** The thing a counted noun names; `between` is the text between figure and noun. */
export function thingOf(counted: string, between = ''): Thing {
  const noun = counted.trim();
  const key = noun.toLowerCase();
  const listed = BY_NOUN.get(key) ?? BY_NOUN.get(key.split(/\s+/).pop() ?? key);
  const proper = between
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean);
  const qualifier = proper.length > 0 ? proper.join(' ') : null;
  if (listed) {
    return {
      thing: listed.thing,
      qualifier,
      rule: `lexicon:data/corpus/contradiction-things.json#${listed.noun}`,
    };
  }
  if (/^\p{Lu}/u.test(noun) && /s$/.test(noun)) {
    return {
      thing: 'nationals',
      qualifier: [...proper, ...noun.split(/\s+/).map(singular)].join(' '),
      rule: 'things#nationals',
    };
  }
  return { thing: key, qualifier, rule: 'things#as-written' };
}

/** Whether a word is a listed counted noun ("troops" after "the number of North Korean"). */
export const isListedNoun = (word: string) => BY_NOUN.has(word.toLowerCase());

/** Whether two things may be compared (same, or a listed compatible pair). */
export function compatibleThings(a: string, b: string): boolean {
  if (a === b) return true;
  return DATA.compatible.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
}

/** Qualifiers agree when either is missing or one contains the other ("north korean" / "korean"). */
export function compatibleQualifiers(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a === b || a.includes(b) || b.includes(a);
}

/** The thing and qualifier a query names: "North Korean troops" -> troops / north korean. */
export function thingOfQuery(query: string): Thing {
  const words = query.trim().split(/\s+/);
  const noun = words.pop() ?? '';
  return thingOf(noun, words.join(' '));
}
