/**
 * quantities: every figure in the text, in digits or words, with its hedge, unit, the noun
 * it counts and relative changes. Parsers propose candidates over the whole text (digits,
 * words, change words); refiners attach units, join ranges, reject dates/times/durations and
 * names, read hedges, counted nouns and change factors, then remove overlaps. The order of
 * the refiners matters: units before ranges ("5 to 7 km"), ranges before the time filter
 * ("between two and three weeks" is a duration as a whole), the time filter before counted
 * nouns.
 *
 * Example: "about 11,000 North Korean troops" -> {text: "11,000", value: 11000,
 * approx: "about", counted: "troops", unit: "people"}.
 */
import type { Annotation, Quantity } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { parseChange } from './parsers/change.js';
import { parseDigits } from './parsers/digits.js';
import { parseWords } from './parsers/words.js';
import { attachApprox } from './refiners/approx.js';
import { readChange } from './refiners/change.js';
import { findChangeSubject, findCounted } from './refiners/counted.js';
import { rejectBareWords, rejectNames } from './refiners/not-a-number.js';
import { rejectTimes } from './refiners/not-time.js';
import { removeOverlaps } from './refiners/overlap.js';
import { joinRanges } from './refiners/ranges.js';
import { joinRatios } from './refiners/ratios.js';
import { attachUnits } from './refiners/units.js';
import type { Candidate, Context } from './types.js';

export function extractQuantities(ctx: Context): Quantity[] {
  let cands: Candidate[] = [...parseDigits(ctx.text), ...parseWords(ctx.text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  cands = attachUnits(cands, ctx);
  cands = removeOverlaps(cands);
  cands = joinRanges(cands, ctx);
  cands = joinRatios(cands, ctx);
  cands = rejectTimes(cands, ctx);
  cands = rejectNames(cands, ctx);
  cands = attachApprox(cands, ctx);
  cands = findCounted(cands, ctx);
  cands = rejectBareWords(cands, ctx);
  cands = readChange(cands, ctx);
  cands = removeOverlaps([...cands, ...parseChange(ctx)]);
  cands = findChangeSubject(cands, ctx);
  return cands.map((c, i) => toQuantity(c, i, ctx.text));
}

function toQuantity(c: Candidate, i: number, text: string): Quantity {
  const approxSpan: Annotation | null =
    c.approxStart === null
      ? null
      : {
          start: c.approxStart,
          end: c.end,
          text: text.slice(c.approxStart, c.end),
          rule: c.trail.find((r) => r.includes('approximators') || r.includes('ranges')) ?? c.rule,
        };
  const q: Quantity = {
    id: `q${i + 1}`,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    rule: c.rule,
    value: c.value,
    low: c.low,
    high: c.high,
    approx: c.approx,
    unit: c.unit,
    counted: c.counted,
    change: c.change,
    kind: c.kind,
    approxSpan,
    rules: c.trail,
  };
  if (c.dims) q.dims = c.dims;
  return q;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['sentences', 'tokens'],
  assigns: ['quantities'],
  run(doc) {
    return { quantities: extractQuantities({ text: doc.text, tokens: doc.layers.tokens ?? [] }) };
  },
};
