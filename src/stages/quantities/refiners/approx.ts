/**
 * Reads the hedge written before a figure ("about", "more than", "up to", "at least", "some")
 * from data/quantities/approximators.json. The hedge stays outside the span (both datasets
 * we measure on mostly leave it out) and is kept as `approx` with its own `approxSpan`.
 * Lower-bound hedges set low = value, upper-bound hedges high = value.
 */
import { escapeRe, lexicon } from '../lexicon.js';
import { before, type Candidate, type Context } from '../types.js';

export const RULE = 'quantities/refiners/approx';

const HEDGE = new RegExp(
  `(?:^|[^\\p{L}\\d])(${lexicon.approximators.map((a) => escapeRe(a.text).replace(/ /g, '\\s+')).join('|')})\\s+$`,
  'iu',
);
const BY_TEXT = new Map(lexicon.approximators.map((a) => [a.text, a]));

export function attachApprox(cands: Candidate[], ctx: Context): Candidate[] {
  return cands.map((c) => {
    if (c.rejected || c.approx !== null || c.change !== null) return c;
    const window = before(ctx.text, c.start, 24);
    const m = HEDGE.exec(window);
    if (!m) return c;
    const written = m[1] as string;
    const entry = BY_TEXT.get(written.toLowerCase().replace(/\s+/g, ' '));
    if (!entry) return c;
    const at = c.start - window.length + m.index + m[0].indexOf(written);
    const out: Candidate = {
      ...c,
      approx: written,
      approxStart: at,
      trail: [
        ...c.trail,
        `lexicon:data/quantities/approximators.json#${entry.text.replace(/ /g, '-')}`,
      ],
    };
    if (c.value !== null && c.low === null && c.high === null) {
      if (entry.bound === 'low') out.low = c.value;
      if (entry.bound === 'high') out.high = c.value;
    }
    return out;
  });
}
