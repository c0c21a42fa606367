/**
 * Rebuilds running text from MEANTIME's pre-split tokens and gives each token its character
 * span in that text, so token-anchored markables become character spans.
 *
 * Tokens are joined by a space except: before closing punctuation, '...' and clitics ('s,
 * n't, 're ...); after opening brackets and currency symbols; inside quotes (`` “ open, '' ”
 * close, a straight " opens or closes by turn; every double quote is written "); around a
 * lone apostrophe ("Jobs ' health" -> "Jobs' health", "we ' re" -> "we're").
 *
 * Layout: 'lines' puts each sentence on its own line; 'paragraphs' makes the title and the
 * date line (sentences 0 and 1) paragraphs of their own and runs the body sentences on.
 *
 * @example
 * detokenize([{ word: 'It', sentence: 0 }, { word: "'s", sentence: 0 }], 'lines').text // "It's"
 */
export interface Word {
  word: string;
  sentence: number;
}

export type Layout = 'lines' | 'paragraphs';

export interface Detokenized {
  text: string;
  /** [start, end) of each input token, in input order */
  spans: [number, number][];
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ':',
  ';',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  '...',
  "'s",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', 'US$', '£', '€', '`']);
const OPEN_QUOTE = new Set(['``', '“']);
const CLOSE_QUOTE = new Set(["''", '”']);
const APOSTROPHE = new Set(["'", '’']);
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm', 't']);

type Kind = 'word' | 'open' | 'close' | 'apostrophe';

function sentenceBreak(prev: number, layout: Layout): string {
  if (layout === 'lines') return '\n';
  return prev < 2 ? '\n\n' : ' ';
}

export function detokenize(words: readonly Word[], layout: Layout): Detokenized {
  let text = '';
  const spans: [number, number][] = [];
  let quoteOpen = false;
  let prev: { word: string; kind: Kind; sentence: number } | null = null;
  for (const { word, sentence } of words) {
    let kind: Kind = 'word';
    if (OPEN_QUOTE.has(word) || (word === '"' && !quoteOpen)) kind = 'open';
    else if (CLOSE_QUOTE.has(word) || word === '"') kind = 'close';
    else if (APOSTROPHE.has(word)) kind = 'apostrophe';
    if (kind === 'open') quoteOpen = true;
    if (kind === 'close') quoteOpen = false;
    const tok = kind === 'open' || kind === 'close' ? '"' : word;
    if (prev && prev.sentence !== sentence) text += sentenceBreak(prev.sentence, layout);
    else if (prev && !glued(prev, { word, kind })) text += ' ';
    spans.push([text.length, text.length + tok.length]);
    text += tok;
    prev = { word, kind, sentence };
  }
  return { text, spans };
}

/** true when `cur` attaches to `prev` without a space */
function glued(prev: { word: string; kind: Kind }, cur: { word: string; kind: Kind }): boolean {
  if (NO_SPACE_BEFORE.has(cur.word) || cur.kind === 'close' || cur.kind === 'apostrophe')
    return true;
  if (NO_SPACE_AFTER.has(prev.word) || prev.kind === 'open') return true;
  // "we ' re" -> "we're", "It ’ s" -> "It’s"
  return prev.kind === 'apostrophe' && CLITICS.has(cur.word.toLowerCase());
}
