/**
 * Rejects figures that name rather than count: a number after a label noun ("Article 5",
 * "Resolution 2254", "No. 10") or glued to a proper name ("iPhone 4", "Windows 7"),
 * footnote marks ("[2]"), the pronoun "one" ("one of the", "no one", "the one who"), and a
 * small figure after a definite determiner or possessive, in words or digits ("the two men",
 * "our 2 countries": a known group, not new figure information).
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { after, before, tokenAt, tokenBefore, type Candidate, type Context } from '../types.js';

export const RULE = 'quantities/refiners/not-a-number';

const PREV_WORD = /(\p{L}+\.?)\s+$/u;
const NEXT_WORD = /^\s+([\p{L}']+)/u;
const LIST_GAP = /^(?:,|,?\s+(?:and|or|&))\s*$|^\s*\/\s*$/;
const HEDGES = new Set(lexicon.approximators.map((a) => a.text.split(' ').pop() as string));

function isProperNameBefore(c: Candidate, ctx: Context): boolean {
  const i = tokenBefore(ctx.tokens, c.start);
  const t: Token | undefined = ctx.tokens[i];
  if (!t || t.pos !== 'PROPN') return false;
  // adjacent: only a space between the name and the figure, same sentence
  if (!/^[ \u00a0]$/.test(ctx.text.slice(t.end, c.start))) return false;
  const next = ctx.tokens[tokenAt(ctx.tokens, c.start)];
  if (next && next.sentence !== t.sentence) return false;
  if (!/^[A-Z]/i.test(t.text) || !/[A-Z]/.test(t.text)) return false;
  const w = t.text.toLowerCase();
  if (HEDGES.has(w) || lexicon.months.has(w)) return false;
  // sentence-initial capitalised words are often mis-tagged ("Only 3", "Another 50")
  const first =
    ctx.tokens[i - 1] === undefined || (ctx.tokens[i - 1] as Token).sentence !== t.sentence;
  return !first || /[A-Z].*[A-Z]|[a-z][A-Z]/.test(t.text);
}

function isLabel(word: string | undefined): boolean {
  if (!word) return false;
  return lexicon.labels.has(word) || (word.endsWith('s') && lexicon.labels.has(word.slice(0, -1)));
}

export function rejectNames(cands: Candidate[], ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const r = rejectOne(c, ctx);
    // "Resolutions 2254 and 2118": a label carries over a list
    const last = out[out.length - 1];
    if (
      !r.rejected &&
      last?.rejected?.endsWith('#label') &&
      r.digits &&
      LIST_GAP.test(ctx.text.slice(last.end, r.start))
    ) {
      out.push({ ...r, rejected: `${RULE}#label` });
    } else out.push(r);
  }
  return out;
}

function rejectOne(c: Candidate, ctx: Context): Candidate {
  if (c.rejected || (c.change !== null && c.value === null)) return c;
  const reject = (why: string): Candidate => ({ ...c, rejected: `${RULE}#${why}` });
  const prevRaw = PREV_WORD.exec(before(ctx.text, c.start, 24))?.[1];
  const prev = prevRaw?.toLowerCase().replace(/\.$/, '');
  // a word ending in a full stop is a label only as a listed abbreviation ("No. 10"); else
  // the stop ends the previous sentence ("... a 2 GHz model. 800 km ...")
  const labelled = prevRaw?.endsWith('.')
    ? lexicon.labels.has(prevRaw.toLowerCase())
    : isLabel(prev);
  if (c.kind !== 'currency' && labelled) {
    // "day 3" is a label, "3 days" a duration; "number" only as "number 10", not "a number of"
    return reject('label');
  }
  if (c.kind !== 'currency' && c.digits && isProperNameBefore(c, ctx)) return reject('name');
  if (ctx.text[c.start - 1] === '[' && ctx.text[c.end] === ']') return reject('footnote');
  if (!c.digits && isTitleCaseName(c, ctx)) return reject('title-case-name');
  if (
    !c.digits &&
    c.value === 1 &&
    !c.scaled &&
    /^one$/i.test(ctx.text.slice(c.numStart, c.numEnd))
  ) {
    const next = NEXT_WORD.exec(after(ctx.text, c.end, 20))?.[1]?.toLowerCase();
    if (prev && lexicon.oneBefore.has(prev)) return reject('pronoun-one');
    if (next && lexicon.oneAfter.has(next)) return reject('pronoun-one');
    // a bare "one" is the indefinite "one man I spoke to", not a figure; it counts when it
    // has a unit ("one dinar") or a hedge ("at least one")
    if (c.kind === null && !hedged(ctx.text, c.start)) return reject('bare-one');
  }
  if (
    !c.scaled &&
    c.kind === null &&
    c.value !== null &&
    c.value < 20 &&
    prev &&
    lexicon.definite.has(prev)
  ) {
    return reject('definite-group');
  }
  return c;
}

/** "Million Dollar Baby", "RBS Six Nations", "Channel Five": capitalised number words
 * inside a sentence are part of a name (a sentence-initial capital proves nothing). */
function isTitleCaseName(c: Candidate, ctx: Context): boolean {
  const written = ctx.text.slice(c.numStart, c.numEnd);
  if (!/^[A-Z]/.test(written)) return false;
  const i = tokenAt(ctx.tokens, c.numStart);
  const t = ctx.tokens[i];
  const prevTok = ctx.tokens[i - 1];
  if (!t || !prevTok || prevTok.sentence !== t.sentence) return false;
  // after an opening quote or bracket the capital may start a quoted sentence
  return !/^["“‘'([:]$/.test(prevTok.text);
}

function hedged(text: string, start: number): boolean {
  const prev = PREV_WORD.exec(before(text, start, 24))?.[1]?.toLowerCase();
  return prev !== undefined && HEDGES.has(prev.replace(/\.$/, ''));
}

/**
 * Runs after counted nouns are found: a small figure in words (under twenty) with no unit,
 * no counted noun, no hedge and no "of" after it is an idiom or an ellipsis ("divides the
 * city in two", "one or two"), not a figure worth reporting.
 */
export function rejectBareWords(cands: Candidate[], ctx: Context): Candidate[] {
  return cands.map((c) => {
    if (c.rejected || c.change !== null || c.digits || c.scaled || c.value === null) return c;
    if (c.value >= 20 || c.unit !== null || c.counted !== null || c.approx !== null) return c;
    if (/^\s+of\b/i.test(after(ctx.text, c.end, 6))) return c;
    return { ...c, rejected: `${RULE}#bare-word` };
  });
}
