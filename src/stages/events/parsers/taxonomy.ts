/**
 * Typed triggers from the event taxonomy (data/events/taxonomy.json, news-taxonomy.json): single
 * words and phrases matched on lemma candidates. Verb entries need a VERB token; noun entries
 * need a NOUN/PROPN token, or an ADJ/VERB token in head position (wink tags "a new offensive" as
 * ADJ). Then each entry's sense gate (lexicon.ts `Gate`): forms that are another word ("aides"),
 * words that must or must not be near ("stocks ... rally", "sanctions targeting"), no trigger
 * after a hyphen ("President-elect") when the entry says so. And for every entry: a capitalised
 * trigger inside a capitalised name is part of the name ("Joint Strike Fighter", "Desert Storm"),
 * unless the entry may head a name ("Hurricane Katrina") or the sentence is a Title-Case headline.
 */
import { TRIGGERS, type Gate, type GateWindow, type TriggerEntry } from '../lexicon.js';
import type { Candidate, TokenView } from '../types.js';

const NOMINAL_NEXT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function taxonomyTriggers(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lemmas } = view;
  const headlines = new Map<number, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    if (isAcronym(tokens[i]?.text ?? '')) continue;
    const seen = new Set<TriggerEntry>();
    for (const lemma of lemmas[i] ?? []) {
      for (const entry of TRIGGERS.get(lemma) ?? []) {
        if (seen.has(entry)) continue;
        if (entry.lower && tokens[i]?.text !== tokens[i]?.text.toLowerCase()) continue;
        const last = matchRest(view, i, entry.words);
        if (last < 0) continue;
        // the POS test is on the phrase's head: the last word for nouns, the first for verbs
        if (!posFits(view, entry.pos === 'noun' ? last : i, entry.pos)) continue;
        if (entry.pos === 'noun' && inflectedVerb(view, last, entry)) continue;
        if (!gateFits(view, i, last, entry.gate)) continue;
        if (insideName(view, i, last, headlines, entry.gate?.nameHead === true)) continue;
        seen.add(entry);
        out.push({
          first: i,
          last,
          lemma: entry.words.join(' '),
          pos: entry.pos,
          type: entry.subtype,
          variant: entry.variant,
          rule: entry.rule,
          context: entry.context,
          target: entry.target,
        });
      }
    }
  }
  return out;
}

/**
 * A noun entry read on a token wink tags VERB or ADJ only when the token is the listed word or
 * its plural: "the shelling" (listed) is a noun, "fired at", "firing", "blazing" (inflections of
 * the verb fire, blaze) are not the noun fire or blaze.
 */
function inflectedVerb(view: TokenView, i: number, entry: TriggerEntry): boolean {
  const tok = view.tokens[i];
  if (!tok || (tok.pos !== 'VERB' && tok.pos !== 'ADJ')) return false;
  const word = view.lower[i] ?? '';
  const listed = entry.words[entry.words.length - 1] ?? '';
  return !(word === listed || word === `${listed}s` || word === `${listed}es`);
}

/** "AIDS", "WAR" as an acronym or shouting: no lexicon match */
export function isAcronym(text: string): boolean {
  return text.length >= 3 && /^[A-Z]+$/.test(text);
}

/** Index of the last token of the phrase starting at i, or -1. */
function matchRest(view: TokenView, i: number, words: readonly string[]): number {
  let at = i;
  for (let k = 1; k < words.length; k++) {
    at++;
    const tok = view.tokens[at];
    if (!tok || tok.sentence !== view.tokens[i]?.sentence) return -1;
    if (!(view.lemmas[at] ?? []).includes(words[k] ?? '')) return -1;
  }
  return at;
}

export function posFits(view: TokenView, i: number, pos: 'verb' | 'noun'): boolean {
  const tok = view.tokens[i];
  if (!tok) return false;
  if (pos === 'verb') return tok.pos === 'VERB';
  if (tok.pos === 'NOUN' || tok.pos === 'PROPN') {
    // a noun premodifying another noun ("attack helicopter") is not the phrase's head
    const next = view.tokens[i + 1];
    return !(next && next.sentence === tok.sentence && next.pos === 'NOUN');
  }
  if (tok.pos === 'ADJ' || tok.pos === 'VERB') {
    const next = view.tokens[i + 1];
    const prev = view.tokens[i - 1];
    const headPosition = !next || next.sentence !== tok.sentence || !NOMINAL_NEXT.has(next.pos);
    const determined = !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADV');
    return headPosition && determined;
  }
  return false;
}

const hasLemma = (view: TokenView, j: number, set: ReadonlySet<string>) =>
  set.has(view.lower[j] ?? '') || (view.lemmas[j] ?? []).some((l) => set.has(l));

/** Whether a lemma of the window's set stands within `window` tokens of [first, last] in the sentence. */
function near(view: TokenView, first: number, last: number, w: GateWindow): boolean {
  const sent = view.sentOf[first];
  if (!sent) return false;
  if (w.side !== 'after')
    for (let j = Math.max(sent.first, first - w.window); j < first; j++)
      if (hasLemma(view, j, w.lemmas)) return true;
  if (w.side !== 'before')
    for (let j = last + 1; j <= Math.min(sent.last, last + w.window); j++)
      if (hasLemma(view, j, w.lemmas)) return true;
  return false;
}

/** The entry's sense gate (its part of speech is checked by posFits). */
export function gateFits(view: TokenView, first: number, last: number, gate: Gate | null): boolean {
  if (!gate) return true;
  if (gate.notForms?.has(view.lower[first] ?? '')) return false;
  if (
    gate.notAfterHyphen &&
    view.lower[first - 1] === '-' &&
    view.sentOf[first - 1]?.first === view.sentOf[first]?.first
  )
    return false;
  if (gate.with && !near(view, first, last, gate.with)) return false;
  if (gate.without && near(view, first, last, gate.without)) return false;
  return true;
}

const TITLE = /^[A-Z][a-z]/;

/**
 * A capitalised trigger with a capitalised word right before (not sentence-first) or right
 * after it is inside a name ("the Joint Strike Fighter", "Operation Desert Storm"), unless
 * most words of its sentence are capitalised (a Title-Case headline). An entry that may head
 * a name ("Hurricane Katrina") is inside one only with a capitalised word before it.
 */
function insideName(
  view: TokenView,
  first: number,
  last: number,
  headlines: Map<number, boolean>,
  nameHead: boolean,
): boolean {
  const { tokens } = view;
  const tok = tokens[first];
  if (!tok || !TITLE.test(tok.text)) return false;
  const sent = view.sentOf[first];
  if (!sent) return false;
  const prev = first > sent.first ? tokens[first - 1] : undefined;
  const next = last < sent.last ? tokens[last + 1] : undefined;
  const prevName = !!prev && first - 1 > sent.first && TITLE.test(prev.text);
  const nextName = !nameHead && !!next && TITLE.test(next.text);
  if (!prevName && !nextName) return false;
  let headline = headlines.get(sent.first);
  if (headline === undefined) {
    let words = 0;
    let capitalised = 0;
    for (let j = sent.first; j <= sent.last; j++) {
      const t = tokens[j]?.text ?? '';
      if (!/^[a-z]/i.test(t) || t.length < 4) continue;
      words++;
      if (/^[A-Z]/.test(t)) capitalised++;
    }
    headline = words >= 3 && capitalised / words > 0.6;
    headlines.set(sent.first, headline);
  }
  return !headline;
}
