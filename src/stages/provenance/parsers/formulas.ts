/**
 * Finds the outlet chain in the formulas outlets use about themselves:
 * - publisher formulas, a sentence of their own: "Transmits UNN with reference to The New
 *   York Times." (data/provenance/cues.json publisherVerbs + citing);
 * - wire datelines: "KYIV, Jan 31 (Reuters) - ...";
 * - credit lines: "Source: Reuters", "originally published by The Conversation".
 * Each step is proposed with its span and the lexicon entry that matched.
 */
import cues from '../../../../data/provenance/cues.json' with { type: 'json' };
import type { ProvenanceStep, Sentence } from '../../../core/record.js';
import { readName } from './name.js';

const LEXICON = 'lexicon:data/provenance/cues.json#';
/**
 * A wire dateline opens a paragraph: an optional upper-case place and date, then the agency
 * in parentheses and a dash ("KYIV, Jan 31 (Reuters) -", "(AP) —"). Anywhere else, "(MPC) -"
 * is an acronym in running text.
 */
const DATELINE =
  /^(?:[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}(?:, [A-Za-z]{3,9}\.? \d{1,2})?\s)?\(([A-Z][A-Za-z&.]{0,20}(?: [A-Z][A-Za-z&.]{0,20}){0,3})\)\s?[-–—]/m;
/** How far into the text a wire dateline may stand (it opens the first paragraphs). */
const DATELINE_WINDOW = 300;

function startsWithWord(text: string, at: number, word: string): boolean {
  if (!text.startsWith(word, at)) return false;
  const next = text[at + word.length];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next);
}

function step(
  text: string,
  span: { start: number; end: number },
  role: ProvenanceStep['role'],
  rule: string,
): ProvenanceStep {
  const t = text.slice(span.start, span.end);
  return { start: span.start, end: span.end, text: t, name: t, role, rule };
}

/** "Transmits UNN with reference to The New York Times." */
export function publisherFormula(text: string, sentence: Sentence): ProvenanceStep[] {
  const s = sentence.start;
  const limit = sentence.end;
  for (const verb of cues.publisherVerbs) {
    if (!startsWithWord(text, s, verb.cue)) continue;
    const publisher = readName(text, s + verb.cue.length, limit);
    if (!publisher) continue;
    const steps = [step(text, publisher, 'publisher', LEXICON + verb.cue)];
    let at = publisher.end;
    while (text[at] === ',' || text[at] === ' ') at++;
    for (const cite of cues.citing) {
      if (!startsWithWord(text, at, cite.cue)) continue;
      const source = readName(text, at + cite.cue.length, limit);
      if (source) {
        steps.push(step(text, source, 'source', LEXICON + cite.cue));
        at = source.end;
      }
      break;
    }
    // the formula must be the whole sentence, or it is an ordinary "Reports say ..." clause
    if (/^[\s.:]*$/.test(text.slice(at, limit))) return steps;
  }
  return [];
}

/** "KYIV, Jan 31 (Reuters) - ..." near the start of the text. */
export function wireDateline(text: string): ProvenanceStep[] {
  const m = DATELINE.exec(text.slice(0, DATELINE_WINDOW));
  if (!m || m[1] === undefined) return [];
  const start = m.index + m[0].lastIndexOf('(') + 1;
  return [step(text, { start, end: start + m[1].length }, 'publisher', 'provenance/wire-dateline')];
}

/** "Source: Reuters" as a line of its own, or "originally published by The Conversation". */
export function creditLine(text: string, sentence: Sentence): ProvenanceStep[] {
  const s = sentence.start;
  // searched within the sentence only: indexOf over the rest of the text made this quadratic
  // in the article's length (a 1 MB text took 56 s)
  const body = text.slice(s, sentence.end);
  for (const credit of cues.creditLines) {
    const at = credit.cue.endsWith(':') || credit.cue === 'Via' ? s : s + body.indexOf(credit.cue);
    if (at < s || at >= sentence.end || !text.startsWith(credit.cue, at)) continue;
    const name = readName(text, at + credit.cue.length, sentence.end);
    if (!name) continue;
    if (at === s && !/^[\s.]*$/.test(text.slice(name.end, sentence.end))) continue;
    return [step(text, name, 'source', LEXICON + credit.cue)];
  }
  return [];
}
