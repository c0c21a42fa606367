/**
 * Words for the time parsers: the tokens layer's tokens, with hyphenated tokens split into
 * their parts so that "mid-January", "third-quarter", "two-year" and the day range "March
 * 28-30" read like their spaced forms. Offsets stay those of the text.
 */
import type { Token } from '../../core/record.js';
import type { Word } from './types.js';

export function toWords(text: string, tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  for (const t of tokens) {
    const glued = t.start === prevEnd;
    prevEnd = t.end;
    const dash = t.text.indexOf('-');
    // digits keep their hyphens ("2025-01-31", "1990-95"), except a day range "28-30"
    if (
      dash <= 0 ||
      dash === t.text.length - 1 ||
      (/^[\d-]+$/.test(t.text) && !/^\d{1,2}-\d{1,2}$/.test(t.text))
    ) {
      out.push(word(text, t.start, t.end, t.pos, t.sentence, glued));
      continue;
    }
    let at = t.start;
    let first = true;
    for (const part of t.text.split('-')) {
      if (part !== '')
        out.push(word(text, at, at + part.length, t.pos, t.sentence, first ? glued : true));
      at += part.length;
      if (at < t.end) out.push(word(text, at, at + 1, 'PUNCT', t.sentence, true));
      at += 1;
      first = false;
    }
  }
  return out;
}

function word(
  text: string,
  start: number,
  end: number,
  pos: string,
  sentence: number,
  glued: boolean,
): Word {
  const s = text.slice(start, end);
  return { start, end, text: s, lower: s.toLowerCase(), pos, sentence, glued };
}
