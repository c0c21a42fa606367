/**
 * Finds the noun a figure counts: the head of the noun phrase right after it, skipping
 * adjectives and proper adjectives ("about 11,000 North Korean troops" -> "troops"), or after
 * "of" for measures and vague amounts ("800 km of territory", "thousands of civilians").
 * A figure counting people gets the unit "people" (data/quantities/units.json#people).
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { tokenAt, type Candidate, type Context } from '../types.js';
import { RULE as UNITS_RULE, ratePeriod } from './units.js';

export const RULE = 'quantities/refiners/counted';

const PLURAL = /[^su]s$/i;
const SKIP = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB']);

function head(tokens: readonly Token[], i: number, sentence: number): string | null {
  let best: string | null = null;
  let bestPlural: string | null = null;
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k] as Token;
    if (
      t.sentence !== sentence ||
      !SKIP.has(t.pos) ||
      lexicon.notModifiers.has(t.text.toLowerCase())
    )
      break;
    // participles modify the noun only when one follows ("armoured vehicles")
    const nextPos = tokens[k + 1]?.pos ?? '';
    if (
      t.pos === 'VERB' &&
      !(/(?:ed|ing)$/.test(t.text) && ['NOUN', 'ADJ', 'PROPN'].includes(nextPos))
    )
      break;
    if (t.pos === 'NOUN') best = t.text;
    if (t.pos === 'PROPN' && /s$/.test(t.text) && /^[A-Z]/.test(t.text)) bestPlural = t.text;
    if (t.pos === 'NOUN' && (nextPos !== 'NOUN' || tokens[k + 1]?.sentence !== sentence)) break;
    // a plural noun ends the phrase: "2 cities report" counts cities
    if (t.pos === 'NOUN' && PLURAL.test(t.text)) break;
  }
  const out = best ?? bestPlural;
  if (out && lexicon.notCounted.has(out.toLowerCase())) return null;
  return out;
}

export function findCounted(cands: Candidate[], ctx: Context): Candidate[] {
  return cands.map((c) => {
    if (
      c.rejected ||
      (c.change !== null && c.value === null) ||
      c.kind === 'age' ||
      c.kind === 'currency'
    )
      return c;
    let i = tokenAt(ctx.tokens, c.end);
    // a closing quote right after the figure: '"Half a dozen" shipments'
    if (/^["”’']$/.test(ctx.tokens[i]?.text ?? '') && ctx.tokens[i]?.start === c.end) i++;
    const first = ctx.tokens[i];
    if (!first) return c;
    const sentence = first.sentence;
    let noun: string | null = null;
    const next = ctx.tokens[i + 1];
    if (lexicon.stateNouns.has(first.text.toLowerCase()) && (!next || next.pos !== 'NOUN')) {
      // "10 dead and 40 wounded": the adjective names the people counted
      noun = first.text;
    } else if (first.text.toLowerCase() === 'more' && first.pos !== 'NOUN')
      noun = head(ctx.tokens, i + 1, sentence);
    else if (first.text.toLowerCase() === 'of') {
      if (c.kind !== null || c.value === null || c.scaled) {
        let k = i + 1;
        while (ctx.tokens[k] && ['DET', 'PRON'].includes((ctx.tokens[k] as Token).pos)) k++;
        noun = head(ctx.tokens, k, sentence);
      }
    } else if (c.unit === null) noun = head(ctx.tokens, i, sentence);
    if (!noun) return c;
    const out: Candidate = { ...c, counted: noun, trail: [...c.trail, RULE] };
    const money = c.unit === null ? lexicon.currencyWords.get(noun.toLowerCase()) : undefined;
    if (money) {
      // "millions of dollars": the counted noun is the currency
      out.unit = money.unit;
      out.kind = 'currency';
      out.trail.push(money.rule);
    }
    if (c.unit === null && lexicon.people.has(noun.toLowerCase())) {
      out.unit = 'people';
      out.kind = 'count';
      out.trail.push(lexicon.peopleRule);
    }
    // "four flights a week", "200 people a day": a rate after the counted noun (the time
    // stage leaves such rates to the figure)
    const nounToken = ctx.tokens.slice(i, i + 6).find((t) => t.text === noun);
    const rate = nounToken && !out.unit?.includes('/') ? ratePeriod(ctx.text, nounToken.end) : null;
    if (rate) {
      out.unit = `${out.unit ?? ''}/${rate.period}`;
      out.kind = 'rate';
      out.trail.push(`${UNITS_RULE}#rate`);
    }
    return out;
  });
}

/** "the number of North Koreans at the front has been halved": what a change word changes */
const NUMBER_OF =
  /\b(?:number|numbers|count|total|share|price|prices|value|cost)\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*|[a-z][\w-]*)/g;

export function findChangeSubject(cands: Candidate[], ctx: Context): Candidate[] {
  return cands.map((c) => {
    if (c.rejected || c.change === null || c.value !== null || c.counted !== null) return c;
    const i = tokenAt(ctx.tokens, c.start);
    const t = ctx.tokens[i];
    if (!t) return c;
    // walk back within the sentence, at most 160 characters (bounded on hostile input)
    let k = i;
    while (k > 0) {
      const p = ctx.tokens[k - 1] as Token;
      if (p.sentence !== t.sentence || p.start < c.start - 160) break;
      k--;
    }
    const lead = ctx.text.slice((ctx.tokens[k] as Token).start, c.start);
    let last: string | null = null;
    for (const m of lead.matchAll(NUMBER_OF)) last = m[1] ?? null;
    return last ? { ...c, counted: last, trail: [...c.trail, `${RULE}#number-of`] } : c;
  });
}
