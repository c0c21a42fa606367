/**
 * Noun-phrase chunks on POS tags, scanning left (subjects: "Ukrainian and American officials
 * said") or right ("according to General Oleksandr Syrskyi"). Dependency-free: a chunk is a run
 * of determiners, adjectives, numbers, nouns, names, possessives, joined by of/for/at/from and
 * by and/or between nominal words.
 */
import { isDoubledApostrophe, POSSESSIVE_PRON, type TokenView } from './tokens.js';

export type Range = [number, number];

const OBJECT_PRON = new Set(['him', 'them', 'me', 'us', 'whom']);
const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM', 'PRON']);
const MODIFIER = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const JOIN_ADP = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with']);
/** leftward, "with" and "to" join too much ("After talking to reporters Trump said") */
const JOIN_ADP_LEFT = new Set(['of', 'for', 'at', 'from', 'in', 'on']);
const JOIN_CONJ = new Set(['and', 'or', '&']);
const INNER_PUNCT = new Set(['-', '.', '&', '/']);

/** A capitalised word inside a sentence is part of a name whatever wink tagged it ("Associated Press"). */
function capitalised(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || !/^[A-Z]/.test(t.text) || i === 0) return false;
  const prev = v.tokens[i - 1];
  return (
    prev !== undefined &&
    v.sentenceOf[i - 1] === v.sentenceOf[i] &&
    !/^[.!?:“]$/.test(prev.text) &&
    // a straight mark opens a quotation when it is not written against the word before it
    !(prev.text === '"' && v.tokens[i - 2]?.end !== prev.start)
  );
}

function isPart(v: TokenView, i: number): boolean {
  const low = v.low[i] ?? '';
  if (low === "'" && isDoubledApostrophe(v.tokens, i)) return false;
  return low === "'s" || low === "'" || (v.tokens[i]?.pos === 'PART' && low.endsWith('s'));
}

/** Nominal chunk ending at `end` (inclusive), no further left than `floor`. */
export function npLeft(v: TokenView, end: number, floor: number): Range | null {
  const head = v.tokens[end];
  if (!head) return null;
  const hl = v.low[end] ?? '';
  if (head.pos === 'PRON') {
    if (POSSESSIVE_PRON.has(hl) && hl !== 'her') return null;
    // object pronouns are never the subject of a reporting verb ("asked him to condemn")
    if (OBJECT_PRON.has(hl)) return null;
    return [end, end];
  }
  if (!NOMINAL.has(head.pos) && !capitalised(v, end) && !(head.pos === 'ADJ' && end > floor))
    return null;
  let start = end;
  for (let i = end - 1; i >= floor; i--) {
    const t = v.tokens[i];
    const low = v.low[i] ?? '';
    if (!t) break;
    const glued = v.tokens[i + 1]?.start === t.end && t.start === v.tokens[i - 1]?.end;
    if (
      MODIFIER.has(t.pos) ||
      isPart(v, i) ||
      capitalised(v, i) ||
      (t.pos === 'PRON' && POSSESSIVE_PRON.has(low))
    ) {
      start = i;
      if (t.pos === 'PRON') break;
      continue;
    }
    if (INNER_PUNCT.has(low) && glued) {
      start = i;
      continue;
    }
    if (v.tokens[i + 1]?.start === t.end && /\w/.test(t.text) && start === i + 1) {
      start = i;
      continue;
    }
    const before = v.tokens[i - 1];
    if ((JOIN_ADP_LEFT.has(low) || JOIN_CONJ.has(low)) && before && i - 1 >= floor) {
      if (
        (NOMINAL.has(before.pos) && before.pos !== 'PRON') ||
        (before.pos === 'ADJ' && JOIN_CONJ.has(low))
      ) {
        start = i;
        continue;
      }
    }
    break;
  }
  // never start on a joining word
  while (start < end && (JOIN_ADP.has(v.low[start] ?? '') || JOIN_CONJ.has(v.low[start] ?? '')))
    start++;
  return [start, end];
}

/** Nominal chunk starting at `start`, no further right than `ceil`. */
export function npRight(v: TokenView, start: number, ceil: number): Range | null {
  const first = v.tokens[start];
  if (!first) return null;
  if (first.pos === 'PRON' && !POSSESSIVE_PRON.has(v.low[start] ?? '')) return [start, start];
  let end = -1;
  for (let i = start; i <= ceil; i++) {
    const t = v.tokens[i];
    const low = v.low[i] ?? '';
    if (!t) break;
    if (
      MODIFIER.has(t.pos) ||
      isPart(v, i) ||
      capitalised(v, i) ||
      (t.pos === 'PRON' && POSSESSIVE_PRON.has(low))
    ) {
      end = i;
      continue;
    }
    const glued = v.tokens[i - 1]?.end === t.start && v.tokens[i + 1]?.start === t.end;
    if (INNER_PUNCT.has(low) && glued && end >= 0) continue;
    // a word written against the previous token is part of it ("Commander-in-Chief")
    if (end >= 0 && v.tokens[i - 1]?.end === t.start && /\w/.test(t.text)) {
      end = i;
      continue;
    }
    const after = v.tokens[i + 1];
    if ((JOIN_ADP.has(low) || JOIN_CONJ.has(low)) && end >= 0 && after && i + 1 <= ceil) {
      if (MODIFIER.has(after.pos) || after.pos === 'PRON') continue;
    }
    break;
  }
  if (end < 0) return null;
  // the chunk must hold a nominal word
  for (let i = start; i <= end; i++) if (NOMINAL.has(v.tokens[i]?.pos ?? '')) return [start, end];
  return null;
}

/** True when every token of the range is capitalised or a name-like word ("General Oleksandr Syrskyi"). */
export function isNameLike(v: TokenView, r: Range): boolean {
  for (let i = r[0]; i <= r[1]; i++) {
    const t = v.tokens[i];
    if (!t || !(t.pos === 'PROPN' || /^[A-Z]/.test(t.text) || INNER_PUNCT.has(t.text)))
      return false;
  }
  return true;
}
