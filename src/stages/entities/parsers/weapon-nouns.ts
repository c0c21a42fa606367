/**
 * Weapons and military platforms named by a common noun, with their determiner and modifiers
 * as re3d spans them: "barrel bombs", "simple chemical weapons", "an ordinary artillery
 * round", "Israeli jets", "unmanned aircraft" (nouns and compounds in
 * data/entities/weapons.json `heads`). The noun must be the head: a noun after it makes it a
 * modifier ("missile strikes", "tank commander"), a verb reading is left out by its part of
 * speech ("they shell the town"), and listed modifiers make it no weapon ("think tank",
 * "passenger jet"). One entity per compound and country ("Israeli jets" and "the jets" of
 * another sentence are two).
 */
import type { Token } from '../../../core/record.js';
import { HAVE_FORMS } from '../../../core/words.js';
import { lexicon, norm } from '../lexicon.js';
import { lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';
import { weaponsLexicon, type WeaponNoun } from '../weapons-lexicon.js';
import { countryAt } from './shared.js';

/** determiners kept in the span ("such weapons", re3d); not "that", which is more often a
 * conjunction ("says that fighter jets ...") */
const DETERMINERS = new Set(['a', 'an', 'the', 'such', 'these', 'those', 'this']);
/** adjectives of amount that are no part of the weapon's name */
const AMOUNTS = new Set([
  'more',
  'most',
  'many',
  'much',
  'several',
  'few',
  'some',
  'any',
  'no',
  'all',
  'other',
  'each',
  'every',
  'enough',
]);
const MAX_MODIFIERS = 4;
const ARTICLES = new Set(['a', 'an', 'the']);
/** what may come before a participle used as an adjective ("the guided missiles", "by guided
 * missiles", ", upgraded tanks"): not its subject, an auxiliary or a word wink may mistag */
const BEFORE_PARTICIPLE = new Set(['DET', 'ADP', 'PUNCT', 'CCONJ', 'NUM']);
const HAVE = new Set([...HAVE_FORMS, 'having']);

export interface NounHit {
  first: number;
  last: number;
  entry: WeaponNoun;
  /** the weapon of an attack noun after it: no modifiers ("an Israeli [missile] strike") */
  attack: boolean;
}

const sentenceStart = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.sentence !== tokens[i]?.sentence;

/** The weapon noun phrase tokens[first..last] as written, if it is the head of its phrase
 * (`attack`: it names the weapon of an attack noun after it, "missile strike"). */
function check(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): { entry: WeaponNoun; attack: boolean } | null {
  const lex = weaponsLexicon();
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  const written = text.slice(a.start, b.end);
  const entry = lex.nouns.get(norm(written));
  if (!entry) return null;
  if (entry.caseSensitive) {
    const bare = written.replace(/s$/, '');
    if (bare !== bare.toUpperCase()) return null;
  } else {
    const rest = sentenceStart(tokens, first) ? written.slice(1) : written;
    if (rest !== rest.toLowerCase()) return null;
  }
  let attack = false;
  const next = tokens[last + 1];
  if (next && next.sentence === b.sentence) {
    if (next.text === '-' && next.start === b.end) return null;
    // "troops shell the town": a noun is not followed by an article, a verb is
    if (ARTICLES.has(lower(next))) return null;
    if (next.pos === 'NOUN' && next.text === next.text.toLowerCase()) {
      if (!lex.attackNouns.has(next.text)) return null;
      attack = true;
    }
  }
  // a capitalised common noun tagged PROPN is a name ("Jet, which was founded by ..."),
  // unless it is an acronym, or opens a sentence in the plural ("Tanks rolled in") or before
  // an attack noun ("Rocket fire continued")
  const plural = norm(written) !== norm(entry.name);
  const propn = entry.caseSensitive || ((plural || attack) && sentenceStart(tokens, first));
  if (b.pos !== 'NOUN' && !(b.pos === 'PROPN' && propn)) return null;
  // "think-tank": the modifier may be glued by a hyphen
  const glued = tokens[first - 1]?.text === '-' && tokens[first - 1]?.end === a.start;
  const before = tokens[glued ? first - 2 : first - 1];
  if (entry.notAfter && before?.sentence === a.sentence && entry.notAfter.has(lower(before)))
    return null;
  return { entry, attack };
}

/** The longest weapon noun phrase ending at token i. */
function weaponNounEndingAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): NounHit | null {
  const lex = weaponsLexicon();
  const t = tokens[i];
  if (!t || !lex.nounLastWords.has(t.text.toLowerCase())) return null;
  for (let n = lex.maxNounWords; n >= 1; n--) {
    const first = i - n + 1;
    if (first < 0 || tokens[first]?.sentence !== t.sentence) continue;
    const hit = check(text, tokens, first, i);
    if (hit) return { first, last: i, ...hit };
  }
  return null;
}

/** The longest weapon noun phrase starting at token i (after a model: "Su-25 jets"). */
export function weaponNounStartingAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): NounHit | null {
  const lex = weaponsLexicon();
  const t = tokens[i];
  if (!t) return null;
  for (let n = lex.maxNounWords; n >= 1; n--) {
    const last = i + n - 1;
    if (tokens[last]?.sentence !== t.sentence) continue;
    const hit = check(text, tokens, i, last);
    if (hit) return { first: i, last, ...hit };
  }
  return null;
}

/** Words of verbs before a noun are modifiers only as adjectives: "guided missiles",
 * "the upgraded tanks", not "have fired missiles", "the manual described chemical weapons",
 * "smuggling weapons" (wink often tags the participle ADJ or NOUN, so the word before
 * decides: nothing, or a determiner, preposition, punctuation, conjunction or number). */
function isModifier(t: Token, before: Token | undefined): boolean {
  const w = lower(t);
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && !(t.pos === 'VERB' && w.endsWith('ed'))) return false;
  if (w.endsWith('ing') && t.pos !== 'ADJ') return false;
  if (!w.endsWith('ed') && !w.endsWith('ing')) return true;
  if (!before || before.sentence !== t.sentence) return true;
  return BEFORE_PARTICIPLE.has(before.pos) && !HAVE.has(lower(before));
}

/** "U.S.-led", "Iranian-made", "surface-to-air": tokens glued by hyphens, ending at k (a
 * hyphen among them); -1 when token k is glued to no hyphen. At most six pieces. */
function hyphenCompoundStart(tokens: readonly Token[], k: number): number {
  let j = k;
  let dashes = 0;
  while (j > 0 && k - j < 6) {
    const prev = tokens[j - 1] as Token;
    if (prev.end !== (tokens[j] as Token).start || prev.sentence !== tokens[k]?.sentence) break;
    if (prev.text === '-') dashes++;
    j--;
  }
  if (dashes === 0 || tokens[j]?.text === '-') return -1;
  return j;
}

/** The first token of the modifiers before the noun phrase starting at `first`. */
function modifiersStart(text: string, tokens: readonly Token[], first: number): number {
  const lex = lexicon();
  const sentence = tokens[first]?.sentence;
  let k = first;
  for (let n = 0; n < MAX_MODIFIERS; n++) {
    const t = tokens[k - 1];
    if (!t || t.sentence !== sentence) break;
    const w = lower(t);
    // a group noun stays its own mention ("coalition aircraft", "the regime's helicopters")
    if (lex.actorNouns.has(w) || lex.actorNouns.has(`${lower(tokens[k - 2])} ${w}`)) break;
    const compound = hyphenCompoundStart(tokens, k - 1);
    if (compound >= 0 && tokens[compound]?.sentence === sentence) {
      k = compound;
      continue;
    }
    // a country or demonym ("Israeli jets", "U.S. drones"): the country stays a mention too
    let country = -1;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (countryAt(text, tokens, j)?.last === k - 1) country = j;
    }
    if (country >= 0) {
      k = country;
      continue;
    }
    const first = tokens[k - 2]?.sentence !== sentence;
    const written = first ? t.text.slice(1) : t.text;
    const lowerCase = written === written.toLowerCase() && /\p{L}/u.test(t.text);
    if (!lowerCase || AMOUNTS.has(w) || DETERMINERS.has(w) || !isModifier(t, tokens[k - 2])) break;
    k--;
  }
  const d = tokens[k - 1];
  if (d && d.sentence === sentence && DETERMINERS.has(lower(d))) k--;
  return k;
}

export function weaponNouns(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = weaponNounEndingAt(text, tokens, i);
    if (!hit) continue;
    const from = hit.attack ? hit.first : modifiersStart(text, tokens, hit.first);
    let country: string | null = null;
    for (let k = from; k < hit.first && !country; k++)
      country = countryAt(text, tokens, k)?.country ?? null;
    out.push(
      candidate({
        start: (tokens[from] as Token).start,
        end: (tokens[i] as Token).end,
        first: from,
        last: i,
        type: 'weapon',
        form: 'nominal',
        rule: hit.entry.rule,
        key: `weapon:${country ?? ''}:${hit.entry.key}`,
        name: hit.entry.name,
        country,
        kind: hit.entry.kind,
        priority: 2,
      }),
    );
  }
  return out;
}
