/**
 * Places referred to by a common noun with "the": "the city", "the area", "the border"
 * (re3d annotates these as locations; events use them as places). Nouns are the place words
 * of data/entities/place-words.json plus a few general ones; keyed by noun, so repeated
 * "the city" mentions in one article are one entity.
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';

const GENERAL = new Set([
  'library',
  'school',
  'mosque',
  'church',
  'restaurant',
  'village',
  'hotel',
  'area',
  'country',
  'capital',
  'border',
  'frontline',
  'front line',
  'site',
  'compound',
  'scene',
  'territory',
  'neighbourhood',
  'neighborhood',
  'market',
  'building',
]);
const SKIP_ADMIN = new Set(['natural']);

export function nominalPlaces(_text: string, tokens: readonly Token[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (lower(tokens[i - 1]) !== 'the') continue;
    const t = tokens[i] as Token;
    if (t.pos !== 'NOUN') continue;
    let w = lower(t);
    let last = i;
    // two-word place nouns: "the front line", "the power plant", "the refugee camp"
    const two = `${w} ${lower(tokens[i + 1])}`;
    if (
      GENERAL.has(two) ||
      lex.placeWords.has(two) ||
      (lex.placeWords.get(lower(tokens[i + 1])) === 'facility' && tokens[i + 1]?.pos === 'NOUN')
    ) {
      w = GENERAL.has(two) || lex.placeWords.has(two) ? two : lower(tokens[i + 1]);
      last = i + 1;
    }
    const admin = lex.placeWords.get(w);
    if (!(admin && !SKIP_ADMIN.has(admin)) && !GENERAL.has(w)) continue;
    const the = tokens[i - 1] as Token;
    const end = (tokens[last] as Token).end;
    out.push(
      candidate({
        start: the.start,
        end,
        first: i - 1,
        last,
        type: 'place',
        form: 'nominal',
        rule: `entities/parsers/nominal-places#${w}`,
        key: `nominal-place:${w}`,
        admin: admin ?? null,
        priority: 0,
      }),
    );
    i = last;
  }
  return out;
}
