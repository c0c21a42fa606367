/**
 * A sentence-independent view of the tokens with the small predicates the parsers share.
 * Built once per document by the stage; parsers only read it.
 */
import type { Token } from '../../../core/record.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS, NEGATORS } from '../../../core/words.js';

export interface TokenView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** lower-cased token texts, apostrophes normalised to ' */
  readonly low: readonly string[];
  /** [first, last] token index of each sentence; never empty (parenthesis splits mended) */
  readonly sentences: readonly [number, number][];
  /** index into `sentences` of each token */
  readonly sentenceOf: readonly number[];
  /** true for tokens inside a quotation (between its marks) */
  readonly quoted: readonly boolean[];
}

export function tokenView(text: string, tokens: readonly Token[]): TokenView {
  const low = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const { sentences, sentenceOf } = mendSentences(tokens);
  return { text, tokens, low, sentences, sentenceOf, quoted: quoteMask(text, tokens) };
}

/**
 * Sentences as the splitter gave them, except that a split right after a closing parenthesis
 * before a lower-case word is mended: "Rep. Gwen Moore (D-Wis.) said Friday." is one sentence
 * (the splitter ends one at the abbreviation's full stop inside the parenthesis); and a split
 * between the two apostrophes of an NYT-style closing mark (`win this.''`) moves the second
 * apostrophe back to the sentence it closes, the next sentence starting after it.
 */
function mendSentences(tokens: readonly Token[]): {
  sentences: [number, number][];
  sentenceOf: number[];
} {
  const sentences: [number, number][] = [];
  const sentenceOf: number[] = new Array<number>(tokens.length).fill(0);
  let prevSentence = -1;
  tokens.forEach((t, i) => {
    const cur = sentences.at(-1);
    const startsNew = t.sentence !== prevSentence;
    prevSentence = t.sentence;
    const prev = tokens[i - 1];
    const closing = t.text === "'" && prev?.text === "'" && prev.end === t.start;
    const mended =
      startsNew && cur !== undefined && ((prev?.text === ')' && /^[a-z]/.test(t.text)) || closing);
    // the rest of the splitter's sentence after a moved apostrophe starts a new one
    if (startsNew && closing) prevSentence = -1;
    if (cur && (!startsNew || mended)) cur[1] = i;
    else sentences.push([i, i]);
    sentenceOf[i] = sentences.length - 1;
  });
  return { sentences, sentenceOf };
}

/**
 * Quotation depth per token: curly marks open and close; straight double marks toggle. A
 * paragraph break closes any quotation left open (news style reopens it on the next paragraph).
 * Outlets mix their marks (`"...”`, `“..."`, `“...“` with an opening mark glued to the last word,
 * NYT `''...''`): any closing-capable mark closes an open quotation, whichever mark opened it.
 */
export function quoteMask(text: string, tokens: readonly Token[]): boolean[] {
  const out: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let open = false;
  let prevEnd = -1;
  tokens.forEach((t, i) => {
    if (open && text.slice(Math.max(prevEnd, 0), t.start).includes('\n')) open = false;
    const glued = i > 0 && t.start === prevEnd;
    prevEnd = t.end;
    if (t.text === '“') open = open && glued ? false : true;
    else if (t.text === '”') open = false;
    else if (t.text === '"' || t.text === "''") open = !open;
    else if (isDoubledApostrophe(tokens, i)) {
      // NYT style: '' written as two apostrophes, which wink splits; toggle once per pair
      if (tokens[i - 1]?.text !== "'" || tokens[i - 1]?.end !== t.start) open = !open;
    } else if (isSplitOpening(tokens, i)) {
      open = !open;
    } else out[i] = open;
  });
  return out;
}

/** one of two apostrophes written together as a double quotation mark (''...'') */
export function isDoubledApostrophe(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.text !== "'") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (prev?.text === "'" && prev.end === t.start) || (next?.text === "'" && next.start === t.end)
  );
}

/** an opening ''A that wink splits as ' + 'A: the first apostrophe stands for the whole mark */
export function isSplitOpening(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t?.text === "'" && next?.start === t.end && /^'\w/.test(next.text);
}

export const OPEN_QUOTES = new Set(['“', '"', '‘', "''", '``', "'"]);
// '“' too: some outlets close a quotation with an opening mark glued to its last word (`“It's unusual,“ said X`)
export const CLOSE_QUOTES = new Set(['”', '"', '’', "''", "'", '“']);
export const QUOTES = new Set(['“', '”', '"', '‘', '’', "''", '``']);

export function isQuote(s: string | undefined): boolean {
  return s !== undefined && QUOTES.has(s);
}

/** Auxiliaries and negation that may stand between a subject and its reporting verb. */
export const VERB_GROUP = new Set([
  ...HAVE_FORMS,
  "'s",
  ...BE_FORMS,
  ...DO_FORMS,
  ...MODALS,
  ...NEGATORS,
  'to',
]);

export const POSSESSIVE_PRON = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

export const SENT_END = new Set(['.', '!', '?', ';']);
