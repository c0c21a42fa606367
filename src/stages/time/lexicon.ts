/**
 * The time stage's word lists, read once from data/time/*.json (read-only after loading, so
 * safe to share between documents and worker threads).
 */
import calendar from '../../../data/time/calendar.json' with { type: 'json' };
import holidays from '../../../data/time/holidays.json' with { type: 'json' };
import demonyms from '../../../data/entities/demonyms.json' with { type: 'json' };
import modifiers from '../../../data/time/modifiers.json' with { type: 'json' };
import numbers from '../../../data/time/numbers.json' with { type: 'json' };
import relative from '../../../data/time/relative.json' with { type: 'json' };
import tense from '../../../data/time/tense.json' with { type: 'json' };
import units from '../../../data/time/units.json' with { type: 'json' };
import type { Unit } from './types.js';

function map<T>(o: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(o));
}

export interface UnitEntry {
  code: string;
  time?: boolean;
  plural?: boolean;
  factor?: number;
}

export const MONTHS = map<number>(calendar.months);
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(Object.keys(calendar.ambiguousMonths));
export const WEEKDAYS = map<number>(calendar.weekdays);
export const SEASONS = map<string>(calendar.seasons);
export const DAY_PARTS = map<string>(calendar.dayParts);
export const UNITS = map<UnitEntry>(units.units);
export const CARDINALS = map<number>(numbers.cardinals);
export const MULTIPLIERS = map<number>(numbers.multipliers);
export const VAGUE: ReadonlySet<string> = new Set(Object.keys(numbers.vague));
export const ORDINALS = map<number>(numbers.ordinals);
export const DAY_ORDINALS = map<number>(numbers.dayOrdinals);
export const SPOKEN_DECADES = map<{ value: string; reason: string }>(numbers.spokenDecades);
export const FIXED = map<{ type: string; value: string; reason: string }>(relative.fixed);
export const DAYS = map<{ shift: number; part?: string; from?: string; reason: string }>(
  relative.days,
);
export const DIRECTION = map<{ dir: number; reason: string }>(relative.direction);
export const SHIFT_WORDS = map<{ dir: number; from: string; reason: string }>(relative.shiftWords);
export const SETS = map<string>(relative.sets);
/** nouns of reported results: "fourth-quarter earnings" in a past clause is an ended quarter */
export const RESULTS_NOUNS: ReadonlySet<string> = new Set(Object.keys(relative.resultsNouns));
export const SETS_BEFORE_NOUNS: ReadonlySet<string> = new Set(
  Object.keys(relative.setsBeforeNouns),
);
export const FUTURE_CUES: ReadonlySet<string> = new Set(Object.keys(relative.futureCues));
/** nouns of pay a duration can measure: "six months of base pay" (data/time/relative.json#payNouns) */
export const PAY_NOUNS: ReadonlySet<string> = new Set(Object.keys(relative.payNouns));
export const GENERIC_PRESENT: ReadonlySet<string> = new Set(Object.keys(relative.genericPresent));
export const PAST_WORDS: ReadonlySet<string> = new Set(Object.keys(tense.past));
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(Object.keys(tense.irregularPast));
export const REPORTING_PRESENT: ReadonlySet<string> = new Set(Object.keys(tense.reportingPresent));
export const NOT_PAST: ReadonlySet<string> = new Set(Object.keys(tense.notPast));
export const PRESENT_AUX: ReadonlySet<string> = new Set(Object.keys(tense.presentAux));
export const PRESENT_MODALS: ReadonlySet<string> = new Set(Object.keys(tense.presentModals));
export const BARE_AUX: ReadonlySet<string> = new Set(Object.keys(tense.bareAux));
export const NEAREST_CUES: ReadonlySet<string> = new Set(Object.keys(tense.nearest));
export interface HolidayEntry {
  m?: number;
  d?: number;
  weekday?: number;
  /** 1 = first, 4 = fourth, -1 = last weekday of the month */
  nth?: number;
  /** days after the nth weekday (Election Day: the Tuesday after the first Monday) */
  offset?: number;
  /** days from Easter Sunday */
  easter?: number;
  /** the ISO week of the day, not the day ("Easter week") */
  week?: boolean;
  /** the one country whose holiday this is (ISO 3166 code) */
  country?: string;
  reason: string;
}
export const HOLIDAYS = map<HolidayEntry>(holidays.holidays);
/** country adjectives ("Ukrainian" -> UA) from data/entities/demonyms.json, lower-cased */
export const DEMONYM_COUNTRY: ReadonlyMap<string, string> = new Map(
  (demonyms.entries as { adj: string; country?: string }[])
    .filter((e) => e.country)
    .map((e) => [e.adj.toLowerCase(), e.country as string]),
);
export const MODS = map<{ mod: string; needsNumber?: boolean; needsDuration?: boolean }>(
  modifiers.before,
);

/** calendar unit of a duration unit word (year -> Y, minute -> M with time=true) */
export function unitOf(lower: string): Unit | null {
  const u = UNITS.get(lower);
  if (!u || u.time) return null;
  return u.code as Unit;
}

/** first words of multi-word lexicon entries, for quick rejection */
export function phrases(keys: Iterable<string>): ReadonlyMap<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const k of keys) {
    const parts = k.split(' ');
    const first = parts[0] ?? '';
    const list = out.get(first) ?? [];
    list.push(parts);
    list.sort((a, b) => b.length - a.length);
    out.set(first, list);
  }
  return out;
}
