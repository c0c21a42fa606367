/**
 * time: finds temporal expressions and normalises them to TIMEX3 values anchored to the
 * publication date (doc.published), never the clock.
 *
 * Parsers (parsers/) propose candidates word by word; refiners (refiners/) remove overlaps,
 * merge neighbours ("5 p.m. Friday"), add modifiers ("about", "mid-", "the end of"),
 * resolve values (tense decides the direction of "Friday" and "November") and set the
 * calendar range of durations ("the past three months").
 *
 * @example
 *   const p = createPipeline([sentencesStage, timeStage]);
 *   p.run({ text: 'Last year it fell.', published: '2025-01-31', ... }).times
 *   // [{ text: 'Last year', type: 'DATE', value: '2024', rule: 'time/parsers/relative#unit', ... }]
 */
import type { TimeExpr } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { parseDay } from './calendar.js';
import {
  CARDINALS,
  DAYS,
  DAY_PARTS,
  DIRECTION,
  FIXED,
  HOLIDAYS,
  MONTHS,
  ORDINALS,
  SEASONS,
  SETS,
  SPOKEN_DECADES,
  UNITS,
  VAGUE,
  WEEKDAYS,
} from './lexicon.js';
import { clockParser } from './parsers/clock.js';
import { dayPartParser } from './parsers/day-part.js';
import { durationParser } from './parsers/duration.js';
import { fixedParser } from './parsers/fixed.js';
import { holidayParser } from './parsers/holiday.js';
import { monthParser } from './parsers/month.js';
import { numericParser } from './parsers/numeric.js';
import { quarterParser } from './parsers/quarter.js';
import { relativeParser } from './parsers/relative.js';
import { seasonParser } from './parsers/season.js';
import { setParser } from './parsers/set.js';
import { unitRefParser } from './parsers/unit-ref.js';
import { weekdayParser } from './parsers/weekday.js';
import { isClock, mergeNeighbours } from './refiners/merge.js';
import { applyModifiers } from './refiners/modifiers.js';
import { dropNonReferring } from './refiners/non-referring.js';
import { removeOverlaps } from './refiners/overlap.js';
import {
  closedQuarter,
  laterReported,
  reportedValue,
  reportingAnchor,
} from './refiners/reporting.js';
import { rangeDirection, rangeOf } from './refiners/range.js';
import { resolve, type Anchor, type Resolved } from './refiners/resolve.js';
import { tenseOf } from './refiners/tense.js';
import type { Cand, Parser, Word } from './types.js';
import { toWords } from './words.js';

const PARSERS: readonly Parser[] = [
  numericParser,
  monthParser,
  weekdayParser,
  relativeParser,
  fixedParser,
  unitRefParser,
  durationParser,
  quarterParser,
  clockParser,
  setParser,
  seasonParser,
  holidayParser,
  dayPartParser,
];

/** words that may start or carry an expression; others skip every parser */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  // "Mondays": a recurrence
  ...[...WEEKDAYS.keys()].map((k) => `${k}s`),
  ...SEASONS.keys(),
  ...DAY_PARTS.keys(),
  ...UNITS.keys(),
  ...CARDINALS.keys(),
  ...VAGUE,
  ...ORDINALS.keys(),
  ...SPOKEN_DECADES.keys(),
  ...[...FIXED.keys()].map((k) => k.split(' ')[0] ?? k),
  ...DAYS.keys(),
  ...DIRECTION.keys(),
  ...SETS.keys(),
  ...[...HOLIDAYS.keys()].map((k) => k.split(' ')[0] ?? k),
  'every',
  'each',
  'per',
  'fiscal',
  'latest',
  'year',
  'quarter',
  'recent',
  'first',
  'that',
  'period',
]);

function triggers(word: Word): boolean {
  const c = word.lower.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 39 || TRIGGERS.has(word.lower);
}

export function findCandidates(words: readonly Word[]): Cand[] {
  const found: Cand[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (!triggers(word)) continue;
    for (const parse of PARSERS) {
      const c = parse(words, i);
      if (c && c.e > c.s) found.push(c);
    }
  }
  return found;
}

export function extractTimes(
  text: string,
  words: readonly Word[],
  published: string | null,
): TimeExpr[] {
  const dct = parseDay(published);
  const cands = dropNonReferring(
    words,
    removeOverlaps(
      mergeNeighbours(words, removeOverlaps(findCandidates(words), words.length)).map((c) =>
        applyModifiers(words, c),
      ),
      words.length,
    ),
  );
  const times: TimeExpr[] = [];
  let last: Anchor | null = null;
  // the latest quarter named that had ended by publication: the reporting period
  let reported: Anchor | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Cand;
    const first = words[c.s];
    const lastWord = words[c.e - 1];
    if (!first || !lastWord) continue;
    const id = `t${times.length + 1}`;
    const tense = tenseOf(words, c);
    const resolved = resolve(
      c,
      dct,
      tense,
      dayAhead(words, cands, k, dct, last) ?? reportingAnchor(c, first.sentence, last, reported),
      id,
      first.sentence,
    );
    // "the quarter", "the latest period": the reporting period named before, if any
    const period = reportedValue(c, reported);
    const r: Resolved =
      period && reported ? { ...resolved, value: period, anchor: { ...reported, id } } : resolved;
    if (r.anchor && !closesPeriod(words, c, last, times[times.length - 1])) last = r.anchor;
    const closed = closedQuarter(words, c, tense);
    if (r.anchor && laterReported(r.anchor, reported, dct, closed)) reported = r.anchor;
    const dir = rangeDirection(words, c, tense > 0);
    times.push({
      id,
      start: first.start,
      end: lastWord.end,
      text: text.slice(first.start, lastWord.end),
      rule: c.rule,
      type: r.type ?? c.type,
      value: r.value,
      mod: c.mod,
      range: (r.type ?? c.type) === 'DURATION' ? rangeOf(r.value, dir, dct) : null,
      // a clock's day found ahead of it has no id yet
      anchor: r.anchorId || null,
    });
  }
  return times;
}

/**
 * "the quarter ended Sept. 30": the date only bounds the period under discussion, which stays
 * the reference time ("a year earlier" is that quarter a year back, not Sept. 30, 1988)
 */
function closesPeriod(
  words: readonly Word[],
  c: Cand,
  last: Anchor | null,
  before: TimeExpr | undefined,
): boolean {
  const lead = words[c.s - 1]?.lower;
  return (
    (lead === 'ended' || lead === 'ending') &&
    last !== null &&
    (last.gran === 'Q' || last.gran === 'Y') &&
    // the period is the expression right before "ended"
    before?.id === last.id &&
    before.end === words[c.s - 2]?.end
  );
}

/** a candidate naming a day, with or without its own clock time or part of day */
function namesDay(c: Cand): boolean {
  const s = c.sem;
  if (s.k === 'weekday') return true;
  if (s.k === 'cal') return s.d !== null || !!s.holiday;
  return s.k === 'shift' && s.unit === 'D' && !isClock(c);
}

/**
 * "occurred at about 10:35 a.m. (0735 GMT) Friday": a clock time whose day comes later in its
 * sentence, not joined to it, is on that day. Returns that day as the clock's anchor.
 */
function dayAhead(
  words: readonly Word[],
  cands: readonly Cand[],
  k: number,
  dct: ReturnType<typeof parseDay>,
  last: Anchor | null,
): Anchor | null {
  const c = cands[k] as Cand;
  if (!isClock(c)) return null;
  const sentence = words[c.s]?.sentence;
  // a few candidates ahead at most: a sentence of a thousand clock times stays linear
  for (let j = k + 1; j < cands.length && j <= k + 4; j++) {
    const d = cands[j] as Cand;
    const w = words[d.s];
    if (!w || w.sentence !== sentence) return null;
    if (!namesDay(d)) continue;
    return resolve(d, dct, tenseOf(words, d), last, '', w.sentence).anchor;
  }
  return null;
}

export const timeStage: Stage = {
  name: 'time',
  requires: ['sentences', 'tokens'],
  assigns: ['times'],
  run(doc) {
    const words = toWords(doc.text, doc.layers.tokens ?? []);
    return { times: extractTimes(doc.text, words, doc.published) };
  },
};
