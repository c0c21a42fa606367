/**
 * sentences: splits the text into sentences and tokens with wink-nlp's lite English model,
 * then repairs the splits news text needs (refiners/). Tokens carry character offsets, which
 * wink does not give directly: we rebuild them from each token's preceding white space,
 * relying on wink's guarantee that tokens plus white space reproduce the input.
 */
import { nlp } from '../../core/nlp.js';
import type { Sentence, Token } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { repairSentences } from './refiners/repair.js';

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const { tokens, bounds } = tokenize(doc.text);
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

/** Tokens with offsets, and wink's sentence boundaries as [firstToken, lastToken] pairs. */
export function tokenize(text: string): { tokens: Token[]; bounds: [number, number][] } {
  const its = nlp().its;
  const wdoc = nlp().readDoc(text);
  const values = wdoc.tokens().out() as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  // wink token index -> our token index (white-space tokens such as line breaks are dropped)
  const index: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    const at = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    const start = at < 0 ? offset : at;
    const end = start + value.length;
    offset = end;
    index[i] = tokens.length;
    if (value.trim() === '') continue;
    tokens.push({ start, end, text: text.slice(start, end), pos: pos[i] ?? 'X', sentence: 0 });
  }
  const bounds: [number, number][] = [];
  wdoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as [number, number];
    const first = index[span[0]] ?? tokens.length;
    if (first < tokens.length) bounds.push([first, first]);
  });
  return { tokens, bounds };
}
