/**
 * Named holidays: "Thanksgiving Day", "last Thanksgiving", "Election Day", "Christmas Eve",
 * "Easter week". The day comes from data/time/holidays.json (fixed dates, nth weekdays of a
 * month, Easter); the year from "last"/"next"/"this" or, failing those, the tense.
 */
import { DEMONYM_COUNTRY, HOLIDAYS, phrases } from '../lexicon.js';
import type { Parser, Word } from '../types.js';
import { cand, isCap } from './util.js';

const FIRST_WORDS = phrases(HOLIDAYS.keys());
const DIRS: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['next', 1],
  ['this', 0],
]);

export const holidayParser: Parser = (w, i) => {
  const dir = DIRS.get(w[i]?.lower ?? '');
  const h = dir === undefined ? i : i + 1;
  const a = w[h];
  if (!a || !isCap(a)) return null;
  const list = FIRST_WORDS.get(a.lower);
  if (!list) return null;
  for (const parts of list) {
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) ok = w[h + k]?.lower === parts[k];
    if (!ok) continue;
    const e = h + parts.length;
    // "Christmas shopping", "Easter egg": a holiday name modifying a noun is no date
    const next = w[e];
    if (parts.length === 1 && next && next.sentence === a.sentence && next.pos === 'NOUN')
      return null;
    const name = parts.join(' ');
    // "its Independence Day", "Ukraine's Independence Day" (unlisted), "Indian Election Day":
    // another country's day of that name, whose date we do not know
    const country = HOLIDAYS.get(name)?.country;
    if (country && dir === undefined && ownedElsewhere(w, h, country))
      return cand(i, e, 'holiday#other-country', 'DATE', { k: 'fixed', value: 'XXXX-XX-XX' });
    return cand(i, e, 'holiday', 'DATE', {
      k: 'cal',
      y: null,
      m: null,
      d: null,
      dir: dir ?? null,
      holiday: name,
    });
  }
  return null;
};

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
/** owners that name the United States before one of its holidays: "America's", "the nation's" */
const US_OWNERS = new Set(['america', 'us', 'u.s.', 'states', 'nation']);

/** the holiday at w[h] is owned by a possessive or by a country other than `country` (US) */
function ownedElsewhere(w: readonly Word[], h: number, country: string): boolean {
  const before = w[h - 1];
  if (!before || before.sentence !== w[h]?.sentence) return false;
  if (POSSESSIVES.has(before.lower)) return true;
  if (before.lower === "'s" && before.glued) {
    const owner = w[h - 2]?.lower;
    return owner !== undefined && !(country === 'US' && US_OWNERS.has(owner));
  }
  const adj = DEMONYM_COUNTRY.get(before.lower);
  return adj !== undefined && adj !== country;
}
