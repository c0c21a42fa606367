/**
 * Figures written in words: "eleven thousand", "two hundred and fifty", "twenty-five",
 * "a dozen", "half a million", "a few thousand", and vague plurals ("hundreds",
 * "tens of thousands") read as low/high ranges from data/quantities/numbers.json.
 */
import { lexicon } from '../lexicon.js';
import { candidate, type Candidate } from '../types.js';

export const RULE = 'quantities/parsers/words';
const LEX = 'lexicon:data/quantities/numbers.json#';

interface Word {
  start: number;
  end: number;
  w: string;
}

const WORD = /[A-Z]+/gi;
const SPACE = /^\s+$/;
const JOIN = /^(?:\s+|\s?-\s?)$/;

type Kind = 'unit' | 'tens' | 'scale' | 'dozen';

function kindOf(w: string): Kind | null {
  if (w === 'dozen') return 'dozen';
  if (lexicon.units[w]) return 'unit';
  if (lexicon.tens[w]) return 'tens';
  if (lexicon.scales[w]) return 'scale';
  return null;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, w: m[0].toLowerCase() });
  }
  return out;
}

/** Two words are joined when only white space (or a hyphen) lies between them. */
function joined(text: string, a: Word, b: Word, hyphen: boolean): boolean {
  const gap = text.slice(a.end, b.start);
  return hyphen ? JOIN.test(gap) : SPACE.test(gap);
}

/** Vague phrases, longest first: "hundreds of thousands" before "hundreds". */
const VAGUE = Object.keys(lexicon.vague).sort((a, b) => b.split(' ').length - a.split(' ').length);
const FUZZY = Object.keys(lexicon.fuzzy).sort((a, b) => b.split(' ').length - a.split(' ').length);

function phraseAt(text: string, ws: Word[], i: number, phrase: string): number {
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const w = ws[i + k];
    if (!w || w.w !== parts[k]) return 0;
    if (k > 0 && !joined(text, ws[i + k - 1] as Word, w, false)) return 0;
  }
  return parts.length;
}

/** Reads a cardinal word sequence at i: value and number of words used. */
function cardinal(
  text: string,
  ws: Word[],
  i: number,
): { value: number; n: number; scale: number } | null {
  let total = 0;
  let current = 0;
  let last: Kind | 'a' | 'and' | null = null;
  let n = 0;
  let lastScale = 1;
  for (let k = i; k < ws.length; k++) {
    const w = ws[k] as Word;
    if (k > i && !joined(text, ws[k - 1] as Word, w, last === 'tens')) break;
    let kind: Kind | 'a' | 'and' | null = kindOf(w.w);
    if (kind === null && (w.w === 'a' || w.w === 'an') && k === i) kind = 'a';
    if (
      kind === null &&
      w.w === 'and' &&
      (last === 'scale' || last === 'dozen') &&
      current + total > 0
    )
      kind = 'and';
    if (kind === null) break;
    if (kind === 'a') {
      const nk = kindOf(ws[k + 1]?.w ?? '');
      if (nk !== 'scale' && nk !== 'dozen') break;
      current = 1;
    } else if (kind === 'and') {
      const nk = kindOf(ws[k + 1]?.w ?? '');
      if (nk !== 'unit' && nk !== 'tens') break;
    } else if (kind === 'unit') {
      if (last === 'unit' || (last === 'tens' && current % 10 !== 0)) break;
      if (last === 'tens' && (lexicon.units[w.w]?.value ?? 10) >= 10) break;
      current += lexicon.units[w.w]?.value ?? 0;
    } else if (kind === 'tens') {
      if (last === 'unit' || last === 'tens') break;
      current += lexicon.tens[w.w]?.value ?? 0;
    } else if (kind === 'dozen') {
      if (last === 'tens' || last === 'dozen') break;
      current = (current || 1) * 12;
    } else {
      const s = lexicon.scales[w.w]?.value ?? 1;
      if (s === 100) {
        if (last === 'scale' && current === 0) break;
        current = (current || 1) * 100;
      } else {
        if (last === 'scale' && current === 0) break;
        total += (current || 1) * s;
        current = 0;
      }
      lastScale = s;
    }
    last = kind;
    n = k - i + 1;
  }
  if (last === 'a' || last === 'and') n -= 1;
  if (n <= 0) return null;
  // a scale word alone ("the trillion-dollar debts") states no figure
  if (n === 1 && kindOf((ws[i] as Word).w) === 'scale') return null;
  return { value: total + current, n, scale: lastScale };
}

/** words that can open a figure: anything else is skipped at once */
const OPENERS = new Set([
  'a',
  'an',
  ...Object.keys(lexicon.units),
  ...Object.keys(lexicon.tens),
  ...Object.keys(lexicon.scales),
  ...Object.keys(lexicon.fractions),
  ...VAGUE.map((p) => p.split(' ')[0] as string),
  ...FUZZY.map((p) => p.split(' ')[0] as string),
]);

export function parseWords(text: string): Candidate[] {
  const ws = words(text);
  const out: Candidate[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!OPENERS.has(w.w)) continue;
    // vague plurals and their phrases
    let used = 0;
    for (const phrase of VAGUE) {
      used = phraseAt(text, ws, i, phrase);
      if (!used) continue;
      if (phrase === 'scores' && ws[i + 1]?.w !== 'of') {
        used = 0;
        continue;
      }
      const last = ws[i + used - 1] as Word;
      const entry = lexicon.vague[phrase];
      if (!entry) continue;
      const c = candidate(w.start, last.end, null, RULE, false);
      c.low = entry.low;
      c.high = entry.high;
      c.trail.push(`${LEX}${phrase.replace(/ /g, '-')}`);
      out.push(c);
      break;
    }
    if (used) {
      i += used - 1;
      continue;
    }
    // "a few thousand", "several hundred"
    for (const phrase of FUZZY) {
      used = phraseAt(text, ws, i, phrase);
      const next = ws[i + used];
      if (
        !used ||
        !next ||
        kindOf(next.w) !== 'scale' ||
        !joined(text, ws[i + used - 1] as Word, next, false)
      ) {
        used = 0;
        continue;
      }
      const entry = lexicon.fuzzy[phrase];
      const scale = lexicon.scales[next.w]?.value ?? 1;
      if (!entry) continue;
      const c = candidate(w.start, next.end, null, RULE, false);
      c.low = entry.low * scale;
      c.high = entry.high * scale;
      c.scaled = true;
      c.scale = scale;
      c.trail.push(`${LEX}${phrase.replace(/ /g, '-')}`, `${LEX}${next.w}`);
      out.push(c);
      used += 1;
      break;
    }
    if (used) {
      i += used - 1;
      continue;
    }
    // "half a million", "a quarter of a million"
    const frac = fractionOfScale(text, ws, i);
    if (frac) {
      out.push(frac.cand);
      i += frac.n - 1;
      continue;
    }
    const part = fraction(text, ws, i);
    if (part) {
      out.push(part.cand);
      i += part.n - 1;
      continue;
    }
    const card = cardinal(text, ws, i);
    if (!card) continue;
    const last = ws[i + card.n - 1] as Word;
    const c = candidate(w.start, last.end, card.value, RULE, false);
    if (card.scale > 1) {
      c.scaled = true;
      c.scale = card.scale;
    }
    c.trail.push(
      `${LEX}${ws
        .slice(i, i + card.n)
        .map((x) => x.w)
        .filter((x) => x !== 'a' && x !== 'an' && x !== 'and')
        .join('-')}`,
    );
    out.push(c);
    i += card.n - 1;
  }
  return out;
}

function fractionOfScale(
  text: string,
  ws: Word[],
  i: number,
): { cand: Candidate; n: number } | null {
  let k = i;
  let mult = 1;
  if (ws[k]?.w === 'a' || ws[k]?.w === 'an') k++;
  else if (ws[k] && lexicon.units[ws[k]?.w ?? ''] && ws[k]?.w !== 'one') {
    mult = lexicon.units[ws[k]?.w ?? '']?.value ?? 1;
    k++;
  }
  const f = ws[k];
  const frac = f ? lexicon.fractions[f.w] : undefined;
  if (!f || !frac) return null;
  if (k > i && !joined(text, ws[k - 1] as Word, f, true)) return null;
  let j = k + 1;
  if (ws[j]?.w === 'of') j++;
  if (ws[j]?.w !== 'a' && ws[j]?.w !== 'an') return null;
  const s = ws[j + 1];
  const scale = s ? (s.w === 'dozen' ? { value: 12 } : lexicon.scales[s.w]) : undefined;
  if (!s || !scale || (scale.value < 1000 && s.w !== 'dozen')) return null;
  for (let q = k; q <= j; q++)
    if (!joined(text, ws[q] as Word, ws[q + 1] as Word, false)) return null;
  const c = candidate((ws[i] as Word).start, s.end, mult * frac.value * scale.value, RULE, false);
  c.scaled = scale.value >= 1000;
  c.scale = scale.value;
  c.trail.push(`${LEX}${f.w}`, `${LEX}${s.w}`);
  return { cand: c, n: j + 2 - i };
}

/**
 * Fractions: "two thirds", "three-quarters" (a count before a plural fraction word), and
 * "a third of", "one quarter of" (a singular one only before "of": "a third term" is an
 * ordinal). "half" is left out: "half an hour", "second half" are not figures.
 */
function fraction(text: string, ws: Word[], i: number): { cand: Candidate; n: number } | null {
  const a = ws[i] as Word;
  const f = ws[i + 1];
  if (!f || f.w === 'half' || !lexicon.fractions[f.w] || !joined(text, a, f, true)) return null;
  const frac = lexicon.fractions[f.w]?.value ?? 0;
  const plural = f.w.endsWith('s');
  let count: number;
  if (a.w === 'a' || a.w === 'an' || a.w === 'one') {
    if (plural || ws[i + 2]?.w !== 'of' || !joined(text, f, ws[i + 2] as Word, false)) return null;
    count = 1;
  } else {
    const unit = lexicon.units[a.w];
    if (!unit || !plural || unit.value < 2 || unit.value > 19) return null;
    count = unit.value;
  }
  const c = candidate(a.start, f.end, count * frac, RULE, false);
  c.kind = 'fraction';
  c.trail.push(`${LEX}${f.w}`);
  return { cand: c, n: 2 };
}
