/**
 * Figures written in digits: "11,000", "2.5", "10-12", "3,000 to 5,000", "320x240", with a
 * glued or spaced scale ("$100m", "2.5 billion", "10k"). Numbers glued to letters on the
 * left (F-16, MH370, COVID-19) are names, glued ordinals (1st) and decades (1990s) are not
 * figures, clock times (10:30) and slashed dates (12/09/2016) are the time stage's.
 */
import { lexicon } from '../lexicon.js';
import { after, before, candidate, type Candidate } from '../types.js';

export const RULE = 'quantities/parsers/digits';

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const WORD_SCALE = /^[\s-]?(thousand|million|billion|trillion)(?![\p{L}\d])/iu;
/** "3 1/2": a whole number and a simple fraction */
const MIXED = /^\s([1-9])\/([1-9]\d?)(?![\d/])/;
const SPACED_SUFFIX = /^\s?(bn|mn|mln|tn|trn)(?![\p{L}\d])/iu;
const GLUED = /^[A-Z]+/i;
const ORDINAL = /^(?:st|nd|rd|th)$/i;
/** "10-12", "3,000–5,000" ("A to B" is joined by refiners/ranges, which can tell a change) */
const RANGE = /^\s?[-–—]\s?(?=\d)/;
const DIMENSION = /^\s?[x×]\s?(?=\d)/;
const CURRENCY_BEFORE = new RegExp(
  `(?:${lexicon.currencySymbolForms.map((s) => s.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&')).join('|')})\\s?$`,
);
const PLURAL_NEXT = /^\s+(\p{L}+)/u;

function num(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Reads one number at `at`; null when none. */
function readNumber(text: string, at: number): { end: number; value: number } | null {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  if (!m || m.index !== at) return null;
  return { end: at + m[0].length, value: num(m[0]) };
}

/** "m" after a figure: million after a currency or before a plural noun, else metres. */
function suffixIsScale(text: string, start: number, suffixEnd: number, suffix: string): boolean {
  const hasCurrency = CURRENCY_BEFORE.test(before(text, start, 6));
  if (suffix === 'k' || suffix === 'bn' || suffix === 'mn' || suffix === 'mln') return true;
  if (suffix === 'tn' || suffix === 'trn') return true;
  if (hasCurrency) return suffix === 'm' || suffix === 'b';
  if (suffix !== 'm') return false;
  const next = PLURAL_NEXT.exec(after(text, suffixEnd, 30))?.[1];
  if (!next) return false;
  const w = next.toLowerCase();
  if (lexicon.people.has(w) || lexicon.currencyWords.has(w)) return true;
  return (
    w.length > 3 && w.endsWith('s') && !lexicon.timeUnits.has(w) && !lexicon.measureFolded.has(w)
  );
}

/** Applies a scale written after the number; returns the new end and the factor. */
function readScale(
  text: string,
  start: number,
  end: number,
): { end: number; factor: number; rule: string | null } {
  const rest = after(text, end, 12);
  const word = WORD_SCALE.exec(rest);
  if (word) {
    const w = (word[1] as string).toLowerCase();
    const entry = lexicon.scales[w];
    if (entry)
      return {
        end: end + word[0].length,
        factor: entry.value,
        rule: `lexicon:data/quantities/numbers.json#${w}`,
      };
  }
  const spaced = SPACED_SUFFIX.exec(rest);
  const glued = GLUED.exec(rest)?.[0];
  const suffix = spaced ? (spaced[1] as string) : glued;
  const suffixEnd = spaced ? end + spaced[0].length : end + (glued?.length ?? 0);
  if (suffix) {
    const s = suffix.toLowerCase();
    const entry = lexicon.suffixes[s];
    if (entry && suffixIsScale(text, start, suffixEnd, s)) {
      return {
        end: suffixEnd,
        factor: entry.value,
        rule: `lexicon:data/quantities/numbers.json#${s}`,
      };
    }
  }
  return { end, factor: 1, rule: null };
}

/** "2-0", "19-13": two small whole numbers, the second not above the first */
function isScore(a: number, b: number): boolean {
  return Number.isInteger(a) && Number.isInteger(b) && b <= a && a <= 200;
}

export function parseDigits(text: string): Candidate[] {
  const out: Candidate[] = [];
  let consumed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const start = i;
    const first = readNumber(text, start);
    if (!first) continue;
    i = first.end - 1;
    if (start < consumed) continue;
    consumed = first.end;
    const prev = text[start - 1] ?? '';
    const prev2 = text[start - 2] ?? '';
    const next = text[first.end] ?? '';
    const next2 = text[first.end + 1] ?? '';
    // glued on the left to a letter or another number: a name or code (MH370, v1.2)
    if (/[\p{L}\d_.,#]/u.test(prev)) continue; // '#' : "&#244;", "#1"
    if (/[-/]/.test(prev) && /[\p{L}\d]/u.test(prev2)) continue;
    // abbreviated years: '90s, iLife '11
    if ((prev === "'" || prev === '’') && /^\d\d(?:[^\d.,]|$)/.test(text.slice(start, start + 3)))
      continue;
    // clock times and slashed dates/fractions belong elsewhere
    if ((next === ':' || next === '/') && /\d/.test(next2)) {
      const run = /^[\d:/.]+/.exec(text.slice(first.end, first.end + 20));
      consumed = first.end + (run?.[0].length ?? 0);
      i = consumed - 1;
      continue;
    }
    if (prev === ':' && /\d/.test(prev2)) continue;
    // coordinates: 33°47′N, 33.783°N (degrees of temperature keep their °C/°F unit)
    if (/[°′″]/.test(prev)) continue;
    if (/[′″]/.test(next) || (next === '°' && !/[CF]/.test(next2))) continue;
    const glued = GLUED.exec(text.slice(first.end, first.end + 20))?.[0] ?? '';
    if (ORDINAL.test(glued)) continue;
    if (glued === 's' || glued === 'S') continue;
    const dim = DIMENSION.exec(text.slice(first.end, first.end + 4));
    if (dim) {
      const dims = [first.value];
      let end = first.end;
      let m: RegExpExecArray | null = dim;
      while (m && dims.length < 4) {
        const n = readNumber(text, end + m[0].length);
        if (!n) break;
        dims.push(n.value);
        end = n.end;
        m = DIMENSION.exec(text.slice(end, end + 4));
      }
      const cand = candidate(start, end, null, RULE, true);
      cand.dims = dims;
      cand.trail.push('quantities/parsers/digits#dimensions');
      out.push(cand);
      consumed = end;
      i = end - 1;
      continue;
    }
    let numEnd = first.end;
    const mixed = MIXED.exec(text.slice(first.end, first.end + 8));
    if (mixed && Number(mixed[1]) < Number(mixed[2])) {
      first.value += Number(mixed[1]) / Number(mixed[2]);
      first.end += mixed[0].length;
      numEnd = first.end;
      consumed = numEnd;
      i = numEnd - 1;
    }
    // a minus sign after a space or bracket: "-5°C", "(-3%)"
    const negative = (prev === '-' || prev === '−') && /^$|[\s(]/.test(prev2);
    let low: number | null = null;
    let high: number | null = null;
    const range = RANGE.exec(text.slice(first.end, first.end + 8));
    if (range) {
      const second = readNumber(text, first.end + range[0].length);
      const afterSecond = second ? (text[second.end] ?? '') : '';
      if (second && second.value > first.value && !/[\p{L}:/]/u.test(afterSecond)) {
        low = first.value;
        high = second.value;
        numEnd = second.end;
        consumed = numEnd;
        i = numEnd - 1;
      } else if (second && /[-–]/.test(range[0]) && isScore(first.value, second.value)) {
        // "a 3-1 win", "trounced 45-6": a score, not a range and not two figures
        consumed = second.end;
        i = second.end - 1;
        continue;
      }
    }
    const scale = readScale(text, start, numEnd);
    // a glued tail that is neither a scale nor a unit makes a code ("3G", "4S", "A4")
    if (glued && scale.end === numEnd && low === null) {
      const unitish =
        lexicon.measureExact.has(glued) || lexicon.measureFolded.has(glued.toLowerCase());
      if (!unitish && !lexicon.currencyWords.has(glued.toLowerCase())) continue;
    }
    const sign = negative ? -1 : 1;
    const cand = candidate(
      negative ? start - 1 : start,
      scale.end,
      low === null ? sign * first.value * scale.factor : null,
      RULE,
      true,
    );
    cand.numStart = cand.start;
    cand.numEnd = numEnd;
    if (low !== null && high !== null) {
      cand.low = low * scale.factor;
      cand.high = high * scale.factor;
      cand.trail.push('quantities/parsers/digits#range');
    }
    if (scale.rule) {
      cand.scaled = true;
      cand.scale = scale.factor;
      cand.trail.push(scale.rule);
    }
    consumed = Math.max(consumed, scale.end);
    i = Math.max(i, scale.end - 1);
    out.push(cand);
  }
  return out;
}
