/**
 * Relative change written as a word: "halved" (x0.5), "doubled" (x2), "tripled" (x3), and
 * "fell by a third" / "cut by half" (a fraction after a direction verb). Verbs only: the
 * token's part of speech must be VERB, so "a double murder" is no change.
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Candidate, type Context } from '../types.js';

export const RULE = 'quantities/parsers/change';

const BY_FRACTION =
  /\bby\s+((?:a|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|fifths?|tenth)\b/gi;
const BASE_FORM = /^(?:halve|double|triple|treble|quadruple)$/i;
const LAST_WORDS = /([a-z]+)\s+([a-z]+)\s+$|([a-z]+)\s+$/i;

export function parseChange(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens as Token[];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const f = lexicon.factorWords.get(t.text.toLowerCase());
    if (!f) continue;
    if (BASE_FORM.test(t.text)) {
      // a base form ("double", "halve") is a verb only after a modal or "to" ("could
      // double"); elsewhere it is an adjective or noun ("made it double gold")
      if (!lexicon.modals.has(tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
      // "stormed to double Olympic gold": an adjective before a name or adjective
      const n1 = tokens[i + 1];
      const n2 = tokens[i + 2];
      if (n1?.pos === 'PROPN') continue;
      if (
        n1?.pos === 'ADJ' &&
        !lexicon.timeAdjectives.has(n1.text.toLowerCase()) &&
        ['NOUN', 'PROPN'].includes(n2?.pos ?? '')
      )
        continue;
    } else if (t.pos !== 'VERB' || ['DET', 'PRON'].includes(tokens[i - 1]?.pos ?? '')) {
      // "in the doubles", "their doubles rubber": a determiner or possessive before makes it
      // a noun whatever the tag says
      continue;
    }
    const c = candidate(t.start, t.end, null, RULE, false);
    c.change = f.factor;
    c.trail.push(f.rule);
    out.push(c);
  }
  for (const m of ctx.text.matchAll(BY_FRACTION)) {
    const lead = ctx.text.slice(Math.max(0, m.index - 30), m.index);
    // the direction word is the last word before "by" or the one before it ("fell sharply by")
    const w = LAST_WORDS.exec(lead);
    const last = (w?.[2] ?? w?.[3])?.toLowerCase();
    const prior = w?.[1]?.toLowerCase();
    const dir =
      (last && lexicon.directionWords.get(last)) ||
      (prior && lexicon.directionWords.get(prior)) ||
      undefined;
    if (!dir) continue;
    const mult = m[1]
      ? (lexicon.units[m[1].trim().toLowerCase().replace(/-$/, '')]?.value ?? 1)
      : 1;
    const frac = lexicon.fractions[(m[2] as string).toLowerCase()]?.value;
    if (frac === undefined) continue;
    const start = m.index + m[0].indexOf(m[1] ?? (m[2] as string));
    const value = mult * frac;
    const c = candidate(start, m.index + m[0].length, value, RULE, false);
    c.kind = 'fraction';
    c.change = 1 + dir.sign * value;
    c.trail.push(
      dir.rule,
      `lexicon:data/quantities/numbers.json#${(m[2] as string).toLowerCase()}`,
    );
    out.push(c);
  }
  return out;
}
