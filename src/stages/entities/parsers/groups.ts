/**
 * Groups of a country: a demonym or country name before an actor noun ("Ukrainian troops",
 * "the DPRK military", "U.S. officials", "Russian special forces"; nouns and categories in
 * data/entities/actor-nouns.json). One entity per country and category. Also bare nominal
 * actors re3d annotates ("the regime", "the army", "rebels"), keyed by category alone.
 */
import type { EntityType, Token } from '../../../core/record.js';
import { lexicon, norm } from '../lexicon.js';
import { isCap as isCapTok, lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';
import { countryAt } from './shared.js';

const RULE = 'lexicon:data/entities/actor-nouns.json';
const ORG_CATEGORIES = new Set(['government', 'police', 'intelligence', 'states', 'organisations']);
/** bare plural actor nouns that name an armed group on their own */
const BARE = new Set([
  'rebels',
  'militants',
  'insurgents',
  'jihadists',
  'fighters',
  'mercenaries',
  'terrorists',
  'gunmen',
  'extremists',
]);
/** categories of people nouns that are mentions on their own ("civilians were killed",
 * "officials said", "all parties", "both countries", "students fled") */
const PEOPLE = new Set([
  'civilians',
  'detainees',
  'protesters',
  'allies',
  'officials',
  'parties',
  'people',
  'states',
  'organisations',
]);
/** words that open a nominal group mention, kept in its span as re3d does ("all political
 * parties", "both countries", "these terrorists", "other volunteers") */
const OPENERS = new Set([
  'the',
  'all',
  'both',
  'these',
  'those',
  'other',
  'many',
  'some',
  'several',
  'most',
  'few',
]);

/** The first token of a bare group mention ending at `i`: up to two lower-case modifiers
 * (adjectives, or nouns used as modifiers: "aid workers", "young musicians") and one
 * opener before them, within the sentence. */
function groupStart(tokens: readonly Token[], i: number): number {
  const sentence = tokens[i]?.sentence;
  let k = i;
  for (let n = 0; n < 2; n++) {
    const t = tokens[k - 1];
    if (!t || t.sentence !== sentence) break;
    // capitalised only as the sentence's first word ("Young musicians played")
    if (/^\p{Lu}/u.test(t.text) && tokens[k - 2]?.sentence === sentence) break;
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || OPENERS.has(lower(t))) break;
    k--;
  }
  const d = tokens[k - 1];
  if (d && d.sentence === sentence && OPENERS.has(lower(d))) k--;
  return k;
}
const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);
/** nouns that name an organisation on their own with "the" */
const THE = new Set([
  'regime',
  'army',
  'military',
  'government',
  'police',
  'authorities',
  'group',
  'coalition',
  'opposition',
]);
/** modifiers that make an actor noun a named side without a country: "government forces",
 * "the international community", "armed forces", "rebel fighters" */
const SIDES = new Set([
  'government',
  'armed',
  'security',
  'coalition',
  'rebel',
  'opposition',
  'regime',
  'allied',
  'international',
  'militant',
  'extremist',
  'terrorist',
  'jihadist',
  'political',
  'foreign',
  'enemy',
]);

/** The first token of a group mention named by the capitalised name right before the actor
 * noun at `i` ("the Asad regime", "IS fighters"), taking "the" before the name; -1 when the
 * words before are no name, or a country or demonym (country groups are built above). */
function namedBy(text: string, tokens: readonly Token[], i: number): number {
  const sentence = tokens[i]?.sentence;
  let k = i;
  while (k > 0 && i - k < 4) {
    const p = tokens[k - 1] as Token;
    if (p.sentence !== sentence) break;
    const joined = p.text === '-' && tokens[k]?.start === p.end;
    if (!isCapTok(p) && !joined && !(lower(p) === 'al' && isCapTok(tokens[k]))) break;
    k--;
  }
  if (k === i || tokens[k]?.text === '-') return -1;
  const first = tokens[k] as Token;
  // a capitalised first word of a sentence is no name unless tagged one and not a common
  // word ("Regime forces", "Government troops")
  const lex = lexicon();
  const word = lower(first);
  if (
    tokens[k - 1]?.sentence !== sentence &&
    !/^\p{Lu}{2,}$/u.test(first.text) &&
    (first.pos !== 'PROPN' || lex.commonWords.has(word) || lex.actorNouns.has(word))
  )
    return -1;
  if (countryAt(text, tokens, k)) return -1;
  return lower(tokens[k - 1]) === 'the' && tokens[k - 1]?.sentence === sentence ? k - 1 : k;
}

function typeOf(category: string): EntityType {
  return ORG_CATEGORIES.has(category) ? 'organisation' : 'group';
}

export function groups(text: string, tokens: readonly Token[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ref = countryAt(text, tokens, i);
    if (ref) {
      let k = ref.last + 1;
      // one modifier: "Russian special forces", "Ukrainian military officials"
      let noun = lower(tokens[k]);
      let category = lex.actorNouns.get(noun);
      const next = lower(tokens[k + 1]);
      if (
        lex.actorNouns.has(next) &&
        (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN' || category !== undefined) &&
        !isCapTok(tokens[k])
      ) {
        k++;
        noun = next;
        category = lex.actorNouns.get(next);
      }
      if (category && tokens[k]?.sentence === tokens[i]?.sentence) {
        const a = tokens[i] as Token;
        const b = tokens[k] as Token;
        const scope = ref.country ?? ref.key;
        out.push(
          candidate({
            start: a.start,
            end: b.end,
            first: i,
            last: k,
            type: typeOf(category),
            form: 'nominal',
            rule: `${RULE}#${noun}`,
            key: `group:${scope}:${category}`,
            country: ref.country,
            priority: 1,
          }),
        );
      }
      continue;
    }
    const w = lower(tokens[i]);
    const prev = lower(tokens[i - 1]);
    const t = tokens[i] as Token;
    // "government forces", "pro-Assad forces", "the international community"
    const sideCategory = lex.actorNouns.get(lower(tokens[i + 1]));
    const proX = w === 'pro' && tokens[i + 1]?.text === '-' && isCapTok(tokens[i + 2]);
    if (sideCategory && SIDES.has(w) && !/^\p{Lu}/u.test(t.text)) {
      const b = tokens[i + 1] as Token;
      // "all political parties", "the international community": the opener is in the span
      const from = OPENERS.has(prev) && tokens[i - 1]?.sentence === t.sentence ? i - 1 : i;
      out.push(
        candidate({
          start: (tokens[from] as Token).start,
          end: b.end,
          first: from,
          last: i + 1,
          type: typeOf(sideCategory),
          form: 'nominal',
          rule: `${RULE}#${w}-${lower(b)}`,
          key: `nominal:${w}-${sideCategory}`,
          priority: 1,
        }),
      );
      i++;
      continue;
    }
    if (proX && lex.actorNouns.has(lower(tokens[i + 3]))) {
      const b = tokens[i + 3] as Token;
      const cat = lex.actorNouns.get(lower(b)) ?? 'fighters';
      out.push(
        candidate({
          start: t.start,
          end: b.end,
          first: i,
          last: i + 3,
          type: typeOf(cat),
          form: 'nominal',
          rule: `${RULE}#pro-${lower(b)}`,
          key: `nominal:${norm(text.slice(t.start, b.end))}`,
          priority: 1,
        }),
      );
      i += 3;
      continue;
    }
    const cat = lex.actorNouns.get(w);
    // "the Asad regime", "IS fighters", "the Al Bu Nimr tribe": a group named by its leader,
    // its organisation or its people; the name inside stays a mention of its own (name lane)
    const led = cat && t.pos === 'NOUN' ? namedBy(text, tokens, i) : -1;
    if (led >= 0) {
      const a = tokens[led] as Token;
      out.push(
        candidate({
          start: a.start,
          end: t.end,
          first: led,
          last: i,
          type: typeOf(cat ?? ''),
          form: 'nominal',
          rule: `${RULE}#named-${w}`,
          key: `nominal:${norm(text.slice(a.start, t.end))}`,
          priority: 0,
        }),
      );
      continue;
    }
    // "his family", "Sadiq's family", "Assad's forces": a group that belongs to someone
    if (
      cat &&
      t.pos === 'NOUN' &&
      (POSSESSIVE.has(prev) || ((prev === "'s" || prev === '’s') && isCapTok(tokens[i - 2])))
    ) {
      const from = POSSESSIVE.has(prev) ? i - 1 : i - 2;
      const a = tokens[from] as Token;
      out.push(
        candidate({
          start: a.start,
          end: t.end,
          first: from,
          last: i,
          type: typeOf(cat),
          form: 'nominal',
          rule: `${RULE}#possessed-${w}`,
          key: `nominal:${norm(text.slice(a.start, t.end))}`,
          priority: 0,
        }),
      );
      continue;
    }
    const bare =
      (BARE.has(w) || PEOPLE.has(lex.actorNouns.get(w) ?? '')) &&
      (t.pos === 'NOUN' || lex.actorNouns.get(w) === 'civilians');
    const withThe = THE.has(w) && prev === 'the' && t.pos === 'NOUN';
    if (!bare && !withThe) continue;
    if (/^\p{Lu}/u.test(t.text) && !bare) continue;
    // "the staff room", "civilian casualties": a modifier of the next noun, not the head
    const after = tokens[i + 1];
    if (after?.pos === 'NOUN' && after.sentence === t.sentence && !/^\p{Lu}/u.test(after.text))
      continue;
    const category = lex.actorNouns.get(w) ?? w;
    const from = withThe ? i - 1 : groupStart(tokens, i);
    out.push(
      candidate({
        start: (tokens[from] as Token).start,
        end: t.end,
        first: from,
        last: i,
        type: typeOf(category),
        form: 'nominal',
        rule: `${RULE}#${w}`,
        key: `nominal:${category}`,
        priority: 0,
      }),
    );
  }
  return out;
}
