/**
 * The antecedent of a pronoun source: the nearest earlier named source or entity mention that
 * agrees with the pronoun. "he"/"she" take one person (a name, or a singular official such as
 * "the spokesman"), never a plural, an institution ("the administration"), a country or a thing
 * ("weeks", "comments"), and not a name of the other gender (data/attribution/name-gender.json);
 * "they" takes a plural or an organisation; "it" an organisation, outlet or document. No
 * agreeing antecedent: the pronoun stays unresolved.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, SourceKind, Span } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import type { ResolvedSource } from './sources.js';

type Gender = 'female' | 'male' | null;
type Want = 'he' | 'she' | 'person' | 'they' | 'it' | 'any';

const WANT: Record<string, Want> = {
  he: 'he',
  him: 'he',
  she: 'she',
  her: 'she',
  i: 'person',
  they: 'they',
  them: 'they',
  it: 'it',
  who: 'any',
};

/** earlier sources and entity mentions looked at, nearest first */
const MAX_CANDIDATES = 20;
/** an antecedent further back than this (characters) is not looked for */
const MAX_DISTANCE = 3000;

const DATA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/attribution/name-gender.json',
);

interface GenderWords {
  female: Set<string>;
  male: Set<string>;
}
let genders: GenderWords | null = null;

function genderWords(): GenderWords {
  if (genders) return genders;
  const d = JSON.parse(readFileSync(DATA, 'utf8')) as Record<
    'female' | 'male',
    { names: string[]; words: string[] }
  >;
  genders = {
    female: new Set([...d.female.names, ...d.female.words]),
    male: new Set([...d.male.names, ...d.male.words]),
  };
  return genders;
}

/** gender told by a name's given name, a title before it or a role noun in it */
export function genderOf(text: string): Gender {
  const g = genderWords();
  const words = text.toLowerCase().split(/[\s,]+/);
  for (const w of words) {
    if (g.female.has(w)) return 'female';
    if (g.male.has(w)) return 'male';
  }
  return null;
}

interface Candidate {
  start: number;
  /** one person */
  person: boolean;
  plural: boolean;
  /** an organisation, outlet or document: "it" */
  thing: boolean;
  gender: Gender;
  resolved: ResolvedSource;
  span: Span;
}

/** "the administration", "the ministry": an official word that names an institution, not a person */
function institution(words: string[]): boolean {
  const inst = lexicon().sources.institutions;
  return inst.has(words.at(-1) ?? '');
}

function fromSource(e: { span: Span; resolved: ResolvedSource }): Candidate {
  const words = e.span.text.toLowerCase().split(/\s+/);
  // "weeks of talks": the head is the noun before "of"
  const of = words.indexOf('of');
  const headAt = of > 0 ? of - 1 : words.length - 1;
  const head = words[headAt] ?? '';
  const k: SourceKind = e.resolved.kind;
  // a name's head is capitalised, and not only because it opens the sentence ("Weeks of ...")
  const headText = e.span.text.split(/\s+/)[headAt] ?? '';
  const propnHead = /^[A-Z]/.test(headText) && (headAt > 0 || k !== 'unknown');
  const plural =
    /[^s]s$/.test(head) && !propnHead && !/(?:news|ss|us|is)$/.test(head) && words.length > 0;
  const person =
    !plural &&
    (k === 'person' || (k === 'official' && !institution(words))) &&
    (e.resolved.entityType === undefined || e.resolved.entityType === 'person');
  // "weeks", "comments": a source of unknown kind stands for people only with a name, a word
  // for unnamed sources ("critics", "officials") or a noun for people (-ers, -ors, -ists, -ians)
  const human =
    k !== 'unknown' ||
    propnHead ||
    lexicon().sources.anonymousHeads.has(head) ||
    /(?:ers|ors|ists|ians|ans)$/.test(head);
  return {
    start: e.span.start,
    person: person && human,
    plural: (plural || words.includes('and')) && human,
    thing: k === 'organisation' || k === 'outlet' || k === 'document' || institution(words),
    gender: genderOf(`${e.span.text} ${e.resolved.name}`),
    resolved: e.resolved,
    span: e.span,
  };
}

function fromMention(ent: Entity, m: Span): Candidate | null {
  const person = ent.type === 'person';
  const org = ent.type === 'organisation' || ent.type === 'group';
  // a mention the entities layer could not name ("the spokesman") is no antecedent of its own
  if ((!person && !org) || !/^\p{Lu}/u.test(ent.name)) return null;
  return {
    start: m.start,
    person,
    plural: false,
    thing: org,
    gender: person ? genderOf(`${m.text} ${ent.name}`) : null,
    resolved: {
      kind: person ? 'person' : 'organisation',
      anonymous: false,
      entity: ent.id,
      entityType: ent.type,
      name: ent.name,
      antecedent: null,
    },
    span: { start: m.start, end: m.end, text: m.text },
  };
}

function agrees(want: Want, c: Candidate): boolean {
  switch (want) {
    case 'he':
      return c.person && c.gender !== 'female';
    case 'she':
      return c.person && c.gender !== 'male';
    case 'person':
      return c.person;
    case 'they':
      return c.plural || (c.thing && !c.person);
    case 'it':
      return c.thing && !c.person && !c.plural;
    default:
      return c.person || c.thing;
  }
}

const mentionLists = new WeakMap<readonly Entity[], { start: number; ent: Entity; m: Span }[]>();

function mentionsSorted(entities: readonly Entity[]): { start: number; ent: Entity; m: Span }[] {
  let list = mentionLists.get(entities);
  if (!list) {
    list = entities.flatMap((ent) => ent.mentions.map((m) => ({ start: m.start, ent, m })));
    list.sort((a, b) => a.start - b.start);
    mentionLists.set(entities, list);
  }
  return list;
}

/** The resolved antecedent of pronoun `w` at character `at`, or null. */
export function antecedent(
  w: string,
  at: number,
  earlier: readonly { span: Span; resolved: ResolvedSource }[],
  entities: readonly Entity[],
): ResolvedSource | null {
  const want = WANT[w] ?? 'any';
  const cands: Candidate[] = [];
  for (const e of earlier.slice(-MAX_CANDIDATES)) cands.push(fromSource(e));
  const mentions = mentionsSorted(entities);
  // binary search: the last mention starting before the pronoun
  let lo = 0;
  let hi = mentions.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < at) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0 && last - i < MAX_CANDIDATES; i--) {
    const x = mentions[i];
    if (!x || x.m.end > at) continue;
    const c = fromMention(x.ent, x.m);
    if (c) cands.push(c);
  }
  let best: Candidate | null = null;
  for (const c of cands) {
    if (c.start >= at || at - c.start > MAX_DISTANCE || !agrees(want, c)) continue;
    if (!best || c.start > best.start) best = c;
  }
  return best ? { ...best.resolved, antecedent: best.span } : null;
}
