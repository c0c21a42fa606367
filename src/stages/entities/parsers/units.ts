/**
 * Numbered military formations: "the 155th Marine Brigade", "3rd Separate Assault Brigade",
 * "1st Battalion". An ordinal, up to four capitalised words, then a unit head word from
 * data/entities/unit-words.json.
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { isCap, lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';

const ORDINAL =
  /^(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;

export function units(_text: string, tokens: readonly Token[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!ORDINAL.test(t.text)) continue;
    let last = -1;
    for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
      const w = tokens[k] as Token;
      if (w.sentence !== t.sentence || !isCap(w)) break;
      if (lex.unitWords.has(lower(w))) last = k;
    }
    if (last < 0) continue;
    // "Brigade of the ..." is left to the name tagger's "of" handling
    const b = tokens[last] as Token;
    out.push(
      candidate({
        start: t.start,
        end: b.end,
        first: i,
        last,
        type: 'military-unit',
        form: 'name',
        rule: 'entities/parsers/units#ordinal-unit',
        priority: 3,
      }),
    );
    i = last;
  }
  return out;
}
