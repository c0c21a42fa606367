/**
 * Shallow syntax over Universal POS tokens, enough to find an event's arguments without a
 * parser: noun-phrase chunks, the subject of a verb (through auxiliaries, relative clauses,
 * coordination, control and participial adjuncts), its object, and passive voice.
 * Every walk is bounded by the sentence and a step limit, so the cost is linear in practice.
 */
import { lemmas } from './morph.js';
import type { TokenView } from './types.js';
import { BE_FORMS } from '../../core/words.js';

const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);
const NP_HEAD = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const BE = new Set([...BE_FORMS, "'s", 'get', 'got', 'gets']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const MAX_STEPS = 40;
/** nouns that name a time, never a participant: "Apple today launched", "released April 3" */
const TIME_NOUNS = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'evening',
  'night',
]);

export interface Chunk {
  first: number;
  last: number;
  head: number;
}

function inSentence(view: TokenView, i: number, s: number): boolean {
  const t = view.tokens[i];
  return !!t && t.sentence === s;
}

/** The noun-phrase chunk whose last token is `end` (a nominal), extended left over modifiers. */
export function chunkEndingAt(view: TokenView, at: number): Chunk | null {
  let end = at;
  while (
    TIME_NOUNS.has(view.lower[end] ?? '') &&
    view.tokens[end - 1]?.sentence === view.tokens[end]?.sentence
  )
    end--;
  const t = view.tokens[end];
  if (!t || !NP_HEAD.has(t.pos)) return null;
  if (t.pos === 'PRON') return { first: end, last: end, head: end };
  let first = end;
  for (let k = end - 1, steps = 0; k >= 0 && steps < MAX_STEPS; k--, steps++) {
    const p = view.tokens[k];
    if (!p || p.sentence !== t.sentence) break;
    const joinsName = p.text === '-' && view.tokens[k - 1]?.pos === 'PROPN';
    const possessive = p.pos === 'PART' && (p.text === "'s" || p.text === "'");
    const approx = p.pos === 'ADV' && view.tokens[k + 1]?.pos === 'NUM';
    const possPron =
      p.pos === 'PRON' &&
      ['its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(view.lower[k] ?? '');
    if (NP_INNER.has(p.pos) || joinsName || possessive || approx || possPron) first = k;
    else if (
      p.pos === 'ADP' &&
      (view.lower[k] === 'than' || view.lower[k] === 'of') &&
      approxBefore(view, k)
    )
      first = k;
    else break;
  }
  return { first, last: end, head: end };
}

/** "more than 800", "about 11,000": keep the hedge inside the phrase. */
function approxBefore(view: TokenView, k: number): boolean {
  return view.tokens[k + 1]?.pos === 'NUM' && view.tokens[k - 1]?.pos === 'ADJ';
}

/** The chunk starting at `start`, extended right to its head (the last nominal before a break). */
export function chunkStartingAt(view: TokenView, start: number): Chunk | null {
  const t = view.tokens[start];
  if (!t) return null;
  if (
    t.pos === 'PRON' &&
    !['its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(view.lower[start] ?? '')
  ) {
    return RELATIVE.has(view.lower[start] ?? '')
      ? null
      : { first: start, last: start, head: start };
  }
  let last = -1;
  for (
    let k = start, steps = 0;
    inSentence(view, k, t.sentence) && steps < MAX_STEPS;
    k++, steps++
  ) {
    const p = view.tokens[k];
    if (!p) break;
    const ok =
      NP_INNER.has(p.pos) ||
      (p.pos === 'PART' && p.text === "'s") ||
      (p.pos === 'PRON' && k === start) ||
      (p.pos === 'ADV' && view.tokens[k + 1]?.pos === 'NUM') ||
      (p.text === '-' && view.tokens[k + 1]?.pos === 'PROPN') ||
      (p.pos === 'ADP' && view.lower[k] === 'than' && view.tokens[k + 1]?.pos === 'NUM');
    if (!ok) break;
    if (NP_HEAD.has(p.pos)) last = k;
  }
  if (last < 0) return null;
  return { first: start, last, head: last };
}

/** Token index left of i, skipping auxiliaries, negation and adverbs. */
function skipLeft(view: TokenView, i: number): number {
  let j = i - 1;
  const s = view.tokens[i]?.sentence;
  while (j >= 0 && view.tokens[j]?.sentence === s) {
    const p = view.tokens[j];
    if (!p) break;
    if (
      p.pos === 'AUX' ||
      p.pos === 'ADV' ||
      (p.pos === 'PART' && view.lower[j] !== 'to' && p.text !== "'s")
    )
      j--;
    else break;
  }
  return j;
}

/** True when the verb at i is passive: a form of "be"/"get" among its auxiliaries and an -ed/-en form. */
export function isPassive(view: TokenView, i: number): boolean {
  const w = view.lower[i] ?? '';
  const participle =
    w.endsWith('ed') ||
    w.endsWith('en') ||
    w.endsWith('wn') ||
    (lemmas(w).length > 1 && !w.endsWith('s') && !w.endsWith('ing'));
  if (!participle) return false;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
    const p = view.tokens[j];
    if (!p || p.sentence !== view.tokens[i]?.sentence) break;
    if (p.pos === 'AUX' || (p.pos === 'VERB' && BE.has(view.lower[j] ?? ''))) {
      if (BE.has(view.lower[j] ?? '')) return true;
      continue;
    }
    if (p.pos === 'ADV' || p.pos === 'PART') continue;
    break;
  }
  return false;
}

function previousVerb(view: TokenView, j: number): number {
  const s = view.tokens[j]?.sentence;
  for (let k = j, steps = 0; k >= 0 && steps < MAX_STEPS; k--, steps++) {
    const p = view.tokens[k];
    if (!p || p.sentence !== s) return -1;
    if (p.pos === 'VERB' && !isPremodifierVerb(view, k)) return k;
  }
  return -1;
}

function isPremodifierVerb(view: TokenView, k: number): boolean {
  const prev = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  return (
    !!prev &&
    !!next &&
    (prev.pos === 'DET' || prev.pos === 'ADJ') &&
    (next.pos === 'NOUN' || next.pos === 'PROPN')
  );
}

/** The grammatical subject of the verb at i, or null. */
export function subjectOf(view: TokenView, i: number, depth = 0): Chunk | null {
  if (depth > 3) return null;
  const j = skipLeft(view, i);
  const p = view.tokens[j];
  const me = view.tokens[i];
  if (!p || !me || p.sentence !== me.sentence) return null;
  const lower = view.lower[j] ?? '';
  // control: "managed to occupy" -> the subject of "managed"
  if (lower === 'to' && p.pos === 'PART') {
    const k = skipLeft(view, j);
    const c = view.tokens[k];
    if (c && c.sentence === me.sentence && (c.pos === 'VERB' || c.pos === 'ADJ')) {
      return c.pos === 'VERB'
        ? subjectOf(view, k, depth + 1)
        : subjectOf(view, skipLeft(view, k) + 1, depth + 1);
    }
    return null;
  }
  // relative pronoun: "soldiers who joined" -> "soldiers"
  if (RELATIVE.has(lower) && (p.pos === 'PRON' || p.pos === 'DET' || p.pos === 'SCONJ')) {
    let k = j - 1;
    if (view.tokens[k]?.text === ',') k--;
    return chunkEndingAt(view, k);
  }
  if (NP_HEAD.has(p.pos)) {
    const chunk = chunkEndingAt(view, j);
    return chunk ? climbRelative(view, climbPrepositions(view, chunk)) : null;
  }
  const gerund = (view.lower[i] ?? '').endsWith('ing');
  // coordination "X withdrew and regrouped"; participial adjunct "after suffering", ", advancing"
  if (p.pos === 'CCONJ' || ((p.pos === 'ADP' || p.pos === 'SCONJ' || p.text === ',') && gerund)) {
    const v = previousVerb(view, j - 1);
    return v >= 0 ? subjectOf(view, v, depth + 1) : null;
  }
  return null;
}

const PP_LINK = new Set([
  'of',
  'on',
  'in',
  'at',
  'for',
  'from',
  'with',
  'against',
  'near',
  'over',
  'to',
  'by',
  'among',
  'about',
]);

/**
 * A subject candidate that is the object of a preposition ("the number of North Koreans at the
 * front has been halved"): climb the prepositional chain to the phrase it modifies.
 */
function climbPrepositions(view: TokenView, chunk: Chunk): Chunk {
  let current = chunk;
  for (let steps = 0; steps < 8; steps++) {
    const a = current.first - 1;
    const prep = view.tokens[a];
    if (!prep || prep.pos !== 'ADP' || !PP_LINK.has(view.lower[a] ?? '')) break;
    if (prep.sentence !== view.tokens[chunk.first]?.sentence) break;
    const before = chunkEndingAt(view, a - 1);
    if (!before) break;
    current = before;
  }
  return current;
}

/**
 * A subject candidate that sits inside a relative clause ("soldiers who joined the army in the
 * battle against Ukrainian troops have been withdrawn"): climb to the relative's antecedent when
 * exactly one verb lies between the pronoun and the candidate.
 */
function climbRelative(view: TokenView, chunk: Chunk): Chunk {
  const s = view.tokens[chunk.first]?.sentence;
  let verbs = 0;
  for (let k = chunk.first - 1, steps = 0; k >= 0 && steps < 25; k--, steps++) {
    const p = view.tokens[k];
    if (!p || p.sentence !== s) break;
    if (p.pos === 'SCONJ' && !RELATIVE.has(view.lower[k] ?? '')) break;
    if (p.text === ';' || p.text === ':') break;
    if (p.pos === 'VERB') verbs++;
    if (RELATIVE.has(view.lower[k] ?? '') && (p.pos === 'PRON' || p.pos === 'DET')) {
      if (verbs !== 1) return chunk;
      let a = k - 1;
      if (view.tokens[a]?.text === ',') a--;
      return chunkEndingAt(view, a) ?? chunk;
    }
  }
  return chunk;
}

/** The direct object right of the trigger's last token, or null ("launched a new offensive"). */
export function objectOf(view: TokenView, last: number): Chunk | null {
  const s = view.tokens[last]?.sentence;
  let k = last + 1;
  // particles and adverbs between verb and object: "pulled out", "quickly"
  while (
    view.tokens[k]?.sentence === s &&
    (view.tokens[k]?.pos === 'ADV' || view.tokens[k]?.pos === 'PART')
  )
    k++;
  const t = view.tokens[k];
  if (!t || t.sentence !== s) return null;
  if (!(
    NP_INNER.has(t.pos) ||
    t.pos === 'PRON' ||
    (t.pos === 'ADV' && view.tokens[k + 1]?.pos === 'NUM')
  ))
    return null;
  if (RELATIVE.has(view.lower[k] ?? '') || view.lower[k] === 'that') return null;
  const chunk = chunkStartingAt(view, k);
  if (
    !chunk ||
    TIME_NOUNS.has(view.lower[chunk.first] ?? '') ||
    TIME_NOUNS.has(view.lower[chunk.head] ?? '')
  )
    return null;
  // "said more than 4 billion songs were sold": the phrase is the subject of a clause
  const next = view.tokens[chunk.last + 1];
  if (next && next.sentence === s && (next.pos === 'VERB' || next.pos === 'AUX')) return null;
  return chunk;
}

/** The noun phrase after a preposition right of `last` ("by NP", "of NP", "on NP"). */
export function prepObject(
  view: TokenView,
  last: number,
  preps: readonly string[],
  reach = 1,
): Chunk | null {
  const s = view.tokens[last]?.sentence;
  for (let k = last + 1; k <= last + reach; k++) {
    const t = view.tokens[k];
    if (!t || t.sentence !== s) return null;
    if (t.pos === 'ADP' && preps.includes(view.lower[k] ?? '')) return chunkStartingAt(view, k + 1);
  }
  return null;
}

/** Premodifiers of a nominal trigger that name its agent: "Russian attack", "Russia's attack". */
export function premodifierAgent(view: TokenView, first: number): Chunk | null {
  // a capitalised trigger is part of a name ("Worldwide Developers Conference"): no agent inside it
  if (/^[A-Z]/.test(view.tokens[first]?.text ?? '') && view.tokens[first - 1]?.pos === 'PROPN')
    return null;
  let k = first - 1;
  const s = view.tokens[first]?.sentence;
  while (
    view.tokens[k]?.sentence === s &&
    view.tokens[k]?.pos === 'ADJ' &&
    !/^[A-Z]/.test(view.tokens[k]?.text ?? '')
  )
    k--;
  const t = view.tokens[k];
  if (!t || t.sentence !== s) return null;
  if (t.pos === 'PART' && t.text === "'s") return chunkEndingAt(view, k - 1);
  if (t.pos === 'PROPN' || (t.pos === 'ADJ' && /^[A-Z]/.test(t.text))) {
    let a = k;
    while (
      view.tokens[a - 1]?.sentence === s &&
      (view.tokens[a - 1]?.pos === 'PROPN' ||
        (/^[A-Z]/.test(view.tokens[a - 1]?.text ?? '') && view.tokens[a - 1]?.pos === 'ADJ'))
    )
      a--;
    return { first: a, last: k, head: k };
  }
  if (t.pos === 'PRON' && ['its', 'their', 'his', 'her', 'our'].includes(view.lower[k] ?? ''))
    return { first: k, last: k, head: k };
  return null;
}

/** The verb whose object phrase holds the nominal at n ("launched a new offensive"), or -1. */
export function governingVerb(view: TokenView, n: number): number {
  const s = view.tokens[n]?.sentence;
  for (let k = n - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = view.tokens[k];
    if (!t || t.sentence !== s) return -1;
    if (t.pos === 'VERB') return k;
    if (!(NP_INNER.has(t.pos) || t.pos === 'ADV' || (t.pos === 'PRON' && k < n))) return -1;
  }
  return -1;
}
