/**
 * Types the names the tagger could not type from their own words, with document evidence,
 * in order: the same name typed elsewhere in the text; a surname or given name of a person
 * named in full; the city gazetteer; the words around it (a preposition of place before, a
 * speech verb after); finally the shape (two to five words, none of them a common English
 * word: person). The rest stays "other".
 *
 * Two shapes are never a person's: the plural of a common noun that opens a sentence on its own
 * ("Rebels said ...": wink tags a capitalised first word PROPN), and a name with
 * an acronym in it ("BBC Sport", "Windows XP", "Current PC"; initials first are fine: "PJ Harvey").
 */
import type { EntityType, Token } from '../../../core/record.js';
import { findCity } from '../gazetteer.js';
import { lexicon, norm } from '../lexicon.js';
import { longestPhrase, lower } from '../match.js';
import { countryAt } from '../parsers/shared.js';
import type { Candidate } from '../types.js';

const PLACE_PREPS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'across',
  'into',
  'towards',
  'toward',
  'around',
  'from',
  'to',
  'throughout',
  'inside',
]);
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'wrote',
  'explained',
  'argued',
  'noted',
  'warned',
  'claimed',
  'reported',
  'announced',
  'insisted',
  'asked',
  'tweeted',
  'replied',
  'who',
]);

/** how much one context counts when a name's mentions disagree: a verb after a name is
 * weaker evidence of a person than a preposition of place is of a place */
const WEIGHT: Record<string, number> = {
  'same-name': 3,
  'part-of-person': 3,
  gazetteer: 3,
  'place-preposition': 2,
  'speech-verb': 2,
  'leader-of': 2,
  'name-parts': 2,
  'given-name': 2,
  'place-of': 2,
  'place-verb': 2,
  'place-comma-country': 3,
  'org-descriptor': 3,
  'name-shape': 1,
};

/** nouns before "of <Name>" that make the name a place */
const PLACE_OF = new Set([
  'siege',
  'outskirts',
  'residents',
  'suburb',
  'suburbs',
  'centre',
  'center',
  'heart',
  'streets',
  'capture',
  'fall',
  'liberation',
  'recapture',
  'battle',
  'city',
  'town',
  'village',
  'province',
  'region',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outside',
  'mayor',
  'governor',
  'people',
  'citizens',
  'inhabitants',
  'east',
  'parts',
  'area',
  'district',
]);
/** verbs whose object is a place in conflict reporting */
const PLACE_VERBS = new Set([
  'striking',
  'struck',
  'strike',
  'shelled',
  'shelling',
  'bombed',
  'bombing',
  'besieged',
  'captured',
  'capture',
  'capturing',
  'seized',
  'seize',
  'retake',
  'retook',
  'retaken',
  'recaptured',
  'recapture',
  'liberated',
  'liberate',
  'entered',
  'entering',
  'evacuated',
  'overran',
  'encircled',
  'surrounded',
  'stormed',
  'occupied',
  'occupy',
  'fled',
  'reached',
  'towards',
  'toward',
]);
/** nouns right before a name that make it an organisation */
const ORG_DESCRIPTORS = new Set([
  'agency',
  'group',
  'party',
  'company',
  'firm',
  'newspaper',
  'channel',
  'broadcaster',
  'network',
  'organisation',
  'organization',
  'movement',
  'militia',
  'charity',
  'ngo',
  'website',
  'outlet',
  'daily',
  'magazine',
  'bank',
  'airline',
  'manufacturer',
  'retailer',
  'startup',
  'insurgents',
  'faction',
]);

const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'van',
  'von',
  'la',
  'le',
  'du',
  'abu',
  '-',
]);

const LEADER_OF = new Set([
  'regime',
  'administration',
  'loyalists',
  'supporters',
  'forces',
  'troops',
  'government',
  'cabinet',
  'presidency',
]);

/** the plural of a common noun ("rebels", "witnesses"), or a plural actor noun: a group of
 * people, not one person. Singulars are left alone: "Brown said", "Bush said" are people. */
function commonPlural(w: string): boolean {
  const lex = lexicon();
  if (!w.endsWith('s') || lex.givenNames.has(w)) return false;
  if (lex.actorNouns.has(w)) return true;
  const common = lex.commonWords;
  return (
    common.has(w.slice(0, -1)) ||
    (w.endsWith('es') && common.has(w.slice(0, -2))) ||
    (w.endsWith('ies') && common.has(`${w.slice(0, -3)}y`))
  );
}

/** token i opens its sentence (after any quotes or brackets) */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  let k = i - 1;
  while (k >= 0 && /^[\p{Pi}\p{Ps}"']$/u.test((tokens[k] as Token).text)) k--;
  return !t || k < 0 || tokens[k]?.sentence !== t.sentence;
}

/** a word of two or more capitals: an acronym, not part of a person's name */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** a country or region name starts at token i */
function placeAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const ref = countryAt(text, tokens, i);
  if (ref && !ref.demonym) return true;
  const lex = lexicon();
  const t = tokens[i];
  if (!t) return false;
  const hit = longestPhrase(text, tokens, i, lex.phrases, lex.maxChars, 4);
  return !!hit && hit.entries.some((e) => e.type === 'place');
}

function retype(
  c: Candidate,
  type: EntityType,
  rule: string,
  admin: string | null = null,
): Candidate {
  return { ...c, type, rule, admin: admin ?? c.admin, guessed: false };
}

export function typeNames(
  text: string,
  tokens: readonly Token[],
  cands: readonly Candidate[],
): Candidate[] {
  const typed = new Map<string, EntityType>();
  const personParts = new Set<string>();
  for (const c of cands) {
    if (c.guessed || c.form === 'nominal' || c.form === 'demonym') continue;
    typed.set(norm(text.slice(c.nameStart ?? c.start, c.end)), c.type);
    if (c.type === 'person' && c.last > c.first) {
      personParts.add(lower(tokens[c.last]));
      let k = c.first;
      while (k < c.last && (tokens[k] as Token).start < (c.nameStart ?? c.start)) k++;
      if (k < c.last) personParts.add(lower(tokens[k]));
    }
  }
  const lex = lexicon();
  const first = cands.map((c) => {
    if (!c.guessed || c.form === 'acronym') return c;
    const key = norm(text.slice(c.start, c.end));
    // names of movements and ideologies ("Scientology", "Islamophobia") are left untyped
    if (/(?:ology|ism|phobia)$/.test(key)) return c;
    const same = typed.get(key);
    if (same) return retype(c, same, 'entities/refiners/typing#same-name');
    // "Rebels said ...": a common word capitalised only because it opens the sentence
    if (c.first === c.last && opensSentence(tokens, c.first) && commonPlural(key)) return c;
    if (c.first === c.last && personParts.has(key))
      return retype(c, 'person', 'entities/refiners/typing#part-of-person');
    const words = c.last - c.first + 1;
    const city = findCity(text.slice(c.start, c.end));
    const prev = lower(tokens[c.first - 1]);
    const next = lower(tokens[c.last + 1]);
    if (
      city &&
      (city.population >= 100000 ||
        words > 1 ||
        PLACE_PREPS.has(prev) ||
        city.featureCode === 'PPLC' ||
        city.featureCode === 'PPLA')
    ) {
      return retype(
        c,
        'place',
        'entities/refiners/typing#gazetteer',
        city.featureCode === 'PPLC' ? 'capital' : 'city',
      );
    }
    const relative = next === ',' && lower(tokens[c.last + 2]) === 'who';
    // "Sarmin, Syria", "Irving, Texas": a place in a country or region
    if (next === ',' && words <= 3 && placeAfter(text, tokens, c.last + 2))
      return retype(c, 'place', 'entities/refiners/typing#place-comma-country');
    // "striking Sabboura", "recaptured Palmyra": the object of a verb of taking or striking
    if (PLACE_VERBS.has(prev) && words <= 3)
      return retype(c, 'place', 'entities/refiners/typing#place-verb');
    // "the siege of Darayya", "residents of Azaz": a place
    if (prev === 'of' && PLACE_OF.has(lower(tokens[c.first - 2])) && words <= 3)
      return retype(c, 'place', 'entities/refiners/typing#place-of');
    // "news agency Sana", "the militant group Hezbollah": an organisation
    if (ORG_DESCRIPTORS.has(prev) && words <= 4)
      return retype(c, 'organisation', 'entities/refiners/typing#org-descriptor');
    if (SPEECH.has(next) || relative || (prev === 'said' && tokens[c.first - 1]?.pos === 'VERB'))
      return retype(c, 'person', 'entities/refiners/typing#speech-verb');
    if (PLACE_PREPS.has(prev) && words <= 3 && !/(?:ology|ism|phobia)$/.test(key))
      return retype(c, 'place', 'entities/refiners/typing#place-preposition');
    if (words >= 2 && words <= 5) {
      const last = lower(tokens[c.last]);
      if (lex.surnames.has(last) || lex.givenNames.has(lower(tokens[c.first])))
        return retype(c, 'person', 'entities/refiners/typing#name-parts');
      // a name of common words is a thing's name ("World Cup", "Internet Explorer"), not a person's
      let common = false;
      for (let k = c.first; k <= c.last; k++) {
        const w = lower(tokens[k]);
        if (lex.commonWords.has(w) && !NAME_PARTICLES.has(w)) common = true;
        // two letters first are initials ("JP McManus", "PJ Harvey"); elsewhere an acronym
        const a = (tokens[k] as Token).text;
        if (ACRONYM.test(a) && (k > c.first || a.length > 2)) common = true;
      }
      if (!common) return retype(c, 'person', 'entities/refiners/typing#name-shape');
    }
    // one word that is a given name: "Manal", "Mohammed"
    if (words === 1 && lex.givenNames.has(key) && !lex.commonWords.has(key))
      return retype(c, 'person', 'entities/refiners/typing#given-name');
    // a leader's regime or forces: "the Assad regime", "Assad's forces"
    const n1 = lower(tokens[c.last + 1]);
    const n2 = lower(tokens[c.last + 2]);
    if (words <= 3 && (LEADER_OF.has(n1) || ((n1 === "'s" || n1 === '’s') && LEADER_OF.has(n2)))) {
      return retype(c, 'person', 'entities/refiners/typing#leader-of');
    }
    return c;
  });
  // second pass: every mention of a name gets the type most of its contexts gave it
  const votes = new Map<string, Map<EntityType, number>>();
  first.forEach((c, i) => {
    if (!cands[i]?.guessed || c.guessed || c.type === 'other') return;
    const k = norm(text.slice(c.start, c.end));
    const v = votes.get(k) ?? new Map<EntityType, number>();
    const weight = WEIGHT[c.rule.slice(c.rule.indexOf('#') + 1)] ?? 2;
    v.set(c.type, (v.get(c.type) ?? 0) + weight);
    votes.set(k, v);
  });
  const learned = new Map<string, EntityType>();
  for (const [k, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) learned.set(k, best[0]);
  }
  return first.map((c, i) => {
    if (!cands[i]?.guessed || c.form === 'acronym') return c;
    const t = learned.get(norm(text.slice(c.start, c.end)));
    return t && t !== c.type ? retype(c, t, 'entities/refiners/typing#same-name') : c;
  });
}
