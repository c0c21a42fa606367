/**
 * One person named by a common noun after a determiner: "a spokesman", "the young man",
 * "another resident", "his spiritual adviser", "my wife" (nouns in
 * data/entities/person-nouns.json, at most one adjective between). "The man" in one article is one entity; each "a"/"another" mention is its own.
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'another',
  'one',
  'his',
  'her',
  'my',
  'their',
  'our',
]);
const RULE = 'lexicon:data/entities/person-nouns.json';

export function nominalPeople(_text: string, tokens: readonly Token[]): Candidate[] {
  const nouns = lexicon().personNouns;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const det = lower(tokens[i]);
    if (!DETERMINERS.has(det)) continue;
    let k = i + 1;
    if (tokens[k]?.pos === 'ADJ' && nouns.has(lower(tokens[k + 1]))) k++;
    const t = tokens[k];
    if (!t || t.pos !== 'NOUN' || !nouns.has(lower(t)) || t.sentence !== tokens[i]?.sentence)
      continue;
    // "the spokesman's office", "a man-made lake": not a person
    const next = tokens[k + 1];
    if (next && next.start === t.end && next.text === '-') continue;
    const a = tokens[i] as Token;
    const definite = det === 'the';
    out.push(
      candidate({
        start: a.start,
        end: t.end,
        first: i,
        last: k,
        type: 'person',
        form: 'nominal',
        rule: `${RULE}#${lower(t)}`,
        key: definite ? `nominal-person:${lower(t)}` : `nominal-person:${a.start}`,
        priority: 0,
      }),
    );
    i = k;
  }
  return out;
}
