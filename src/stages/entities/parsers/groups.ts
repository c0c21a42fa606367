/**
 * Groups of a country: a demonym or country name before an actor noun ("Ukrainian troops",
 * "the DPRK military", "U.S. officials", "Russian special forces"; nouns and categories in
 * data/entities/actor-nouns.json). One entity per country and category. Also bare nominal
 * actors re3d annotates ("the regime", "the army", "rebels"), keyed by category alone.
 */
import type { EntityType, Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';
import { countryAt } from './shared.js';

const RULE = 'lexicon:data/entities/actor-nouns.json';
const ORG_CATEGORIES = new Set(['government', 'police', 'intelligence']);
/** bare plural actor nouns that name an armed group on their own */
const BARE = new Set(['rebels', 'militants', 'insurgents', 'jihadists', 'fighters', 'mercenaries']);
/** categories of people nouns that are mentions on their own ("civilians were killed") */
const PEOPLE = new Set(['civilians', 'detainees', 'protesters', 'allies']);
/** nouns that name an organisation on their own with "the" */
const THE = new Set(['regime', 'army', 'military', 'government', 'police', 'authorities']);

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
      if (lex.actorNouns.has(next) && (tokens[k]?.pos === 'ADJ' || category !== undefined)) {
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
    const bare = BARE.has(w) || PEOPLE.has(lexicon().actorNouns.get(w) ?? '');
    const withThe = THE.has(w) && prev === 'the' && t.pos === 'NOUN';
    if (!bare && !withThe) continue;
    if (/^\p{Lu}/u.test(t.text) && !bare) continue;
    const category = lex.actorNouns.get(w) ?? w;
    out.push(
      candidate({
        start: withThe ? (tokens[i - 1] as Token).start : t.start,
        end: t.end,
        first: withThe ? i - 1 : i,
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
