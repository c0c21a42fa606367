/**
 * Frames: given a cue in its sentence, find its source and content by the shape of the
 * clause around it. One function per frame shape; `frameFor` tries them in order.
 *
 *   source-first   NP [aux/adv] CUE [hearer] [adjunct] (that|:|“) CONTENT
 *   content-first  CONTENT(,|”|—) NP CUE .         and split quotes “A,” NP CUE, “B.”
 *   inverted       CONTENT, CUE NP .                 (“...,” said Mr. Obama.)
 *   participle     ..., CUE-ing CONTENT              (source: the clause subject)
 *   phrase-first   According to NP, CONTENT
 *   phrase-last    CONTENT, according to NP
 */
import { lexicon } from '../lexicon.js';
import type { Certainty } from '../lexicon.js';
import type { CueCandidate } from './cues.js';
import { isNameLike, npLeft, npRight, type Range } from './np.js';
import {
  CLOSE_QUOTES,
  isDoubledApostrophe,
  isQuote,
  OPEN_QUOTES,
  VERB_GROUP,
  type TokenView,
} from './tokens.js';
import { BE_FORMS } from '../../../core/words.js';

export interface Frame {
  cue: Range;
  source: Range | null;
  /** content parts (a split quotation has two); empty when the content is in another sentence */
  content: Range[];
  rule: string;
  /** the frame shape that placed source and content */
  frame: string;
  certainty: Certainty;
  /** the content is a quotation */
  direct: boolean;
  /** "citing Y" inside another attribution's frame */
  nested: boolean;
  /** a quotation that continues this frame's quotation in a later sentence */
  continues?: Frame;
}

const PUNCT_END = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-', '…']);
const BOUNDARY = new Set([',', '—', '–', '-', ':']);
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'again',
  'also',
  'repeatedly',
  'privately',
  'publicly',
  'previously',
  'then',
  'now',
  'once',
  'frequently',
  'often',
]);
const ADJUNCT_NOUNS = new Set([
  'statement',
  'interview',
  'tweet',
  'post',
  'letter',
  'speech',
  'release',
  'email',
  'op-ed',
  'remarks',
  'conference',
  'memo',
  'video',
  'message',
  'appearance',
  'briefing',
  'call',
  'rally',
  'debate',
  'address',
  'anonymity',
  'report',
  'column',
  'editorial',
  'telephone',
  'phone',
]);

/** Last content token: trailing punctuation goes, a closing quotation mark stays. */
export function trimEnd(v: TokenView, from: number, to: number): number {
  let end = to;
  while (end >= from && PUNCT_END.has(v.low[end] ?? '')) end--;
  return end;
}

/** a gerund after these is the object of a preposition, not a participle frame */
const GERUND_OBJECT = new Set([
  'for',
  'of',
  'on',
  'about',
  'at',
  'in',
  'to',
  'from',
  'with',
  'without',
  'against',
]);
const MODALS = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  'can',
  'will',
  'must',
  'wo',
  'ca',
  "'ll",
  "'d",
]);
const ANONYMITY = ['on', 'condition', 'of', 'anonymity'];
const CLAUSE_START = /^(?:that|if|whether|how|what|why|when|where|who|[“"])$/;
/** not a third-person source: the speaker, the hearer, an expletive */
const FIRST_SECOND = new Set(['i', 'we', 'you', 'me', 'us', 'there']);

const SECOND = new Set(['you', 'there']);

function thirdPerson(v: TokenView, r: Range | null, firstOk = false): boolean {
  if (!r) return false;
  return !(r[0] === r[1] && (firstOk ? SECOND : FIRST_SECOND).has(v.low[r[0]] ?? ''));
}

/**
 * "A Quinnipiac poll this month found Mr. Trump about even": a survey, study or article that
 * "finds" reports a result even without a that-clause (sources.json#document heads).
 */
function documentSource(v: TokenView, r: Range | null): boolean {
  if (!r) return false;
  const doc = lexicon().sources.document;
  for (let k = r[1]; k >= r[0] && k >= r[1] - 3; k--) if (doc.has(v.low[k] ?? '')) return true;
  return false;
}

function hasWord(v: TokenView, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (/\w/.test(v.low[i] ?? '')) return true;
  return false;
}

/** Skip time words and "in a statement"-type adjuncts after a cue; returns the next index. */
function skipAdjuncts(v: TokenView, r: number, last: number): number {
  let i = r;
  for (let guard = 0; guard < 4 && i <= last; guard++) {
    const low = v.low[i] ?? '';
    if (TIME_WORDS.has(low)) {
      i++;
      continue;
    }
    if (
      low === 'on' ||
      low === 'in' ||
      low === 'during' ||
      low === 'at' ||
      low === 'last' ||
      low === 'this'
    ) {
      let k = i + 1;
      let hit = -1;
      for (; k <= Math.min(last, i + 6); k++) {
        const w = v.low[k] ?? '';
        if (
          ADJUNCT_NOUNS.has(w) ||
          TIME_WORDS.has(w) ||
          /^(?:week|month|year|night|morning|evening)s?$/.test(w)
        )
          hit = k;
        else if (v.tokens[k]?.pos === 'VERB' || w === 'that' || w === ',' || isQuote(w)) break;
        // "took aim at Trump on Tuesday": a second phrase starts before this one found its
        // adjunct head, so this one ("at Trump") is the cue's object, not circumstance
        else if (hit < 0 && v.tokens[k]?.pos === 'ADP') break;
      }
      if (hit >= 0) {
        i = hit + 1;
        continue;
      }
    }
    break;
  }
  // "said in '08 that ...": a short verbless adjunct before "that"
  const lead = v.tokens[i];
  const adjunct =
    lead !== undefined && (/^(?:ADP|ADV)$/.test(lead.pos) || TIME_WORDS.has(v.low[i] ?? ''));
  for (let k = i; adjunct && k <= Math.min(last, i + 6); k++) {
    const w = v.low[k] ?? '';
    if (w === 'that' && k > i) return k;
    if (w === ',' || isQuote(w) || /^(?:VERB|AUX)$/.test(v.tokens[k]?.pos ?? '')) break;
  }
  return i;
}

/**
 * "tweeted during the first half: “So far ...”", "asks rhetorically: “Can you ...”": a short
 * verbless phrase between the cue and a colon that opens a quotation (or ends the sentence, the
 * quotation following as the next one) is an adjunct; the content starts after the colon.
 * Returns `r` unchanged when there is no such colon.
 */
function colonAfterAdjunct(v: TokenView, r: number, s1: number): number {
  for (let k = r; k <= Math.min(s1, r + 8); k++) {
    const w = v.low[k] ?? '';
    if (w === ':' && (k === s1 || OPEN_QUOTES.has(v.low[k + 1] ?? ''))) return k + 1;
    if (/^(?:VERB|AUX)$/.test(v.tokens[k]?.pos ?? '') || /^[.;!?“"”]$/.test(w) || w === 'that')
      break;
  }
  return r;
}

/**
 * '“I would have been all in,” Mr. Regalado said in his office.', '“...,” he told reporters
 * afterward': after a quotation, what follows the cue is circumstance unless it opens a clause
 * of its own (that, a quotation, a colon, a wh-word).
 */
function quotedBefore(v: TokenView, left: Range, right: Range): boolean {
  return CLOSE_QUOTES.has(v.low[left[1]] ?? '') && !CLAUSE_START.test(v.low[right[0]] ?? '');
}

/**
 * A left content that is a quotation or a clause, not an opening adverbial ("At a campaign event
 * in Ohio, Johnson railed against immigrants": the left part is circumstance).
 */
function clauseLeft(v: TokenView, left: Range): boolean {
  if (CLOSE_QUOTES.has(v.low[left[1]] ?? '')) return true;
  if (/^(?:ADP|SCONJ|ADV|CCONJ|PUNCT)$/.test(v.tokens[left[0]]?.pos ?? '')) return false;
  for (let k = left[0]; k <= left[1]; k++)
    if (/^(?:VERB|AUX)$/.test(v.tokens[k]?.pos ?? '')) return true;
  return false;
}

/**
 * A prepositional, adverbial or time phrase with no verb ("during the first half",
 * "rhetorically", "that night").
 */
function adjunctOnly(v: TokenView, r: Range): boolean {
  if (r[1] - r[0] > 10) return false;
  // "that night", "last week", "Tuesday": a time phrase
  const time = r[1] - r[0] < 3 && TIME_HEAD.test(v.low[r[1]] ?? '');
  if (!time && !/^(?:ADP|ADV)$/.test(v.tokens[r[0]]?.pos ?? '')) return false;
  for (let k = r[0]; k <= r[1]; k++) {
    if (/^(?:VERB|AUX)$/.test(v.tokens[k]?.pos ?? '') || isQuote(v.low[k])) return false;
  }
  return true;
}

/**
 * Skip back over auxiliaries, negation and adverbs before a verb cue ("has also said"), and a
 * quantifier floated after its subject ("NBC News and ABC News both reported").
 */
function verbGroupStart(v: TokenView, c0: number, s0: number): number {
  let g = c0;
  const floating = lexicon().sources.floatingQuantifiers;
  while (g - 1 >= s0) {
    const t = v.tokens[g - 1];
    const low = v.low[g - 1] ?? '';
    if (!t) break;
    // "Theresa May said": a capitalised "May" after a name is the name, not a modal
    if (
      g - 1 > s0 &&
      /^[A-Z]/.test(t.text) &&
      v.tokens[g - 2]?.pos === 'PROPN' &&
      /^[A-Z]/.test(v.tokens[g - 2]?.text ?? '')
    )
      break;
    if (VERB_GROUP.has(low) || t.pos === 'ADV' || t.pos === 'AUX') g--;
    else if (floating.has(low) && /^(?:NOUN|PROPN|PRON)$/.test(v.tokens[g - 2]?.pos ?? '')) g--;
    else if ((t.pos === 'VERB' || t.pos === 'ADJ') && v.low[g] === 'to') g--;
    else break;
  }
  return g;
}

/**
 * The subject of the sentence's main clause: the first nominal chunk, after a leading
 * adverbial ("In an interview Thursday, the senator ..."). Shared by a participle cue
 * ("..., saying") and a coordinated one ("... and said").
 */
function clauseSubject(v: TokenView, s0: number, before: number): Range | null {
  let i = s0;
  while (i < before && /^(?:PUNCT|CCONJ)$/.test(v.tokens[i]?.pos ?? '')) i++;
  while (i < before && v.tokens[i]?.pos === 'ADV') i++;
  if (/^(?:ADP|SCONJ)$/.test(v.tokens[i]?.pos ?? '')) {
    let k = i;
    while (k < before && v.low[k] !== ',') k++;
    if (k < before) i = k + 1;
  }
  for (let guard = 0; i < before && guard < 12; guard++) {
    const np = npRight(v, i, before - 1);
    if (np) {
      const r = withParens(v, np, before - 1);
      if (/^(?:VERB|AUX|ADV)$/.test(v.tokens[r[1] + 1]?.pos ?? '')) return r;
      i = r[1] + 1;
    } else i++;
  }
  return null;
}

const TIME_HEAD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weeks|month|months|year|years|night|morning|afternoon|evening|weekend|day|days|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const TIME_LEAD = new Set([
  'on',
  'in',
  'at',
  'during',
  'last',
  'this',
  'earlier',
  'late',
  'early',
  ',',
]);

/**
 * "The Washington Post columnist Ruth Marcus on Tuesday wrote that ...", "Police last month
 * charged ...": a time phrase the chunker joined to the end of the subject is not part of it.
 */
function withoutTimePhrase(v: TokenView, np: Range | null): Range | null {
  if (!np || !TIME_HEAD.test(v.low[np[1]] ?? '')) return np;
  // "Theresa May said", "Kristen Day said": a capitalised time word that is no weekday and no
  // other month, right after a name, is the name's
  const w = v.low[np[1]] ?? '';
  if (
    /^[A-Z]/.test(v.tokens[np[1]]?.text ?? '') &&
    !WEEKDAYS_MONTHS.test(w) &&
    np[1] > np[0] &&
    v.tokens[np[1] - 1]?.pos === 'PROPN' &&
    /^[A-Z]/.test(v.tokens[np[1] - 1]?.text ?? '')
  )
    return np;
  // the time phrase at the end of the chunk: "Police last month", "Ruth Marcus on Tuesday"
  let cut = np[1];
  while (
    cut - 1 >= np[0] &&
    np[1] - cut < 3 &&
    (TIME_LEAD.has(v.low[cut - 1] ?? '') || v.tokens[cut - 1]?.pos === 'NUM')
  )
    cut--;
  return cut > np[0] ? [np[0], cut - 1] : np;
}

/** weekdays and the months that are not also names */
const WEEKDAYS_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|july|september|october|november|december)$/;
/** month names that are also names ("Theresa May said"): a time only after a lead or a participle */
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);

/**
 * "Sanders on Saturday criticized", "Police had last month charged", "A news report published
 * Wednesday said": the chunk before the cue is a time phrase, never a source.
 */
function timeOnly(v: TokenView, r: Range): boolean {
  let lead = TIME_LEAD.has(v.low[r[0] - 1] ?? '') || v.tokens[r[0] - 1]?.pos === 'VERB';
  for (let k = r[0]; k <= r[1]; k++) {
    const w = v.low[k] ?? '';
    if (/^(?:last|this|next|earlier|early|late|ago|a|the)$/.test(w)) {
      lead = true;
      continue;
    }
    if (v.tokens[k]?.pos === 'NUM') continue;
    if (!TIME_HEAD.test(w) && w !== 'ago') return false;
    // "Kristen Day said": a capitalised word that is neither a weekday nor a month is a name
    if (
      /^[A-Z]/.test(v.tokens[k]?.text ?? '') &&
      /^(?:day|days|week|weeks|month|months|year|years|night|morning|afternoon|evening|weekend|today|yesterday|tonight)$/.test(
        w,
      ) &&
      k > r[0]
    )
      return false;
  }
  if (r[0] === r[1] && NAME_MONTHS.has(v.low[r[0]] ?? '') && !lead) return false;
  return true;
}

/** The source before a time phrase that the chunker took for one (null when there is none). */
function beforeTimePhrase(v: TokenView, time: Range, s0: number): Range | null {
  let k = time[0] - 1;
  while (k >= s0 && TIME_LEAD.has(v.low[k] ?? '') && v.low[k] !== ',') k--;
  // "A court document filed Thursday says": the participle and its time stay with the source
  const participle = v.tokens[k];
  if (participle?.pos === 'VERB' && /ed$/.test(v.low[k] ?? '')) {
    const np = npLeft(v, k - 1, s0);
    return np ? [np[0], time[1]] : null;
  }
  // "Police had last month charged": skip the auxiliaries before the time phrase
  while (k >= s0 && (VERB_GROUP.has(v.low[k] ?? '') || v.tokens[k]?.pos === 'AUX')) k--;
  if (k < s0) return null;
  const r = withoutTimePhrase(v, sourceLeft(v, k + 1, s0));
  return r && !timeOnly(v, r) ? r : null;
}

const SURVEYED = new Set(['surveyed', 'polled', 'interviewed', 'questioned', 'sampled']);

/** "Sen. Bernie Sanders (I-Vt.)": a parenthesis right after a name belongs to it. */
function withParens(v: TokenView, r: Range, ceil: number): Range {
  if (v.low[r[1] + 1] !== '(') return r;
  for (let k = r[1] + 2; k <= Math.min(ceil, r[1] + 8); k++) if (v.low[k] === ')') return [r[0], k];
  return r;
}

/**
 * Source NP left of the verb group. A subject set off by commas keeps an appositive
 * ("Phil Lovas, the chairman," / "X, who ...,") but not an adjunct ("X, in a statement, said").
 */
function sourceLeft(v: TokenView, g: number, s0: number): Range | null {
  const before = g - 1;
  if (before < s0) return null;
  const low = v.low[before] ?? '';
  // "those surveyed said", "voters polled say": a survey participle closes the subject
  if (SURVEYED.has(low) && before - 1 >= s0) {
    const np = npLeft(v, before - 1, s0);
    if (np) return [np[0], before];
    if (/^(?:those|these|all|most|many|some|half)$/.test(v.low[before - 1] ?? ''))
      return [before - 1, before];
  }
  if (low === ',' || low === '—' || low === '–') {
    for (let p = before - 1; p >= Math.max(s0 + 1, before - 30); p--) {
      const pl = v.low[p] ?? '';
      if (pl !== low && !(low === ',' && pl === ',')) continue;
      const seg = v.tokens[p + 1];
      const np1 = npLeft(v, p - 1, s0);
      if (!seg || !np1) return null;
      const lead = v.low[np1[0] - 1] ?? '';
      const clauseStart =
        np1[0] === s0 ||
        /^(?:CCONJ|ADV|SCONJ)$/.test(v.tokens[np1[0] - 1]?.pos ?? '') ||
        lead === ',' ||
        CLOSE_QUOTES.has(lead);
      // not at a clause start: the comma closed an inner apposition; try the comma before
      if (!clauseStart) continue;
      // "Woodrow Benford, 58, who lives ..., says": earlier appositions of the same name
      let head: Range = np1;
      while (v.low[head[0] - 1] === ',' && head[0] - 2 >= s0) {
        const prevNp = npLeft(v, head[0] - 2, s0);
        if (!prevNp || !isNameLike(v, prevNp)) break;
        const pl2 = v.low[prevNp[0] - 1] ?? '';
        if (!(
          prevNp[0] === s0 ||
          pl2 === ',' ||
          CLOSE_QUOTES.has(pl2) ||
          /^(?:CCONJ|ADV|SCONJ)$/.test(v.tokens[prevNp[0] - 1]?.pos ?? '')
        ))
          break;
        head = prevNp;
      }
      if (head !== np1) return [head[0], before];
      const appositive =
        /^(?:DET|PROPN|ADJ|NOUN|NUM)$/.test(seg.pos) ||
        /^(?:who|whose|which)$/.test(v.low[p + 1] ?? '');
      return appositive ? [np1[0], before] : np1;
    }
    return null;
  }
  if (low === ')') {
    for (let p = before - 1; p >= Math.max(s0 + 1, before - 8); p--) {
      if (v.low[p] !== '(') continue;
      const np = npLeft(v, p - 1, s0);
      return np ? [np[0], before] : null;
    }
    return null;
  }
  return npLeft(v, before, s0);
}

/** index of the post-modifier phrase ("familiar with") starting at token i, or -1 */
export function postModifierAt(v: TokenView, i: number, to: number): number {
  const mods = lexicon().sources.postModifiers;
  return mods.findIndex(
    (words) => i + words.length - 1 <= to && words.every((w, k) => v.low[i + k] === w),
  );
}

/** tokens a post-modified source may run over between its head and the cue */
const MAX_MODIFIED = 14;

/**
 * "..., an official familiar with the matter said Sunday", "..., two officials who spoke on
 * condition of anonymity said": the source's head, then a sourcing formula
 * (sources.json#postModifiers) and its object, then the cue. The source runs from the head's
 * noun phrase to the token before the verb group; null when no formula stands there.
 */
function postModifiedSource(v: TokenView, g: number, s0: number): Range | null {
  for (let m = g - 1; m >= Math.max(s0 + 1, g - MAX_MODIFIED); m--) {
    const low = v.low[m] ?? '';
    if (BOUNDARY.has(low) || isQuote(low) || low === ';') return null;
    if (postModifierAt(v, m, g - 1) < 0) continue;
    const np = npLeft(v, m - 1, s0);
    if (!np || v.tokens[np[0]]?.pos === 'PRON') return null;
    return [np[0], g - 1];
  }
  return null;
}

/** Content left of the frame: from the sentence start to the boundary before `at`. */
function contentLeft(v: TokenView, at: number, s0: number): Range | null {
  const b = at - 1;
  if (b <= s0) return null;
  const low = v.low[b] ?? '';
  let end: number;
  if (CLOSE_QUOTES.has(low)) end = b;
  else if (BOUNDARY.has(low)) end = trimEnd(v, s0, b);
  else return null;
  if (end < s0 || !hasWord(v, s0, end)) return null;
  return [s0, end];
}

export function frameFor(
  v: TokenView,
  cue: CueCandidate,
  sent: Range,
  earlier: readonly Frame[],
  /** first token of the next cue in the sentence, if any */
  nextCue = Infinity,
): Frame | null {
  const [s0, s1] = sent;
  const base = {
    cue: [cue.first, cue.last] as Range,
    rule: cue.rule,
    certainty: (cue.verb ?? cue.phrase)?.certainty ?? 'state',
    nested: false,
  };
  const last = trimEnd(v, s0, s1);
  const finish = (f: Omit<Frame, 'direct' | keyof typeof base> & Partial<Frame>): Frame | null => {
    // a passive names no source: its subject is what is known, seen, expected
    const impersonal = f.frame === 'passive' || f.frame === 'appearance';
    if (
      cue.verb?.thirdPersonOnly &&
      !impersonal &&
      !thirdPerson(v, f.source, cue.verb.firstPersonOk)
    )
      return null;
    const first = f.content[0];
    const direct = first !== undefined && OPEN_QUOTES.has(v.low[first[0]] ?? '');
    return { ...base, direct, ...f };
  };

  if (cue.kind === 'phrase' && cue.phrase) {
    return phraseFrame(v, cue, sent, earlier, last, finish);
  }

  // inverted: CONTENT, said NP.
  const prev = v.low[cue.first - 1] ?? '';
  const g0 = verbGroupStart(v, cue.first, s0);
  const apposed = prev === ',' && g0 === cue.first ? sourceLeft(v, g0, s0) : null;
  const invertible = cue.last === cue.first && !/ing$/.test(v.low[cue.first] ?? '');
  if (invertible && cue.first === s0) {
    const opening = invertedOpening(v, cue, s1, last);
    if (opening) return finish(opening);
  }
  if (invertible && !apposed && cue.first - 1 > s0 && (prev === ',' || CLOSE_QUOTES.has(prev))) {
    let np = npRight(v, cue.last + 1, s1);
    // '“...,” said the former top aide to President George W. Bush.': a role "to/of/for" a name
    // that closes the sentence or its clause is part of the source
    // (a role noun, then a name: "said the officer to the crowd" names a hearer)
    if (
      np &&
      v.tokens[np[1]]?.pos === 'NOUN' &&
      /^(?:to|of|for|at)$/.test(v.low[np[1] + 1] ?? '')
    ) {
      const more = npRight(v, np[1] + 2, s1);
      if (
        more &&
        isNameLike(v, [more[1], more[1]]) &&
        (more[1] >= last || v.low[more[1] + 1] === ',')
      )
        np = [np[0], more[1]];
    }
    const named =
      np !== null && v.tokens[np[0]]?.pos !== 'PRON' && !TIME_WORDS.has(v.low[np[0]] ?? '');
    if (
      np &&
      named &&
      (np[1] >= last ||
        !/^(?:VERB|AUX|PART|ADP)$/.test(v.tokens[np[1] + 1]?.pos ?? '') ||
        v.low[np[1] + 1] === ',')
    ) {
      const content = contentLeft(v, cue.first, s0);
      if (content) return finish({ source: np, content: [content], frame: 'inverted' });
    }
  }

  const g = verbGroupStart(v, cue.first, s0);
  let source: Range | null = null;
  let frame = 'source-first';
  const coordinated = /^(?:and|but)$/.test(v.low[g - 1] ?? '');
  const gerund = /ing$/.test(v.low[cue.first] ?? '');
  // ", saying", "while saying", "by saying"; not "for opposing", "of reporting" (gerund objects)
  const linkWord = v.low[g - 1] ?? '';
  if (/ing$/.test(v.low[cue.first] ?? '') && GERUND_OBJECT.has(linkWord)) return null;
  const afterLink =
    /^(?:[,—–\-”"]|'')$/.test(linkWord) || /^(?:ADP|SCONJ)$/.test(v.tokens[g - 1]?.pos ?? '');
  // "an ad featuring Hispanics telling their stories", "ledgers showing ...": a participle right
  // after an object noun phrase modifies it, and that phrase is the source
  let objectBefore: Range | null = null;
  if (gerund && !afterLink) {
    const np = npLeft(v, g - 1, s0);
    if (np && /^(?:VERB|ADP)$/.test(v.tokens[np[0] - 1]?.pos ?? '')) objectBefore = np;
  }
  if (objectBefore && !coordinated) {
    source = v.tokens[objectBefore[0]]?.pos === 'PRON' ? null : objectBefore;
    frame = 'participle';
  } else if ((gerund && afterLink) || coordinated) {
    source = earlier.at(-1)?.source ?? clauseSubject(v, s0, g - 1);
    frame = coordinated ? 'coordinated' : 'participle';
  } else {
    source = postModifiedSource(v, g, s0) ?? withoutTimePhrase(v, sourceLeft(v, g, s0));
    if (source && timeOnly(v, source)) source = beforeTimePhrase(v, source, s0);
    // "he would say", "they will tell you": a modal with a pronoun subject is hypothetical or
    // habitual speech, not a report (PolNeAR train: about a quarter of these are framed)
    if (source && source[0] === source[1] && v.tokens[source[0]]?.pos === 'PRON') {
      for (let k = source[1] + 1; k < cue.first; k++) if (MODALS.has(v.low[k] ?? '')) return null;
    }
  }

  // "said on condition of anonymity": the condition belongs to the cue (and marks the source anonymous)
  const cueRange: Range = [cue.first, cue.last];
  if (ANONYMITY.every((w, k) => v.low[cue.last + 1 + k] === w))
    cueRange[1] = cue.last + ANONYMITY.length;
  // right side: hearer, adjuncts, that / colon / quote
  let r = cueRange[1] + 1;
  if (cue.verb?.object) {
    const obj = npRight(v, r, s1);
    const after = v.low[(obj?.[1] ?? -9) + 1] ?? '';
    if (
      obj &&
      (after === 'that' ||
        after === ':' ||
        after === ',' ||
        isQuote(after) ||
        obj[1] + 1 > last ||
        // "told reporters during Tuesday's conference call": the hearer, then circumstance
        (obj[1] + 1 <= last && adjunctOnly(v, [obj[1] + 1, last])))
    ) {
      r = obj[1] + 1;
    }
  }
  r = skipAdjuncts(v, r, last);
  const quoteNext = isQuote(v.low[r + 1]) || isDoubledApostrophe(v.tokens, r + 1);
  if (v.low[r] === ':' || (v.low[r] === ',' && quoteNext)) r++;
  else r = colonAfterAdjunct(v, r, s1);
  base.cue = cueRange;
  // a content ends where a following frame starts after a comma or "and" (", saying ...", "and said")
  let rightLast = last;
  if (nextCue <= last && /^(?:,|and|but)$/.test(v.low[nextCue - 1] ?? ''))
    rightLast = trimEnd(v, r, nextCue - 2);
  if (nextCue <= last && v.low[nextCue - 1] === ',') rightLast = trimEnd(v, r, nextCue - 1);
  // '... was "corrupt," noting that ...': the quotation closes the content before the participle
  if (nextCue <= last && CLOSE_QUOTES.has(v.low[nextCue - 1] ?? '') && v.low[nextCue - 2] === ',')
    rightLast = nextCue - 1;
  const startsClause = v.low[r] !== ',' && v.low[r] !== '—' && v.low[r] !== '-';
  const right: Range | null =
    startsClause && r <= rightLast && hasWord(v, r, rightLast) ? [r, rightLast] : null;
  const left = contentLeft(v, source ? source[0] : g, s0);

  if (right && left && isQuote(v.low[r]) && CLOSE_QUOTES.has(v.low[left[1]] ?? '')) {
    return finish({ source, content: [left, right], frame: 'split-quote' });
  }
  if (
    right &&
    cue.verb?.clauseOnly &&
    !documentSource(v, source) &&
    !CLAUSE_START.test(v.low[right[0]] ?? '') &&
    v.tokens[right[0]]?.pos !== 'PRON'
  ) {
    return null;
  }
  if (right && base.certainty === 'seem' && frame === 'source-first')
    return finish(seemFrame(v, source, right));
  if (right && frame === 'source-first' && passiveVoice(v, g, cue))
    return finish(passiveFrame(v, cue, source, right, s1));
  // '“So far it is boring,” he tweeted during the first half.': after a content on the left, a
  // verbless phrase on the right is an adjunct, not the content
  if (
    right &&
    left &&
    frame === 'source-first' &&
    ((adjunctOnly(v, right) && clauseLeft(v, left)) || quotedBefore(v, left, right))
  )
    return finish({ source, content: [left], frame: 'content-first' });
  // '“Years from now, ...” / He said that night.': the quotation before is the content
  if (
    right &&
    !left &&
    frame === 'source-first' &&
    source &&
    !hasWord(v, s0, source[0] - 1) &&
    adjunctOnly(v, right) &&
    CLOSE_QUOTES.has(v.low[s0 - 1] ?? '')
  )
    return finish({ source, content: [], frame: 'previous-sentence' });
  if (right) return finish({ source, content: [right], frame });
  // "she added, Donald Trump is a proven businessman": the clause after the comma
  if (
    !left &&
    v.low[r] === ',' &&
    !isQuote(v.low[r + 1]) &&
    r + 2 <= rightLast &&
    hasWord(v, r + 1, rightLast)
  ) {
    if (/^(?:PRON|PROPN|DET|NOUN)$/.test(v.tokens[r + 1]?.pos ?? '') && nextCue > rightLast) {
      return finish({ source, content: [[r + 1, rightLast]], frame: 'comma-clause' });
    }
  }
  // "Breitbart News responded:" at the end of a paragraph: the content is what follows
  if (source && v.low[r - 1] === ':' && r > last)
    return finish({ source, content: [], frame: 'next-sentence' });
  if (left) {
    // "... losses. - US representatives say": a dash before a closing frame marks a quotation
    const dashed = /^[-—–]$/.test(v.low[(source ? source[0] : g) - 1] ?? '');
    return finish({
      source,
      content: [left],
      frame: dashed ? 'dash-quote' : 'content-first',
      ...(dashed ? { direct: true } : {}),
    });
  }
  // "A few states have yet to be called.": a passive closing its sentence reports nothing before it
  if (source && !hasWord(v, s0, (source[0] ?? s0) - 1) && !passiveVoice(v, g, cue)) {
    // "- US representatives say." / "he said." : the content is the previous sentence
    return finish({ source, content: [], frame: 'previous-sentence' });
  }
  return null;
}

/**
 * "Enthusiasm for Clinton appears to have plummeted", "The music seemed to match the mood": an
 * appearance has no source (it is the writer's impression, PolNeAR leaves the source empty);
 * its subject belongs to the content. An expletive subject ("It seems that ...") stays out.
 */
function seemFrame(
  v: TokenView,
  subject: Range | null,
  right: Range,
): Pick<Frame, 'source' | 'content' | 'frame'> {
  const expletive =
    subject !== null && subject[0] === subject[1] && /^(?:it|there)$/.test(v.low[subject[0]] ?? '');
  const from = subject && !expletive ? subject[0] : right[0];
  return { source: null, content: [[from, right[1]]], frame: 'appearance' };
}

/**
 * A sentence that opens with its cue: '“Is that a mistake?” / said Susan Hennessey, a former NSA
 * lawyer.' (the splitter cut the quotation off: the content is the quotation before) and
 * 'Said Comey, “The thought ...”' (the content is the quotation after the name).
 */
function invertedOpening(
  v: TokenView,
  cue: CueCandidate,
  s1: number,
  last: number,
): Pick<Frame, 'source' | 'content' | 'frame'> | null {
  const np = npRight(v, cue.last + 1, s1);
  if (!np || v.tokens[np[0]]?.pos === 'PRON' || !isNameLike(v, [np[0], np[0]])) return null;
  const after = v.low[np[1] + 1] ?? '';
  if (after === ',' && isQuote(v.low[np[1] + 2]) && np[1] + 2 <= last)
    return { source: np, content: [[np[1] + 2, last]], frame: 'inverted' };
  // the previous sentence ends with the quotation
  if (CLOSE_QUOTES.has(v.low[cue.first - 1] ?? '') && (after === ',' || np[1] >= last))
    return { source: np, content: [], frame: 'previous-sentence' };
  return null;
}

/** forms of be (and get) that make a participle passive; "'s" is left out ("he's said" is has) */
const PASSIVE_AUX = new Set([...BE_FORMS, 'get', 'gets', 'got', 'getting']);

/** "is widely expected", "was told", "had been reported": a participle after a form of be. */
function passiveVoice(v: TokenView, g: number, cue: CueCandidate): boolean {
  if (cue.kind !== 'verb' || !cue.verb || cue.rule.includes('#adj-')) return false;
  const low = v.low[cue.first] ?? '';
  if (low !== cue.verb.participle && !/(?:ed|en|wn)$/.test(low)) return false;
  for (let k = g; k < cue.first; k++) if (PASSIVE_AUX.has(v.low[k] ?? '')) return true;
  return false;
}

/**
 * A passive frame (PolNeAR train: passives carry no source unless an agent follows): "All three
 * candidates are expected to speak" -> no source, the subject inside the content; "The senator
 * was told that ..." (a hearer verb) -> no source, the subject (the hearer) left out; "it was
 * never mentioned by the moderators" -> the agent is the source, the subject the content.
 */
function passiveFrame(
  v: TokenView,
  cue: CueCandidate,
  subject: Range | null,
  right: Range,
  s1: number,
): Pick<Frame, 'source' | 'content' | 'frame'> {
  if (v.low[cue.last + 1] === 'by') {
    const agent = npRight(v, cue.last + 2, s1);
    if (agent && subject) return { source: agent, content: [subject], frame: 'passive' };
  }
  const from = subject && !cue.verb?.object ? subject[0] : right[0];
  return { source: null, content: [[from, right[1]]], frame: 'passive' };
}

function phraseFrame(
  v: TokenView,
  cue: CueCandidate,
  sent: Range,
  earlier: readonly Frame[],
  last: number,
  finish: (
    f: Omit<Frame, 'direct' | 'cue' | 'rule' | 'certainty' | 'nested'> & Partial<Frame>,
  ) => Frame | null,
): Frame | null {
  const [s0, s1] = sent;
  // the source: a noun phrase, or (when tagging breaks the chunk: "exit/VERB polls") the words
  // up to the next comma or the clause end, if they hold a noun
  let np = npRight(v, cue.last + 1, s1) ?? phraseTail(v, cue.last + 1, Math.min(s1, cue.last + 12));
  if (!np) return null;
  // appositive of names: "the Commander-in-Chief ..., General Oleksandr Syrskyi,"
  if (v.low[np[1] + 1] === ',') {
    const app = npRight(v, np[1] + 2, s1);
    if (app && v.low[app[1] + 1] === ',' && isNameLike(v, app)) np = [np[0], app[1]];
  }
  let lead = s0;
  while (lead < cue.first && /^(?:CCONJ|ADV|PUNCT)$/.test(v.tokens[lead]?.pos ?? '')) lead++;
  // a short opener before the phrase ("In addition, according to ...") still leads the clause
  const opener = v.low[cue.first - 1] === ',' && cue.first - lead <= 4 && v.low[np[1] + 1] === ',';
  if (lead === cue.first || opener) {
    // According to NP, CONTENT
    const from = v.low[np[1] + 1] === ',' ? np[1] + 2 : np[1] + 1;
    if (from > last || !hasWord(v, from, last)) return null;
    return finish({ source: np, content: [[from, last]], frame: 'phrase-first' });
  }
  const outer = earlier.at(-1);
  if (cue.phrase?.nested && outer && outer.content.length > 0) {
    const f = finish({ source: np, content: outer.content, frame: 'nested' });
    return f && { ...f, nested: true, direct: outer.direct };
  }
  const end = trimEnd(v, s0, cue.first - 1);
  // a content is a clause: "Transmits UNN with reference to X" is a credit line, not a claim
  if (end < s0 + 2 || !hasWord(v, s0, end)) return null;
  // CONTENT, according to NP: the source runs to the clause end
  const srcEnd =
    v.low[np[1] + 1] === ',' || np[1] >= last ? np[1] : Math.min(last, nextComma(v, np[1], last));
  return finish({ source: [np[0], srcEnd], content: [[s0, end]], frame: 'phrase-last' });
}

function phraseTail(v: TokenView, from: number, to: number): Range | null {
  let end = from - 1;
  let noun = false;
  for (let i = from; i <= to; i++) {
    const w = v.low[i] ?? '';
    if (w === ',' || /^[.;:!?]$/.test(w)) break;
    if (/^(?:NOUN|PROPN)$/.test(v.tokens[i]?.pos ?? '')) noun = true;
    end = i;
  }
  return noun && end >= from ? [from, end] : null;
}

function nextComma(v: TokenView, from: number, last: number): number {
  for (let i = from + 1; i <= last; i++) if (v.low[i] === ',') return i - 1;
  return last;
}
