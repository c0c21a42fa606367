/**
 * Gold entity mentions for the entities evaluation, in one shape for every dataset.
 * `cls` is the evaluation class after the dataset's type mapping (PER, ORG, LOC, or another
 * label that is reported but not part of the PER/ORG/LOC targets). A gold span may carry
 * several classes when the dataset gives the same span more than one type (re3d does): a
 * prediction of any of them matches, and the span counts once, under its first class.
 */
export type EvalClass = 'PER' | 'ORG' | 'LOC' | string;

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  cls: EvalClass[];
}

export interface GoldDoc {
  id: string;
  text: string;
  /** publication date when the dataset gives one */
  published: string | null;
  gold: GoldMention[];
  /** predictions at or after this offset are not scored (MEANTIME annotates the first
   * sentences only) */
  scoreEnd?: number;
}

export interface GoldSet {
  name: string;
  /** how the dataset's types map to ours, printed with the figures */
  mapping: string;
  /** which of our mentions are compared: names only, or names and nominal mentions */
  scope: 'named' | 'all';
  docs: GoldDoc[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#' && (e[1] === 'x' || e[1] === 'X'))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e[0] === '#') return String.fromCodePoint(parseInt(e.slice(1), 10));
    return XML_ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Tokens that attach to the previous token without a space when rebuilding text. */
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
  "'s",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  "'",
  "''",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '``']);

/**
 * Rebuilds running text from pre-split tokens (MEANTIME gives tokens only). Returns the text
 * and each token's [start, end). PTB quotes `` and '' become ".
 */
export function detokenize(sentences: string[][]): { text: string; offsets: [number, number][][] } {
  let text = '';
  const offsets: [number, number][][] = [];
  for (const sent of sentences) {
    if (text !== '') text += '\n';
    const row: [number, number][] = [];
    let prev = '';
    for (let i = 0; i < sent.length; i++) {
      const raw = sent[i] ?? '';
      const tok = raw === '``' || raw === "''" ? '"' : raw;
      if (i > 0 && !NO_SPACE_BEFORE.has(raw) && !NO_SPACE_AFTER.has(prev)) text += ' ';
      row.push([text.length, text.length + tok.length]);
      text += tok;
      prev = raw;
    }
    offsets.push(row);
  }
  return { text, offsets };
}
