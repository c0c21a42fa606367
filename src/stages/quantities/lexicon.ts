/**
 * The quantities lexicons (data/quantities/*.json), read once per thread and frozen. Every
 * lookup returns the entry's provenance key ("lexicon:data/quantities/units.json#km") so the
 * rule travels onto the output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/quantities');

function load<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(DATA, name), 'utf8')) as T;
}

interface Valued {
  value: number;
  reason: string;
}
interface Ranged {
  low: number;
  high: number;
  reason: string;
}
interface NumbersFile {
  units: Record<string, Valued>;
  tens: Record<string, Valued>;
  scales: Record<string, Valued>;
  suffixes: Record<string, Valued>;
  fractions: Record<string, Valued>;
  vague: Record<string, Ranged>;
  fuzzy: Record<string, Ranged>;
}
export type Bound = 'low' | 'high' | null;
interface ApproxFile {
  entries: { text: string; bound: Bound; reason: string }[];
}
interface MeasureEntry {
  forms: string[];
  unit: string;
  kind: string;
  caseSensitive?: boolean;
  /** only written with no space after digits */
  gluedOnly?: boolean;
  /** only before a lower-case word (inch marks, which otherwise close quotes) */
  beforeWord?: boolean;
  reason: string;
}
interface CurrencyEntry {
  symbols: string[];
  words: string[];
  unit: string;
  reason: string;
}
interface UnitsFile {
  measures: MeasureEntry[];
  currencies: CurrencyEntry[];
  people: { nouns: string[]; reason: string };
}
interface ChangesFile {
  factors: { forms: string[]; factor: number; reason: string }[];
  directions: { forms: string[]; sign: number; reason: string }[];
}
interface ExclusionsFile {
  months: { forms: string[] };
  timeUnits: { forms: string[] };
  clock: { forms: string[] };
  labels: { forms: string[] };
  pronounOne: { before: string[]; after: string[] };
}

export interface UnitHit {
  unit: string;
  kind: string;
  rule: string;
  gluedOnly?: boolean;
  beforeWord?: boolean;
}

const numbers = load<NumbersFile>('numbers.json');
const approx = load<ApproxFile>('approximators.json');
const units = load<UnitsFile>('units.json');
const changes = load<ChangesFile>('changes.json');
const exclusions = load<ExclusionsFile>('exclusions.json');
const context = load<Record<string, { reason: string; words: string[] }>>('context.json');

function contextList(name: string): Set<string> {
  const list = context[name];
  if (!list) throw new Error(`data/quantities/context.json has no list "${name}"`);
  return lower(list.words);
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

/** Measure units by form; case-sensitive forms are keyed as written, the rest lower-cased. */
const measureExact = new Map<string, UnitHit>();
const measureFolded = new Map<string, UnitHit>();
for (const e of units.measures) {
  for (const f of e.forms) {
    const hit: UnitHit = {
      unit: e.unit,
      kind: e.kind,
      rule: `lexicon:data/quantities/units.json#${e.unit}`,
    };
    if (e.gluedOnly) hit.gluedOnly = true;
    if (e.beforeWord) hit.beforeWord = true;
    if (e.caseSensitive) measureExact.set(f, hit);
    else if (!measureFolded.has(f.toLowerCase())) measureFolded.set(f.toLowerCase(), hit);
  }
}
const currencySymbols = new Map<string, UnitHit>();
const currencyWords = new Map<string, UnitHit>();
for (const e of units.currencies) {
  const hit = {
    unit: e.unit,
    kind: 'currency',
    rule: `lexicon:data/quantities/units.json#${e.unit}`,
  };
  for (const s of e.symbols) if (!currencySymbols.has(s)) currencySymbols.set(s, hit);
  for (const w of e.words)
    if (!currencyWords.has(w.toLowerCase())) currencyWords.set(w.toLowerCase(), hit);
}

const factorWords = new Map<string, { factor: number; rule: string }>();
for (const e of changes.factors) {
  for (const f of e.forms)
    factorWords.set(f, {
      factor: e.factor,
      rule: `lexicon:data/quantities/changes.json#${e.forms[0]}`,
    });
}
const directionWords = new Map<string, { sign: number; rule: string }>();
for (const e of changes.directions) {
  for (const f of e.forms)
    directionWords.set(f, {
      sign: e.sign,
      rule: `lexicon:data/quantities/changes.json#${e.sign > 0 ? 'up' : 'down'}`,
    });
}

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
}

const byLength = (a: string, b: string): number => b.length - a.length;

export const lexicon = Object.freeze({
  units: numbers.units,
  tens: numbers.tens,
  scales: numbers.scales,
  suffixes: numbers.suffixes,
  fractions: numbers.fractions,
  vague: numbers.vague,
  fuzzy: numbers.fuzzy,
  approximators: [...approx.entries].sort((a, b) => byLength(a.text, b.text)),
  measureExact,
  measureFolded,
  /** every measure and currency-word form, longest first (for the after-figure matcher) */
  unitForms: [
    ...new Set([
      ...units.measures.flatMap((e) => e.forms),
      ...units.currencies.flatMap((e) => e.words),
    ]),
  ].sort(byLength),
  currencySymbols,
  currencySymbolForms: [...currencySymbols.keys()].sort(byLength),
  currencyWords,
  people: lower(units.people.nouns),
  peopleRule: 'lexicon:data/quantities/units.json#people',
  factorWords,
  directionWords,
  months: lower(exclusions.months.forms),
  timeUnits: lower(exclusions.timeUnits.forms),
  clock: exclusions.clock.forms,
  labels: lower(exclusions.labels.forms),
  oneBefore: lower(exclusions.pronounOne.before),
  oneAfter: lower(exclusions.pronounOne.after),
  definite: contextList('definite'),
  stateNouns: contextList('stateNouns'),
  notModifiers: contextList('notModifiers'),
  notCounted: contextList('notCounted'),
  modals: contextList('modals'),
  timeAdjectives: contextList('timeAdjectives'),
  clockPrepositions: contextList('clockPrepositions'),
});

/** A measure or currency word written after a figure, by its exact written form. */
export function unitByForm(written: string): UnitHit | null {
  const form = written.replace(/\s+/g, ' ');
  return (
    measureExact.get(form) ??
    measureFolded.get(form.toLowerCase()) ??
    currencyWords.get(form.toLowerCase()) ??
    null
  );
}
