/**
 * Clock times: "10:35 a.m.", "5 p.m.", "5pm", "noon", "midnight", "10 p.m. EST",
 * "4 in the morning". The day is added by refiners/merge when a date sits next to it.
 */
import type { Parser } from '../types.js';
import { cand } from './util.js';

const HM = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const H_AMPM = /^(1[0-2]|0?[1-9])(?::([0-5]\d))?([ap])\.?m\.?$/;
const AMPM = new Map([
  ['a.m.', 'a'],
  ['am', 'a'],
  ['a.m', 'a'],
  ['p.m.', 'p'],
  ['pm', 'p'],
  ['p.m', 'p'],
]);
const ZONES = new Set([
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
]);

function clock(h: number, min: number, ap: string | undefined): string | null {
  let hh = h;
  if (ap === 'p' && h < 12) hh += 12;
  if (ap === 'a' && h === 12) hh = 0;
  if (hh > 23 || min > 59) return null;
  return `T${String(hh).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export const clockParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const t = a.lower;
  let e = i + 1;
  let part: string | null = null;
  // "High Noon": a capitalised noon inside a sentence is a name
  const named = a.text[0] !== t[0] && w[i - 1]?.sentence === a.sentence;
  if ((t === 'noon' || t === 'midday' || t === 'midnight') && named) return null;
  // "high noon comes today": the idiom for a decisive moment, not 12:00
  if (t === 'noon' && w[i - 1]?.lower === 'high') return null;
  if (t === 'noon' || t === 'midday') part = 'T12:00';
  else if (t === 'midnight') part = 'T24:00';
  else {
    const glued = H_AMPM.exec(t);
    if (glued) {
      part = clock(Number(glued[1]), Number(glued[2] ?? 0), glued[3]);
    } else {
      const hm = HM.exec(t);
      const hour = /^(?:1[0-2]|0?[1-9])$/.test(t) ? Number(t) : null;
      const ap = AMPM.get(w[i + 1]?.lower ?? '');
      if (hm && ap) {
        part = clock(Number(hm[1]), Number(hm[2]), ap);
        e = i + 2;
      } else if (hm && w[i - 1]?.lower !== 'by') {
        // 24-hour clock times without am/pm only after "at": "at 14:30"
        if (w[i - 1]?.lower !== 'at') return null;
        part = clock(Number(hm[1]), Number(hm[2]), undefined);
      } else if (hour !== null && ap) {
        part = clock(hour, 0, ap);
        e = i + 2;
      } else if (
        hour !== null &&
        w[i + 1]?.lower === 'in' &&
        w[i + 2]?.lower === 'the' &&
        w[i + 3]?.lower === 'morning'
      ) {
        part = clock(hour, 0, 'a');
        e = i + 4;
      } else if (hour !== null && w[i + 1]?.lower === "o'clock") {
        part = clock(hour, 0, undefined);
        e = i + 2;
      }
    }
  }
  if (part === null) return null;
  if (ZONES.has(w[e]?.lower ?? '')) e++;
  return cand(i, e, 'clock', 'TIME', { k: 'shift', unit: 'D', n: 0, from: 'anchor' }, { part });
};
