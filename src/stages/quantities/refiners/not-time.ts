/**
 * Rejects figures that are dates, clock times or durations: the time stage owns them
 * (this stage does not depend on it). A figure next to a month name, a bare year (1000-2100
 * with no unit, currency or scale), a figure before a time unit ("two weeks", "12-month") or
 * a clock word ("3 p.m.") is not a quantity. "N-year-old" is kept as an age.
 */
import { escapeRe, lexicon } from '../lexicon.js';
import { after, before, type Candidate, type Context } from '../types.js';

export const RULE = 'quantities/refiners/not-time';

const NEXT_WORD = /^(?:\s+|\s?-\s?)(\p{L}+)\.?/u;
const PREV_WORD = /(\p{L}+)(\.?),?\s+$/u;
const AGE = /^\s?-?\s?years?[\s-]olds?(?!\p{L})/iu;
const CLOCK = new RegExp(`^\\s?(?:${lexicon.clock.map(escapeRe).join('|')})(?![\\p{L}])`, 'iu');
/** "six or seven hours", "two to three weeks": the second figure carries the time unit */
const ALTERNATIVE = /^\s+(?:or|to|and)\s+(?:\d+|[a-z]+)\s+(\p{L}+)/iu;
/** "two more weeks", "three straight days", "five consecutive years" */
const TIME_AFTER_FILLER =
  /^\s+(?:more|further|additional|straight|consecutive|whole|full|long|short|previous|past|next|last|other|hard|difficult)\s+(\p{L}+)/u;

function isMonth(word: string | undefined, capitalised: boolean): boolean {
  if (!word) return false;
  if (capitalised && !/^[A-Z]/.test(word)) return false;
  return lexicon.months.has(word.toLowerCase());
}

export function rejectTimes(cands: Candidate[], ctx: Context): Candidate[] {
  return cands.map((c) => {
    if (c.rejected || (c.change !== null && c.value === null)) return c;
    const reject = (why: string): Candidate => ({ ...c, rejected: `${RULE}#${why}` });
    const rest = after(ctx.text, c.end, 40);
    const pm = PREV_WORD.exec(before(ctx.text, c.start, 20));
    // "Jan. 5" keeps its abbreviation stop; after a full word the stop ends a sentence
    // ("... in May. 500 people ...")
    const prevWord =
      pm &&
      (!pm[2] || (pm[1] as string).length <= 4) &&
      !/^(?:may|june|july)$/i.test(pm[2] ? (pm[1] as string) : '')
        ? pm[1]
        : undefined;
    const nextWord = NEXT_WORD.exec(rest)?.[1];
    if (c.value !== null && c.kind === null && AGE.test(rest)) {
      const m = AGE.exec(rest) as RegExpExecArray;
      return {
        ...c,
        end: c.end + m[0].length,
        unit: 'year',
        kind: 'age',
        trail: [...c.trail, `${RULE}#age`],
      };
    }
    if (c.kind === null && nextWord && lexicon.timeUnits.has(nextWord.toLowerCase()))
      return reject('duration');
    const filler = TIME_AFTER_FILLER.exec(rest)?.[1];
    if (c.kind === null && filler && lexicon.timeUnits.has(filler.toLowerCase()))
      return reject('duration');
    if (c.kind === null && CLOCK.test(rest)) return reject('clock');
    const alt = ALTERNATIVE.exec(rest)?.[1];
    if (c.kind === null && alt && lexicon.timeUnits.has(alt.toLowerCase()))
      return reject('duration');
    if (c.digits && (isMonth(prevWord, true) || isMonth(nextWord, true))) return reject('date');
    if (c.digits && /^\s?of\s+\p{L}/u.test(rest)) {
      const w = /^\s?of\s+(\p{L}+)/u.exec(rest)?.[1];
      if (isMonth(w, true)) return reject('date');
    }
    if (isYear(c, ctx.text)) return reject('year');
    // "at 10.30", "until 9.15": a clock time written with a point
    const raw = ctx.text.slice(c.numStart, c.numEnd);
    const clock = /^(\d{1,2})\.([0-5]\d)$/.exec(raw);
    if (
      c.kind === null &&
      clock &&
      Number(clock[1]) <= 24 &&
      prevWord &&
      lexicon.clockPrepositions.has(prevWord.toLowerCase())
    ) {
      return reject('clock');
    }
    return c;
  });
}

/** A bare four-digit integer 1000-2100, with no unit, currency or scale, not counting people. */
function isYear(c: Candidate, text: string): boolean {
  if (!c.digits || c.kind !== null || c.scaled || c.dims) return false;
  const raw = text.slice(c.numStart, c.numEnd);
  if (c.low !== null && c.high !== null) {
    // "2011-12", "1998 and 2002", "1980 to 1988"
    if (/^\d{4}\s?[-–—]\s?\d{2}$/.test(raw)) return true;
    const years = raw.match(/\d+/g) ?? [];
    return (
      years.length === 2 &&
      years.every((y) => /^\d{4}$/.test(y) && Number(y) >= 1000 && Number(y) <= 2100)
    );
  }
  if (!/^\d{4}$/.test(raw)) return false;
  const v = Number(raw);
  if (v < 1000 || v > 2100) return false;
  // "1500 troops" counts people; "the 1989 Children Act" is a year in a name
  const next = /^\s+(\p{L}+)/u.exec(after(text, c.end, 30))?.[1];
  if (next && /^[a-z]/.test(next) && lexicon.people.has(next)) return false;
  return true;
}
