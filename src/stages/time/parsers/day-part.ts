/**
 * A part of day named before its day or on its own: "(mid-)afternoon yesterday", "morning
 * today", and "mid-afternoon", "early morning", "late evening" with no day word, which are a
 * part of the day under discussion (the last day named in the sentence, else the publication
 * day). "Friday night", "this morning", "yesterday afternoon" are read by the weekday and
 * relative parsers; a bare "the morning" is left alone (TimeBank mostly leaves it).
 */
import { DAY_PARTS, DAYS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { cand } from './util.js';

/** words that make a bare part of day a time of its own: "mid-afternoon", "early morning" */
const POSITION = new Set(['mid', 'early', 'late']);

export const dayPartParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const part = DAY_PARTS.get(a.lower);
  // TMO, TAF, TEV, TNI: a part of day, not a clock time ("noon", "midnight")
  if (part === undefined || part.length !== 3) return null;
  const next = w[i + 1];
  const day = next && next.sentence === a.sentence ? DAYS.get(next.lower) : undefined;
  if (day && day.part === undefined) {
    return cand(
      i,
      i + 2,
      'day-part#before-day',
      'TIME',
      { k: 'shift', unit: 'D', n: day.shift, from: 'dct' },
      { part },
    );
  }
  // "mid-afternoon": the hyphen sits between the position word and the part
  const before = w[i - 1]?.lower === '-' ? w[i - 2] : w[i - 1];
  if (!before || before.sentence !== a.sentence || !POSITION.has(before.lower)) return null;
  // "a late-night show", "an early-morning raid": the part describes a noun, not a time
  if (next && next.sentence === a.sentence && next.pos === 'NOUN') return null;
  return cand(
    i,
    i + 1,
    'day-part#bare',
    'TIME',
    { k: 'shift', unit: 'D', n: 0, from: 'anchor' },
    { part },
  );
};
