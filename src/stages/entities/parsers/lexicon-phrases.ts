/**
 * Names the lexicon knows: countries (i18n-iso-countries and data/entities/country-aliases),
 * demonyms, outlets and organisations. Acronyms match case-sensitively; other phrases need
 * at least one capital letter in the text ("the parliament" is not "Parliament").
 */
import type { Token } from '../../../core/record.js';
import { firstPiece, lexicon } from '../lexicon.js';
import { longestPhrase } from '../match.js';
import { candidate, type Candidate } from '../types.js';

export function lexiconPhrases(text: string, tokens: readonly Token[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!lex.firstPieces.has(firstPiece(t.text))) continue;
    const hit = longestPhrase(text, tokens, i, lex.phrases, lex.maxChars);
    if (!hit) continue;
    const end = (tokens[hit.last] as Token).end;
    const written = text.slice(t.start, end);
    if (!/\p{Lu}/u.test(written)) continue;
    const entry = hit.entries.find(
      (e) => !e.caseSensitive || e.phrase === written.replace(/\s+/g, ' '),
    );
    if (!entry) continue;
    // a demonym glued to a hyphen is part of a compound ("Russian-Ukrainian war" keeps both,
    // "Afghan-born" is an adjective of the person)
    out.push(
      candidate({
        start: t.start,
        end,
        first: i,
        last: hit.last,
        type: entry.type,
        form: entry.form,
        rule: entry.rule,
        key: entry.key,
        name: entry.name,
        country: entry.country,
        admin:
          entry.type === 'country'
            ? 'country'
            : entry.type === 'place'
              ? (entry.kind ?? null)
              : null,
        priority: 2,
        ...(entry.kind && entry.form !== 'demonym' && entry.type !== 'place'
          ? { kind: entry.kind }
          : {}),
        // "Syrians", "North Koreans": the people of a country, as an actor
        ...(entry.form === 'demonym' && entry.kind === 'plural'
          ? { metonym: 'organisation' as const }
          : {}),
      }),
    );
    i = hit.last;
  }
  return out;
}
