/**
 * Countries named as actors: a country name or code directly followed by a verb ("Syria has
 * accused Israel", "Russia launched") or after a word of contest ("against Belgium", "beat
 * Sweden") stands for its government, army or team. The mention keeps its country entity and
 * is marked metonym "organisation".
 */
import type { Token } from '../../../core/record.js';
import { lower } from '../match.js';
import type { Candidate } from '../types.js';

const CONTEST = new Set(['against', 'beat', 'defeated', 'versus', 'vs', 'vs.', 'v', 'v.', 'lost', 'drew', 'sanctioned', 'urged', 'called']);

const STATIVE = new Set(['be', 'been', 'being', 'lived', 'lies', 'lay', 'remains', 'remained', 'became', 'become', 'seems', 'looked', 'looks', 'borders', 'bordered', 'has', 'had', 'said', 'says']);

export function markMetonyms(tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'country' || c.form === 'demonym' || c.form === 'nominal') return c;
    const next = tokens[c.last + 1];
    const prev = lower(tokens[c.first - 1]);
    const after = tokens[c.last + 2];
    const same = next && next.sentence === tokens[c.last]?.sentence;
    // an action verb, or an auxiliary then one ("has accused"); not a copula ("Iraq was")
    const verb = same && ((next.pos === 'VERB' && !STATIVE.has(lower(next))) || (next.pos === 'AUX' && after?.pos === 'VERB' && !STATIVE.has(lower(after))));
    if (verb || CONTEST.has(prev)) return { ...c, metonym: 'organisation' };
    return c;
  });
}
