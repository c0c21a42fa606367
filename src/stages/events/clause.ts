/**
 * Where an event's time, place and figures may be read: its clause window (from the previous
 * verb trigger or clause boundary to the next verb trigger) and, for a nominal trigger, its
 * postmodifier chain ("the arrival of about 11,000 troops in Russia in November 2024").
 */
import type { Candidate, TokenView } from './types.js';

const POSTMOD = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'ADP', 'PRON']);
const BOUNDARY_WORDS = new Set([
  'although',
  'because',
  'while',
  'whereas',
  'but',
  'if',
  'when',
  'since',
  'though',
  'unless',
]);

/** a clause longer than this many tokens either way is cut: keeps hostile input linear */
const MAX_REACH = 60;

export interface Window {
  first: number;
  last: number;
}

/** Token ranges of each candidate's clause; `verbs` holds token indices of verb triggers. */
export function clauseWindow(view: TokenView, c: Candidate, verbs: ReadonlySet<number>): Window {
  const s = view.tokens[c.first]?.sentence;
  let first = c.first;
  while (first > 0 && c.first - first < MAX_REACH) {
    const p = view.tokens[first - 1];
    if (!p || p.sentence !== s) break;
    if (verbs.has(first - 1) && c.pos === 'verb') break;
    // "fought cancer in 2004 and took leave in early 2009": a coordinated verb phrase starts a clause
    if (c.pos === 'verb' && p.pos === 'CCONJ' && verbBefore(view, first - 1, verbs)) break;
    if (p.text === ';' || p.pos === 'SCONJ' || BOUNDARY_WORDS.has(view.lower[first - 1] ?? ''))
      break;
    first--;
  }
  let last = c.last;
  while (last - c.last < MAX_REACH) {
    const p = view.tokens[last + 1];
    if (!p || p.sentence !== s) break;
    if (verbs.has(last + 1)) break;
    if (p.text === ';' || p.pos === 'SCONJ' || BOUNDARY_WORDS.has(view.lower[last + 1] ?? ''))
      break;
    last++;
  }
  return { first, last };
}

function verbBefore(view: TokenView, i: number, verbs: ReadonlySet<number>): boolean {
  const s = view.tokens[i]?.sentence;
  for (let k = i - 1, steps = 0; k >= 0 && steps < MAX_REACH; k--, steps++) {
    if (view.tokens[k]?.sentence !== s) return false;
    if (verbs.has(k)) return true;
  }
  return false;
}

/** The tokens after a nominal trigger that still belong to its phrase (no verb, no comma). */
export function postmodifier(view: TokenView, c: Candidate): Window {
  const s = view.tokens[c.last]?.sentence;
  let last = c.last;
  for (let steps = 0; steps < 30; steps++) {
    const p = view.tokens[last + 1];
    if (!p || p.sentence !== s) break;
    if (!(
      POSTMOD.has(p.pos) ||
      p.text === '-' ||
      (p.pos === 'ADV' && view.tokens[last + 2]?.pos === 'NUM') ||
      p.text === "'s"
    ))
      break;
    last++;
  }
  return { first: c.first, last };
}
