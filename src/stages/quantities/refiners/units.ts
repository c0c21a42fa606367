/**
 * Attaches the currency written before a figure ("$", "US$", "£", "EUR ") and the unit or
 * currency word written after it ("km", "%", "per cent", "euros", "Jordanian dinars",
 * "3.5-inch"), widening the span to cover them. Units come from data/quantities/units.json.
 */
import { escapeRe, lexicon, unitByForm, type UnitHit } from '../lexicon.js';
import { after, before, type Candidate, type Context } from '../types.js';

export const RULE = 'quantities/refiners/units';

const SYMBOL_BEFORE = new RegExp(
  `(${lexicon.currencySymbolForms.map(escapeRe).join('|')})\\s?$`,
  'u',
);
const UNIT_AFTER = new RegExp(
  `^(\\s|\\s?-)?(${lexicon.unitForms.map(escapeRe).join('|')})(?![\\p{L}\\d])`,
  'iu',
);
/** a one-word country adjective before a currency word: "Jordanian dinars", "Syrian pounds" */
const ADJ_CURRENCY = /^\s([A-Z][a-z]+)\s([a-z]+)(?![\p{L}\d])/u;

function currencyBefore(text: string, start: number): { at: number; hit: UnitHit } | null {
  const window = before(text, start, 8);
  const m = SYMBOL_BEFORE.exec(window);
  if (!m) return null;
  const symbol = m[1] as string;
  const at = start - window.length + m.index;
  // a letter code must stand alone: "USD 5", not "ABCUSD 5"
  if (/^[A-Z]/.test(symbol) && /\p{L}/u.test(text[at - 1] ?? '')) return null;
  const hit = lexicon.currencySymbols.get(symbol);
  return hit ? { at, hit } : null;
}

function unitAfter(text: string, end: number): { used: number; hit: UnitHit } | null {
  const rest = after(text, end, 40);
  const adj = ADJ_CURRENCY.exec(rest);
  if (adj) {
    const word = lexicon.currencyWords.get(`${adj[1]} ${adj[2]}`.toLowerCase());
    if (word) return { used: adj[0].length, hit: word };
  }
  const m = UNIT_AFTER.exec(rest);
  if (!m) return null;
  const hit = unitByForm(m[2] as string);
  if (!hit) return null;
  // glued-only units (inch marks, 40C): after a space they are something else
  if (hit.gluedOnly && (m[1] || !/\d$/.test(text.slice(end - 1, end)))) return null;
  // and only before a word they measure ('15" display'), not closing a quote ('age of 11".')
  if (hit.beforeWord && !/^\s+[a-z]/.test(rest.slice(m[0].length))) return null;
  // a glued letter unit must end the token: "40C", not "3 C-130s"
  if (hit.gluedOnly && /^-/.test(rest.slice(m[0].length))) return null;
  // hyphenated units are adjectives of measure ("a 3.5-inch screen"), never money
  if (m[1]?.includes('-') && hit.kind === 'currency') return null;
  return { used: m[0].length, hit };
}

/** "2.4% a year", "£2 an hour", "5,000 per day", "20% annually": a rate; the period joins the unit */
const RATE =
  /^\s+(?:(?:a|an|per)\s+(year|annum|month|week|day|hour|minute|second|head|capita|person)|(annually|yearly|monthly|weekly|daily|hourly))(?![\p{L}\d])/iu;

/** the period of a rate adverb ("annually" -> "year") */
const ADVERB_PERIOD: Record<string, string> = {
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  hourly: 'hour',
};

/** The period of a rate written right after `offset` ("a year" -> "year"), or null. */
export function ratePeriod(
  text: string,
  offset: number,
): { period: string; length: number } | null {
  const m = RATE.exec(after(text, offset, 24));
  if (!m) return null;
  if (m[2]) return { period: ADVERB_PERIOD[m[2].toLowerCase()] as string, length: m[0].length };
  const p = (m[1] as string).toLowerCase();
  return { period: p === 'annum' ? 'year' : p === 'capita' ? 'person' : p, length: m[0].length };
}

function attachRate(c: Candidate, text: string): Candidate {
  const rate = ratePeriod(text, c.end);
  if (!rate) return c;
  return {
    ...c,
    end: c.end + rate.length,
    unit: `${c.unit ?? ''}/${rate.period}`,
    kind: 'rate',
    trail: [...c.trail, `${RULE}#rate`],
  };
}

export function attachUnits(cands: Candidate[], ctx: Context): Candidate[] {
  return attachAll(cands, ctx).map((c) =>
    c.rejected || c.change !== null || c.dims ? c : attachRate(c, ctx.text),
  );
}

function attachAll(cands: Candidate[], ctx: Context): Candidate[] {
  return cands.map((c) => {
    if (c.rejected || c.change !== null || c.dims) return c;
    const out = { ...c, trail: [...c.trail] };
    const cur = currencyBefore(ctx.text, c.start);
    if (cur) {
      out.start = cur.at;
      out.unit = cur.hit.unit;
      out.kind = 'currency';
      out.trail.push(cur.hit.rule);
    }
    const u = unitAfter(ctx.text, c.end);
    if (!u) return out;
    if (u.hit.kind === 'currency' && out.unit && out.unit !== u.hit.unit) return out;
    if (u.hit.kind !== 'currency' && out.kind === 'currency') return out;
    out.end = c.end + u.used;
    out.unit = u.hit.unit;
    out.kind = u.hit.kind;
    out.trail.push(u.hit.rule);
    return out;
  });
}
