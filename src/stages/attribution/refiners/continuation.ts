/**
 * Continued quotations: '“We will not back down,” Smith said. “The vote was a turning point.”'
 * The speaker of a framed quotation carries through the quoted sentences that follow it in the
 * same paragraph, until a sentence with a frame of its own, a sentence that is not a quotation,
 * or a paragraph break. Each continuing quotation becomes a frame of its own with the same source
 * and cue, marked `continues` (the frame it continues), so that its claims and
 * events are credited to the speaker and not to the article.
 */
import type { Frame } from '../parsers/frames.js';
import type { Range } from '../parsers/np.js';
import { CLOSE_QUOTES, type TokenView } from '../parsers/tokens.js';

const OPENING = new Set(['“', '"']);

/** quotations carried by one frame at most (a speech transcript stays bounded) */
const MAX_CONTINUED = 12;
/** tokens one continuing quotation may run over before its closing mark */
const MAX_TOKENS = 400;

/** a paragraph break (any line break) between two character offsets */
function paragraphBreak(v: TokenView, from: number, to: number): boolean {
  return v.text.slice(from, to).includes('\n');
}

/** The last token of the quotation opened at `open`: its closing mark, or -1. */
function quotationEnd(v: TokenView, open: number): number {
  const curly = v.low[open] === '“';
  for (let i = open + 1; i < Math.min(v.tokens.length, open + MAX_TOKENS); i++) {
    const t = v.low[i] ?? '';
    if (curly ? t === '”' : t === '"') return i;
    if (curly && t === '“') return -1;
    // a quotation does not run over a paragraph break here: news style reopens it there
    if (paragraphBreak(v, v.tokens[i - 1]?.end ?? 0, v.tokens[i]?.start ?? 0)) return -1;
  }
  return -1;
}

export function continuedQuotes(v: TokenView, frames: readonly Frame[]): Frame[] {
  // sentences that hold a cue or lie inside some frame's content have their own attribution
  const taken = new Set<number>();
  for (const f of frames) {
    taken.add(v.sentenceOf[f.cue[0]] ?? -1);
    for (const [a, b] of f.content)
      for (let s = v.sentenceOf[a] ?? 0; s <= (v.sentenceOf[b] ?? -1); s++) taken.add(s);
  }
  // the last direct frame of each sentence whose quotation closes its content
  const lastDirect = new Map<number, number>();
  frames.forEach((f, k) => {
    const end = f.content.at(-1)?.[1];
    if (end === undefined || f.nested || !f.source) return;
    if (!CLOSE_QUOTES.has(v.low[end] ?? '') && !CLOSE_QUOTES.has(v.low[end + 1] ?? '')) return;
    // the frame's last sentence: the cue's or the content's, whichever ends later
    const s = Math.max(v.sentenceOf[f.cue[1]] ?? 0, v.sentenceOf[end] ?? 0);
    lastDirect.set(s, k);
  });
  const after = new Map<number, Frame[]>();
  for (const [s, k] of lastDirect) {
    const parent = frames[k];
    if (!parent) continue;
    let prevEnd = v.tokens[v.sentences[s]?.[1] ?? -1]?.end ?? 0;
    let next = s + 1;
    for (let n = 0; n < MAX_CONTINUED; n++) {
      const sent = v.sentences[next];
      if (!sent || taken.has(next)) break;
      const open = sent[0];
      // a double mark only: a sentence-initial single mark is as often an apostrophe ('90s)
      if (!OPENING.has(v.low[open] ?? '')) break;
      if (paragraphBreak(v, prevEnd, v.tokens[open]?.start ?? prevEnd)) break;
      const close = quotationEnd(v, open);
      if (close < 0) break;
      const lastSentence = v.sentenceOf[close] ?? next;
      // a frame inside the quotation's later sentences ends the run before it
      let framed = false;
      for (let t = next + 1; t <= lastSentence; t++) if (taken.has(t)) framed = true;
      if (framed) break;
      // the rest of the last sentence after the closing mark must be punctuation only
      const sentEnd = v.sentences[lastSentence]?.[1] ?? close;
      let tail = false;
      for (let t = close + 1; t <= sentEnd; t++) if (/\w/.test(v.low[t] ?? '')) tail = true;
      if (tail) break;
      const content: Range = [open, close];
      const more = after.get(k) ?? [];
      more.push({
        ...parent,
        content: [content],
        direct: true,
        frame: 'continued-quote',
        continues: parent,
      });
      after.set(k, more);
      prevEnd = v.tokens[sentEnd]?.end ?? prevEnd;
      next = lastSentence + 1;
    }
  }
  // each continuation right after the frame it continues
  return frames.flatMap((f, k) => [f, ...(after.get(k) ?? [])]);
}
