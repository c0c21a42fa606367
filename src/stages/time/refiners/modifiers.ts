/**
 * Extends each expression over the words TimeBank counts as part of it and sets `mod`:
 * "about two weeks" (APPROX), "more than four hours" (MORE_THAN), "early 1990s" (START),
 * "mid-January" (MID), "the end of the year" (END), "a week or so" (APPROX), a leading "the".
 */
import { MODS, phrases } from '../lexicon.js';
import type { Cand, Word } from '../types.js';

const ENDINGS = [...phrases(MODS.keys()).values()].flat().sort((a, b) => b.length - a.length);

const AFTER: readonly [string[], string][] = [
  [['or', 'so'], 'APPROX'],
  [['or', 'later'], 'ON_OR_AFTER'],
  [['and', 'beyond'], 'ON_OR_AFTER'],
  [['or', 'earlier'], 'ON_OR_BEFORE'],
  [['or', 'more'], 'EQUAL_OR_MORE'],
];

const DATE_ONLY = new Set(['START', 'END', 'MID']);
/** bounds of an amount: a duration or a clock time can take them, a date cannot */
const AMOUNT_ONLY = new Set(['MORE_THAN', 'LESS_THAN', 'EQUAL_OR_MORE', 'EQUAL_OR_LESS']);

function startsWithNumber(w: readonly Word[], c: Cand): boolean {
  const a = w[c.s];
  return !!a && (a.pos === 'NUM' || a.lower === 'a' || a.lower === 'an' || /^\d/.test(a.lower));
}

function takesThe(c: Cand): boolean {
  const s = c.sem;
  // "the next morning" takes its article like "the next day"; other times and sets do not
  if (c.rule.endsWith('#anchored-part')) return true;
  if (c.type === 'TIME' || c.type === 'SET') return false;
  // "the previous Friday" takes its article; a bare weekday has none
  if (s.k === 'weekday') return s.from === 'anchor';
  if (s.k === 'cal' && (s.m !== null || (s.y !== null && !s.sub))) return false;
  if (s.k === 'fixed' && /^(?:PRESENT|PAST|FUTURE)_REF$/.test(s.value)) return false;
  return true;
}

/** "the third-quarter loss", "the year-ago results": a hyphenated date modifying a noun leaves "the" to the noun */
function adjectival(w: readonly Word[], c: Cand): boolean {
  if (c.type === 'DURATION') return false;
  const lastWord = w[c.e - 1];
  const next = w[c.e];
  return (
    !!lastWord &&
    !!next &&
    w[c.e - 2]?.lower === '-' &&
    (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'VERB')
  );
}

export function applyModifiers(w: readonly Word[], c: Cand): Cand {
  let out = c;
  for (let guard = 0; guard < 4; guard++) {
    const before = out.s;
    const prev = w[out.s - 1];
    if (!prev || prev.sentence !== w[out.s]?.sentence) break;
    if (prev.lower === 'the' && takesThe(out) && !adjectival(w, out)) {
      out = { ...out, s: out.s - 1 };
      continue;
    }
    // "mid-January": skip the hyphen between modifier and expression
    const gap = prev.lower === '-' ? 1 : 0;
    for (const parts of ENDINGS) {
      const s = out.s - gap - parts.length;
      if (s < 0) continue;
      let ok = true;
      for (let k = 0; k < parts.length; k++) {
        if (w[s + k]?.lower !== parts[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const entry = MODS.get(parts.join(' '));
      if (!entry) continue;
      if (entry.needsNumber && !startsWithNumber(w, out)) continue;
      if (entry.needsDuration && out.type !== 'DURATION') continue;
      if (DATE_ONLY.has(entry.mod) && out.type === 'DURATION') continue;
      // "fears over 2024": an amount's bound says nothing of a calendar date (a year is no
      // amount); "nearly two weeks ago" bounds its count and keeps it
      if (AMOUNT_ONLY.has(entry.mod) && out.type === 'DATE' && out.sem.k === 'cal') continue;
      if (
        !DATE_ONLY.has(entry.mod) &&
        out.type !== 'DURATION' &&
        out.type !== 'TIME' &&
        !startsWithNumber(w, out)
      )
        continue;
      out = { ...out, s, mod: out.mod ?? entry.mod };
      break;
    }
    if (out.s === before) break;
  }
  for (const [parts, mod] of AFTER) {
    if (parts.every((p, k) => w[out.e + k]?.lower === p)) {
      out = { ...out, e: out.e + parts.length, mod: out.mod ?? mod };
      break;
    }
  }
  return out;
}
