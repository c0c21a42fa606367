/**
 * Roles of persons written in apposition: "the Commander-in-Chief of the Armed Forces of
 * Ukraine, General Oleksandr Syrskyi" (before) and "Oleksandr Syrskyi, the commander of ...,"
 * (after). The phrase must start with a title from data/entities/titles.json (after an
 * optional article, demonym or possessive) and stays inside the sentence, at most 12 tokens.
 */
import type { Token } from '../../../core/record.js';
import { lower } from '../match.js';
import { titleAt } from '../parsers/proper-names.js';
import type { Candidate } from '../types.js';

const MAX = 12;
const STOP = new Set([
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  'said',
  'says',
  'and',
  'who',
  'which',
]);

function phraseBefore(text: string, tokens: readonly Token[], comma: number): string | null {
  let best: number | null = null;
  for (let k = comma - 1; k >= 0 && k >= comma - MAX; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== (tokens[comma] as Token).sentence || STOP.has(lower(t))) break;
    if (titleAt(text, tokens, k, comma - 1) >= 0) best = k;
  }
  if (best === null) return null;
  return text.slice((tokens[best] as Token).start, (tokens[comma - 1] as Token).end);
}

function phraseAfter(text: string, tokens: readonly Token[], comma: number): string | null {
  let k = comma + 1;
  const first = k;
  if (['the', 'a', 'an'].includes(lower(tokens[k]))) k++;
  let title = -1;
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    title = titleAt(text, tokens, j, j + 5);
    if (title >= 0) break;
  }
  if (title < 0) return null;
  let end = title;
  while (
    end + 1 < tokens.length &&
    end + 1 < first + MAX &&
    !STOP.has(lower(tokens[end + 1])) &&
    tokens[end + 1]?.sentence === tokens[comma]?.sentence
  )
    end++;
  return text
    .slice((tokens[first] as Token).start, (tokens[end] as Token).end)
    .replace(/^(?:the|an?) /i, '');
}

export function attachRoles(
  text: string,
  tokens: readonly Token[],
  cands: readonly Candidate[],
): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'person' || c.form !== 'name') return c;
    const titles = [...c.titles];
    // the token before the name, or before its title: "..., General Oleksandr Syrskyi"
    let k = c.first - 1;
    while (k >= 0 && titleAt(text, tokens, k, c.first - 1) >= 0 && tokens[k]?.text !== ',') k--;
    if (tokens[k]?.text === ',') {
      const before = phraseBefore(text, tokens, k);
      if (before) titles.unshift(before);
    }
    if (tokens[c.last + 1]?.text === ',') {
      const after = phraseAfter(text, tokens, c.last + 1);
      if (after) titles.push(after);
    }
    return titles.length === c.titles.length ? c : { ...c, titles };
  });
}
