/**
 * Cue candidates: reporting phrases ("according to", "citing") and reporting verbs from
 * data/attribution/cues.json, found on the sentence's tokens. Verbs must be tagged as verbs
 * (wink's Universal POS), so "the report" and "a show" do not count.
 */
import type { Lexicon, PhraseCue, VerbCue } from '../lexicon.js';
import type { TokenView } from './tokens.js';
import { BE_FORMS } from '../../../core/words.js';

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
    const survey = surveyCue(v, i, first, last, lex);
    if (survey) {
      out.push(survey);
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
    if (verb.withinNext && !followsWithin(v, end, last, verb.withinNext)) continue;
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
  // "..., new fundraising reports show." / "..., records compiled by the center show.": a
  // trailing frame after a plural subject, the content before the comma
  if ((nl === '.' || nl === ',') && prev.pos === 'NOUN' && /s$/.test(v.low[i - 1] ?? '')) {
    for (let k = i - 2; k >= Math.max(first, i - 10); k--) {
      if (v.low[k] === ',') return true;
      if (/^(?:VERB|AUX)$/.test(v.tokens[k]?.pos ?? '') && !/(?:ed|en)$/.test(v.low[k] ?? ''))
        break;
    }
  }
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
  ...BE_FORMS,
  "'s",
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

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent ...", "leads in the
 * polls": "in" before a determiner- or name-led noun phrase that ends in a survey noun within
 * eight words and no comma. Not "in which", not "in polling places" (no determiner).
 */
function surveyCue(
  v: TokenView,
  i: number,
  first: number,
  last: number,
  lex: Lexicon,
): CueCandidate | null {
  const s = lex.survey;
  if (!s || v.low[i] !== 'in') return null;
  // it opens its clause: "In a CNN poll, ..." / "..., but in the latest survey ..."
  if (i !== first && !/^(?:,|;|but|and|yet)$/.test(v.low[i - 1] ?? '')) return null;
  const det = v.tokens[i + 1];
  if (!det || !/^(?:DET|PROPN|PRON)$/.test(det.pos) || v.low[i + 1] === 'which') return null;
  for (let k = i + 1; k <= Math.min(last, i + 8); k++) {
    const w = v.low[k] ?? '';
    if (
      /^[,.;:!?()]$/.test(w) ||
      (k > i + 1 && /^(?:VERB|AUX|ADP|CCONJ)$/.test(v.tokens[k]?.pos ?? ''))
    )
      return null;
    if (s.nouns.includes(w)) {
      // "the poll numbers", "poll results": the survey noun must end the chunk
      if (/^(?:NOUN|PROPN)$/.test(v.tokens[k + 1]?.pos ?? '')) return null;
      // "a lead in the polls", "slid in the polls": standing in polls in general frames nothing
      if (k === i + 2 && /s$/.test(w)) return null;
      return {
        first: i,
        last: i,
        kind: 'phrase',
        phrase: s,
        rule: 'lexicon:data/attribution/cues.json#survey',
      };
    }
  }
  return null;
}

function followsWithin(v: TokenView, end: number, last: number, word: string): boolean {
  for (let k = end + 2; k <= Math.min(last, end + 8); k++) {
    const w = v.low[k] ?? '';
    if (w === word) return true;
    if (/^[,.;:!?]$/.test(w)) return false;
  }
  return false;
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
