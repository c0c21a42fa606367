/**
 * Places referred to by a common noun with a determiner: "the city", "the area", "a mosque",
 * "this street", "a besieged town" (re3d annotates these as locations; events use them as
 * places). Nouns are the place words
 * of data/entities/place-words.json (within the frame an entry's "nominal" allows) plus a few
 * general ones; keyed by noun, so repeated
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
  'station',
  'petrol station',
  'courthouse',
  'canal',
  'safehouse',
  'shopping centre',
  'shopping center',
  'field',
  'farm',
  'university',
  'town',
  'city',
]);
/** determiners that open a nominal place mention: "the city", "a mosque", "this street",
 * "another area"; after "a"/"an"/"another" each mention is its own place */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another']);
const INDEFINITE = new Set(['a', 'an', 'another']);
const SKIP_ADMIN = new Set(['natural']);

export function nominalPlaces(_text: string, tokens: readonly Token[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const det = lower(tokens[i - 1]);
    if (!DETERMINERS.has(det)) continue;
    const from = i - 1;
    // one lower-case adjective between: "a besieged town", "the same village"
    const adj = tokens[i];
    const phrase = `${lower(adj)} ${lower(tokens[i + 1])}`;
    const known = GENERAL.has(phrase) || lex.placeWords.has(phrase);
    if (
      !known &&
      (adj?.pos === 'ADJ' || lower(adj) === 'same') &&
      !/^\p{Lu}/u.test(adj?.text ?? '') &&
      tokens[i + 1]?.pos === 'NOUN'
    )
      i++;
    const t = tokens[i] as Token;
    // "the front line": a known two-word place whatever the tagger made of its first word
    if ((t.pos !== 'NOUN' && !known) || t.sentence !== tokens[from]?.sentence) {
      i = from + 1;
      continue;
    }
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
    // "an artillery barrage", "a sea mine": words whose common reading is no place are
    // places only in the frame their entry allows (place-words.json "nominal")
    const frame = lex.placeWordFrames.get(w);
    if (frame === 'never' || (frame === 'bare' && last !== from + 1)) {
      i = from + 1;
      continue;
    }
    const indefinite = INDEFINITE.has(det);
    // after "a", rivers and mountains are places too ("a river"); with "the", natural
    // features are usually a named one's short form, left to the name tagger
    if (!(admin && (indefinite || !SKIP_ADMIN.has(admin))) && !GENERAL.has(w)) {
      i = from + 1;
      continue;
    }
    // "the market value", "a school teacher": the place noun modifies the next noun
    const after = tokens[last + 1];
    if (after?.pos === 'NOUN' && after.sentence === t.sentence && !/^\p{Lu}/u.test(after.text)) {
      i = from + 1;
      continue;
    }
    const the = tokens[from] as Token;
    const end = (tokens[last] as Token).end;
    out.push(
      candidate({
        start: the.start,
        end,
        first: from,
        last,
        type: 'place',
        form: 'nominal',
        rule: `entities/parsers/nominal-places#${w}`,
        key: indefinite ? `nominal-place:${the.start}` : `nominal-place:${w}`,
        admin: admin ?? null,
        priority: 0,
      }),
    );
    i = last;
  }
  return out;
}
