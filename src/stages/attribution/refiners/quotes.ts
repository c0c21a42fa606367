/**
 * Quotations across sentence boundaries: a content that opens a quotation the sentence
 * splitter cut runs on to the closing mark; a content that closes one starts at its opening
 * mark; a frame with no content in its own sentence ("he said.", "- US representatives say.")
 * takes the previous sentence.
 */
import type { Frame } from '../parsers/frames.js';
import type { Range } from '../parsers/np.js';
import { trimEnd } from '../parsers/frames.js';
import { isDoubledApostrophe, isSplitOpening, type TokenView } from '../parsers/tokens.js';

const MAX_SENTENCES = 6;
/** a quotation runs on at most this many tokens past its sentence */
const MAX_TOKENS = 400;
const CURLY_OPEN = '“';
const CURLY_CLOSE = '”';

function quoteBalance(v: TokenView, r: Range): { open: number; straight: number } {
  let open = 0;
  let straight = 0;
  for (let i = r[0]; i <= r[1]; i++) {
    const t = v.tokens[i]?.text ?? '';
    if (t === CURLY_OPEN) open++;
    else if (t === CURLY_CLOSE) open--;
    else if (
      t === '"' ||
      isSplitOpening(v.tokens, i) ||
      (isDoubledApostrophe(v.tokens, i) && !gluedApostrophe(v, i - 1, i))
    )
      // one count per run of apostrophes: '' is one mark, and so is ''' (a single quotation
      // closing inside a double one, "to yell, 'China bad.'''"), as in the quotation mask
      straight++;
  }
  return { open, straight };
}

/** tokens a and b are apostrophes written together */
function gluedApostrophe(v: TokenView, a: number, b: number): boolean {
  const x = v.tokens[a];
  const y = v.tokens[b];
  return x?.text === "'" && y?.text === "'" && x.end === y.start;
}

/** token i is a straight double mark or one of a run of apostrophes ('', ''') */
function straightMarkAt(v: TokenView, i: number): boolean {
  return (
    v.tokens[i]?.text === '"' || isDoubledApostrophe(v.tokens, i) || isSplitOpening(v.tokens, i)
  );
}

/** Index into `v.sentences` of the sentence holding a token (0 when out of range). */
function sentenceOf(v: TokenView, tok: number): number {
  return v.sentenceOf[tok] ?? 0;
}

function extendForward(v: TokenView, r: Range): Range {
  const { open, straight } = quoteBalance(v, r);
  // an odd straight mark that ends the range closes a quotation opened before it (a content that
  // starts inside it): extendBackward finds the opening mark
  if (open <= 0 && (straight % 2 === 0 || straightMarkAt(v, r[1]))) return r;
  const stop =
    v.sentences[Math.min(v.sentences.length - 1, sentenceOf(v, r[1]) + MAX_SENTENCES)]?.[1] ?? r[1];
  const want = open > 0 ? CURLY_CLOSE : '"';
  for (let i = r[1] + 1; i <= Math.min(stop, r[1] + MAX_TOKENS); i++) {
    const t = v.tokens[i]?.text;
    if (t === want) return [r[0], i];
    if (want === '"' && gluedApostrophe(v, i, i + 1)) {
      // the whole run of apostrophes closes it ('' or ''')
      let e = i + 1;
      while (gluedApostrophe(v, e, e + 1)) e++;
      return [r[0], e];
    }
    if (open > 0 && t === CURLY_OPEN) break;
  }
  return r;
}

function extendBackward(v: TokenView, r: Range): Range {
  const { open, straight } = quoteBalance(v, r);
  // an odd straight mark that starts the range opens it: extendForward finds the closing mark
  if (open >= 0 && (straight % 2 === 0 || straightMarkAt(v, r[0]))) return r;
  const stop = v.sentences[Math.max(0, sentenceOf(v, r[0]) - MAX_SENTENCES)]?.[0] ?? r[0];
  const want = open < 0 ? CURLY_OPEN : '"';
  for (let i = r[0] - 1; i >= Math.max(stop, r[0] - MAX_TOKENS); i--) {
    const t = v.tokens[i]?.text;
    if (t === want) return [i, r[1]];
    if (want === '"' && gluedApostrophe(v, i - 1, i)) {
      let b = i - 1;
      while (gluedApostrophe(v, b - 1, b)) b--;
      return [b, r[1]];
    }
    if (open < 0 && t === CURLY_CLOSE) break;
  }
  return r;
}

export function refineQuotes(v: TokenView, frames: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    let content = f.content;
    let direct = f.direct;
    if (content.length === 0 && f.frame === 'next-sentence') {
      const next = v.sentences[sentenceOf(v, f.cue[0]) + 1];
      if (!next) continue;
      const end = /^[”"]$/.test(v.tokens[next[1]]?.text ?? '')
        ? next[1]
        : trimEnd(v, next[0], next[1]);
      if (end < next[0]) continue;
      content = [[next[0], end]];
    } else if (content.length === 0) {
      const s = sentenceOf(v, f.cue[0]) - 1;
      const prev = v.sentences[s];
      if (!prev) continue;
      const end = /^[”"]$/.test(v.tokens[prev[1]]?.text ?? '')
        ? prev[1]
        : trimEnd(v, prev[0], prev[1]);
      if (end < prev[0]) continue;
      content = [[prev[0], end]];
      // the trailing "- X say" convention marks a quotation without quotation marks
      direct = true;
    }
    content = content.map((r, k) => {
      let x = r;
      if (k === content.length - 1) x = extendForward(v, x);
      if (k === 0) x = extendBackward(v, x);
      return x;
    });
    out.push({
      ...f,
      content,
      direct: direct || /^[“"]/.test(v.tokens[content[0]?.[0] ?? -1]?.text ?? ''),
    });
  }
  return out;
}
