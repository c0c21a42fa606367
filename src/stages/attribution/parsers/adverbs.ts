/**
 * Evidential adverbs: "The Club for Growth is reportedly spending $1.5 million ...",
 * "Reportedly, he made comments ...". The adverb is the cue, nobody is named as the source,
 * and the content is its clause without the adverb: the subject and auxiliaries before it and
 * the predicate after it (two parts), or only what follows a sentence-initial "Reportedly,".
 */
import type { Lexicon } from '../lexicon.js';
import type { Frame } from './frames.js';
import { trimEnd } from './frames.js';
import { npLeft, type Range } from './np.js';
import { VERB_GROUP, type TokenView } from './tokens.js';

const CLAUSE_END = new Set([';', ':', '—', '–', '(', ')']);
/** a content never reaches further than this many tokens after the adverb */
const MAX_PREDICATE = 60;

export function adverbCues(v: TokenView, sent: Range, lex: Lexicon): Frame[] {
  const [s0, s1] = sent;
  const out: Frame[] = [];
  for (let i = s0; i <= s1; i++) {
    const entry = lex.adverbs.get(v.low[i] ?? '');
    if (!entry || v.quoted[i]) continue;
    // the predicate: up to the clause end
    let end = i + 1;
    while (end < s1 && end - i < MAX_PREDICATE && !CLAUSE_END.has(v.low[end + 1] ?? '')) end++;
    const from = v.low[i + 1] === ',' ? i + 2 : i + 1;
    const last = trimEnd(v, from, end);
    if (last < from) continue;
    let first = from;
    if (i > s0 && v.low[i - 1] !== ',') {
      // the subject and the auxiliaries between it and the adverb
      let g = i;
      while (g - 1 >= s0 && VERB_GROUP.has(v.low[g - 1] ?? '') && v.low[g - 1] !== 'to') g--;
      const subject = npLeft(v, g - 1, s0);
      if (!subject) continue;
      first = subject[0];
    }
    out.push({
      cue: [i, i],
      source: null,
      content: [[first, last]],
      rule: `lexicon:data/attribution/cues.json#adv-${entry.lemma}`,
      frame: 'adverb',
      certainty: entry.certainty,
      direct: false,
      nested: false,
    });
  }
  return out;
}
