/**
 * Countries named as actors: a country name or code directly followed by a verb ("Syria has
 * accused Israel", "Russia launched") or after a word of contest ("against Belgium", "beat
 * Sweden") or before a team or state noun ("Panama coach") stands for its government, army or
 * team; a list of countries shares the reading of its last member. The mention keeps its country entity and
 * is marked metonym "organisation".
 */
import type { Token } from '../../../core/record.js';
import { lower } from '../match.js';
import type { Candidate } from '../types.js';

const CONTEST = new Set([
  'against',
  'beat',
  'defeated',
  'versus',
  'vs',
  'vs.',
  'v',
  'v.',
  'lost',
  'drew',
  'sanctioned',
  'urged',
  'called',
]);

const STATIVE = new Set([
  'be',
  'been',
  'being',
  'lived',
  'lies',
  'lay',
  'remains',
  'remained',
  'became',
  'become',
  'seems',
  'looked',
  'looks',
  'borders',
  'bordered',
  'has',
  'had',
  'said',
  'says',
]);

/** nouns after a country that make it a team or state: "Panama coach", "Iraq government" */
const BODY_NOUNS = new Set([
  'coach',
  'team',
  'squad',
  'players',
  'captain',
  'goalkeeper',
  'striker',
  'manager',
  'government',
  'cabinet',
  'delegation',
  'officials',
  'authorities',
  'forces',
  'troops',
  'military',
  'army',
  'navy',
  'leadership',
  'regime',
]);

export function markMetonyms(tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  const marked = cands.map((c) => {
    if (c.type !== 'country' || c.form === 'demonym' || c.form === 'nominal') return c;
    if (BODY_NOUNS.has(lower(tokens[c.last + 1])))
      return { ...c, metonym: 'organisation' as const };
    const next = tokens[c.last + 1];
    const prev = lower(tokens[c.first - 1]);
    const after = tokens[c.last + 2];
    const same = next && next.sentence === tokens[c.last]?.sentence;
    // an action verb, or an auxiliary then one ("has accused"); not a copula ("Iraq was")
    const verb =
      same &&
      ((next.pos === 'VERB' && !STATIVE.has(lower(next))) ||
        (next.pos === 'AUX' && after?.pos === 'VERB' && !STATIVE.has(lower(after))));
    if (verb || CONTEST.has(prev)) return { ...c, metonym: 'organisation' as const };
    return c;
  });
  // a list of countries shares the reading of its last member: "Sweden, Belgium, England win"
  for (let i = marked.length - 2; i >= 0; i--) {
    const c = marked[i] as Candidate;
    const n = marked[i + 1] as Candidate;
    if (
      c.type !== 'country' ||
      c.form !== 'name' ||
      c.metonym ||
      !n.metonym ||
      n.type !== 'country'
    )
      continue;
    const between = tokens.slice(c.last + 1, n.first).map((t) => lower(t));
    if (
      between.length >= 1 &&
      between.length <= 2 &&
      between.every((w) => w === ',' || w === 'and')
    )
      marked[i] = { ...c, metonym: 'organisation' };
  }
  return marked;
}
