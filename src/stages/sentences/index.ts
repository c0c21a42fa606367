/**
 * sentences: splits the text into sentences and tokens with wink-nlp's lite English model,
 * then repairs the splits news text needs (refiners/). Tokens carry character offsets, which
 * wink does not give directly: we rebuild them from each token's preceding white space,
 * relying on wink's guarantee that tokens plus white space reproduce the input.
 */
import { PipelineError } from '../../core/errors.js';
import { nlp, readDoc } from '../../core/nlp.js';
import type { Sentence, Token } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { repairSentences } from './refiners/repair.js';

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc, ctx) {
    const { tokens, bounds } = tokenize(doc.text, sentencesOptions(ctx.options.sentences));
    const spans = repairSentences(doc.text, tokens, bounds);
    const sentences: Sentence[] = [];
    for (const [first, last] of spans) {
      const a = tokens[first];
      const b = tokens[last];
      if (!a || !b) continue;
      const index = sentences.length;
      for (let i = first; i <= last; i++) (tokens[i] as Token).sentence = index;
      sentences.push({ index, start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) });
    }
    return { sentences, tokens };
  },
};

/**
 * wink's tokenizer re-splits a run of characters without white space in quadratic time
 * ("5km5km...", "a.a.a...": 12k characters took 0.6 s, 40k took 2 s). Runs longer than this
 * (no news word is) are hidden from wink and kept as single "X" tokens.
 */
const LONG_RUN = 64;
const LONG_RUN_RE = new RegExp(`\\S{${LONG_RUN + 1},}`, 'g');

export interface SentencesOptions {
  /** tag parts of speech (default true); without, every token's `pos` is "X" */
  pos: boolean;
}

/** Checks the preset's options for this stage, naming a bad value. */
export function sentencesOptions(raw: unknown): SentencesOptions {
  if (raw === undefined) return { pos: true };
  const pos = (raw as { pos?: unknown } | null)?.pos;
  if (typeof raw !== 'object' || raw === null || (pos !== undefined && typeof pos !== 'boolean')) {
    throw new PipelineError(`options for stage "sentences" must be { pos?: boolean }, not ${JSON.stringify(raw)}`);
  }
  return { pos: pos ?? true };
}

/** Tokens with offsets, and sentence starts as token indices. */
export function tokenize(
  text: string,
  opts: SentencesOptions = { pos: true },
): { tokens: Token[]; bounds: [number, number][] } {
  const long: Token[] = [];
  const masked = text.replace(LONG_RUN_RE, (run, at: number) => {
    long.push({ start: at, end: at + run.length, text: run, pos: 'X', sentence: 0 });
    return ' '.repeat(run.length);
  });
  const its = nlp(opts.pos).its;
  const wdoc = readDoc(masked, opts.pos);
  const values = wdoc.tokens().out() as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = opts.pos ? (wdoc.tokens().out(its.pos) as string[]) : [];
  const winkTokens: Token[] = [];
  // wink token index -> character offset where it starts (white-space tokens are dropped)
  const startOf: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    const at = masked.startsWith(value, offset) ? offset : masked.indexOf(value, offset);
    const start = at < 0 ? offset : at;
    const end = start + value.length;
    offset = end;
    startOf[i] = start;
    if (value.trim() === '') continue;
    const token = { start, end, text: text.slice(start, end), pos: pos[i] ?? 'X', sentence: 0 };
    const clitic = POSSESSIVE.exec(value);
    if (clitic) winkTokens.push(...splitPossessive(token, clitic[0].length));
    else winkTokens.push(token);
  }
  const sentenceStarts: number[] = [];
  wdoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as [number, number];
    const at = startOf[span[0]];
    if (at !== undefined) sentenceStarts.push(at);
  });
  const tokens = long.length === 0 ? winkTokens : mergeByStart(winkTokens, long);
  // sentence starts as token indices: the first token at or after each start offset
  const bounds: [number, number][] = [];
  let k = 0;
  for (const at of sentenceStarts) {
    while (k < tokens.length && (tokens[k] as Token).end <= at) k++;
    if (k < tokens.length) bounds.push([k, k]);
  }
  return { tokens, bounds };
}

/**
 * A word ending in a possessive clitic ("Trump’s", "nation's"). wink splits it as two
 * tokens, except where the word closes a sentence or a bracket ("... from Trump’s.",
 * "(Clinton's)"): there it comes out whole (and core/nlp.ts keeps wink from remembering
 * that whole form). The clitic is split off here so a possessive is always two tokens.
 */
const POSSESSIVE = /(?<=[\p{L}\p{N}.])['’][sS]$/u;

function splitPossessive(token: Token, cliticLength: number): Token[] {
  const cut = token.end - cliticLength;
  return [
    { ...token, end: cut, text: token.text.slice(0, -cliticLength) },
    { ...token, start: cut, text: token.text.slice(-cliticLength), pos: token.pos === 'X' ? 'X' : 'PART' },
  ];
}

function mergeByStart(a: Token[], b: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.start < y.start)) {
      out.push(x as Token);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
