/**
 * Turns a percentage after a direction word into a change factor: "rose 20%" and
 * "increased by 20 per cent" -> 1.2, "fell 5%" -> 0.95, "a 78 percent increase" -> 1.78.
 * "rose to 20%" is a level, not a change, and is left alone.
 */
import { lexicon } from '../lexicon.js';
import { after, before, type Candidate, type Context } from '../types.js';

export const RULE = 'quantities/refiners/change';

const VERB_BEFORE = /([a-z]+)(?:\s+by)?\s+$/i;
const NOUN_AFTER = /^\s+([a-z]+)/i;

export function readChange(cands: Candidate[], ctx: Context): Candidate[] {
  return cands.map((c) => {
    if (c.rejected || c.change !== null || c.unit !== '%' || c.value === null) return c;
    const start = c.approxStart ?? c.start;
    const verb = VERB_BEFORE.exec(before(ctx.text, start, 24))?.[1]?.toLowerCase();
    const noun = NOUN_AFTER.exec(after(ctx.text, c.end, 20))?.[1]?.toLowerCase();
    const dir =
      (verb && lexicon.directionWords.get(verb)) || (noun && lexicon.directionWords.get(noun));
    if (!dir) return c;
    return { ...c, change: 1 + (dir.sign * c.value) / 100, trail: [...c.trail, dir.rule, RULE] };
  });
}
