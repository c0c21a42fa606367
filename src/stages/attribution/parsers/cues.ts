/**
 * Cue candidates: reporting phrases ("according to", "citing") and reporting verbs from
 * data/attribution/cues.json, found on the sentence's tokens. Verbs must be tagged as verbs
 * (wink's Universal POS), so "the report" and "a show" do not count.
 */
import type { Lexicon, PhraseCue, VerbCue } from '../lexicon.js';
import type { TokenView } from './tokens.js';

export interface CueCandidate {
  /** first and last token of the cue (inclusive) */
  first: number;
  last: number;
  kind: 'verb' | 'phrase';
  verb?: VerbCue;
  phrase?: PhraseCue;
  rule: string;
}

const VERB_TAGS = new Set(['VERB', 'AUX']);

export function findCues(v: TokenView, first: number, last: number, lex: Lexicon): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (let i = first; i <= last; i++) {
    // PolNeAR, like most news-attribution schemes, does not frame speech inside a quotation
    if (v.quoted[i]) continue;
    const phrase = matchPhrase(v, i, last, lex);
    if (phrase) {
      out.push(phrase);
      i = phrase.last;
      continue;
    }
    const adjective = adjectiveCue(v, i, first, lex);
    if (adjective) {
      out.push(adjective);
      continue;
    }
    const verb = lex.verbs.get(v.low[i] ?? '');
    const tok = v.tokens[i];
    if (!verb || !tok) continue;
    if (!VERB_TAGS.has(tok.pos) && !looksVerbal(v, i, first)) continue;
    const next = v.low[i + 1] ?? '';
    let end = i;
    if (verb.particles?.includes(next)) end = i + 1;
    else if (verb.particleRequired) continue;
    if (verb.intransitiveOnly && !/^[,.:;!?]$/.test(next)) continue;
    const nextPos = v.tokens[end + 1]?.pos ?? '';
    const nextLow = v.low[end + 1] ?? '';
    if (verb.next && !verb.next.includes(nextLow) && !verb.next.includes(nextPos)) continue;
    if (verb.notNext && (verb.notNext.includes(nextLow) || verb.notNext.includes(nextPos)))
      continue;
    out.push({
      first: i,
      last: end,
      kind: 'verb',
      verb,
      rule: `lexicon:data/attribution/cues.json#${verb.lemma}`,
    });
  }
  return out;
}

/**
 * wink sometimes tags reporting verbs as nouns ("Polls show Clinton ahead", "Trump notes that"):
 * accept them right after a nominal subject when what follows starts a clause or an object.
 */
function looksVerbal(v: TokenView, i: number, first: number): boolean {
  const tok = v.tokens[i];
  const prev = v.tokens[i - 1];
  const next = v.tokens[i + 1];
  if (!tok || !prev || !next || i === first || tok.pos !== 'NOUN') return false;
  const nl = v.low[i + 1] ?? '';
  // "..., the NYT reports, citing" / "..., the paper reports."
  if ((nl === ',' || nl === '.') && /(?:s|ed)$/.test(v.low[i] ?? '') && prev.pos === 'PROPN')
    return true;
  // "the Daily News claims the NRA's ...", "the AP reports more than half ..."
  if (
    prev.pos === 'PROPN' &&
    /(?:s|ed)$/.test(v.low[i] ?? '') &&
    /^(?:DET|ADJ|ADV)$/.test(next.pos)
  )
    return true;
  // "six in 10 say he is ...", "majorities in all five say they want ..."
  const before2 = v.tokens[i - 2]?.pos ?? '';
  if (
    /^(?:NUM|NOUN|PROPN|PRON)$/.test(prev.pos) &&
    (next.pos === 'PRON' || nl === 'that') &&
    !/^(?:DET|ADP)$/.test(before2)
  ) {
    return true;
  }
  if (
    !/^(?:PROPN|PRON|NOUN)$/.test(prev.pos) ||
    (/^(?:DET|ADP)$/.test(v.tokens[i - 2]?.pos ?? '') && prev.pos !== 'NOUN')
  )
    return false;
  return nl === 'that' || nl === ':' || /^["“]$/.test(nl) || /^(?:PROPN|PRON|NUM)$/.test(next.pos);
}

const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  "'re",
  "'m",
  'am',
  'remain',
  'remains',
  'remained',
  'seem',
  'seems',
  'seemed',
  'became',
  'become',
  'appeared',
  'appears',
]);

/** "X is confident that ...": a stance adjective after a form of be, before its complement. */
function adjectiveCue(v: TokenView, i: number, first: number, lex: Lexicon): CueCandidate | null {
  const adj = lex.adjectives.get(v.low[i] ?? '');
  if (!adj || !/^(?:ADJ|VERB)$/.test(v.tokens[i]?.pos ?? '')) return null;
  let k = i - 1;
  while (k >= first && v.tokens[k]?.pos === 'ADV') k--;
  if (k < first || !BE.has(v.low[k] ?? '')) return null;
  if (adj.next && !adj.next.includes(v.low[i + 1] ?? '')) return null;
  return {
    first: i,
    last: i,
    kind: 'verb',
    verb: adj,
    rule: `lexicon:data/attribution/cues.json#adj-${adj.lemma}`,
  };
}

function matchPhrase(v: TokenView, i: number, last: number, lex: Lexicon): CueCandidate | null {
  for (const { words, entry } of lex.phrases) {
    if (i + words.length - 1 > last) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = v.low[i + k] === words[k];
    if (!ok) continue;
    const id = entry.text.replace(/ /g, '-');
    return {
      first: i,
      last: i + words.length - 1,
      kind: 'phrase',
      phrase: entry,
      rule: `lexicon:data/attribution/cues.json#${id}`,
    };
  }
  return null;
}
