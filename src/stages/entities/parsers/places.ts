/**
 * Places named with a lower-case place word: "Kursk region", "Donetsk oblast", "Pokrovsk
 * direction", "the city of Mosul" (words and admin levels in data/entities/place-words.json).
 * The name part is the capitalised run just before (or after "the city of").
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { isCap, lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';

const RULE = 'lexicon:data/entities/place-words.json';

export function places(_text: string, tokens: readonly Token[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isCap(t)) continue;
    const two = `${lower(t)} ${lower(tokens[i + 1])}`;
    const wordEnd = lex.placeWords.has(two) && tokens[i + 1]?.sentence === t.sentence ? i + 1 : i;
    const admin = lex.placeWords.get(wordEnd > i ? two : lower(t));
    if (!admin) continue;
    // "Kursk region": capitalised run right before
    let first = i;
    while (
      first > 0 &&
      first > i - 3 &&
      isCap(tokens[first - 1]) &&
      tokens[first - 1]?.sentence === t.sentence &&
      !lex.notNames.has((tokens[first - 1] as Token).text)
    )
      first--;
    // not after a demonym: "the Syrian state" is a government, "Russian territory" no name
    const demonym = lex.demonyms.has(lower(tokens[first]));
    if (
      first < i &&
      !demonym &&
      tokens[first]?.pos !== 'ADJ' &&
      !/^\d/.test(tokens[first - 1]?.text ?? '')
    ) {
      const a = tokens[first] as Token;
      const b = tokens[wordEnd] as Token;
      out.push(
        candidate({
          start: a.start,
          end: b.end,
          first,
          last: wordEnd,
          type: 'place',
          form: 'name',
          rule: `${RULE}#${lower(t)}`,
          admin,
          priority: 2,
        }),
      );
      i = wordEnd;
      continue;
    }
    // "the city of Mosul"
    if (
      lower(tokens[i - 1]) === 'the' &&
      lower(tokens[wordEnd + 1]) === 'of' &&
      isCap(tokens[wordEnd + 2])
    ) {
      let last = wordEnd + 2;
      while (isCap(tokens[last + 1]) && tokens[last + 1]?.sentence === t.sentence) last++;
      const a = tokens[wordEnd + 2] as Token;
      const b = tokens[last] as Token;
      out.push(
        candidate({
          start: a.start,
          end: b.end,
          first: wordEnd + 2,
          last,
          type: 'place',
          form: 'name',
          rule: `${RULE}#${lower(t)}-of`,
          admin,
          priority: 2,
        }),
      );
      i = last;
    }
  }
  return out;
}
