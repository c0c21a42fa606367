/**
 * The figures of a record as comparable points: each quantity with a counted noun, what it
 * measures (things.ts), the date it refers to, the date reported, its event and its source path.
 * Series and contradictions both read these; the record's ids (quantity, claim, event,
 * attribution, time) travel with each point as provenance.
 *
 * The date a figure refers to: a calendar DATE/TIME of its claim, else one in its sentence
 * (`refersRule` `claim-time` / `sentence-time`); the end of a duration's range for a change
 * ("halved in three months" refers to the end of those three months, `change-period`); else the
 * publication date (`published`). PRESENT_REF ("at the moment") is the publication date.
 */
import type { EventRecord, Quantity, SitrepRecord, TimeExpr } from '../../core/record.js';
import { formatPath, norm, sourcePath, type OriginalRef } from '../sources/path.js';
import { isListedNoun, thingOf } from './things.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface FigurePoint {
  record: string;
  /** quantity id in the record */
  quantity: string;
  outlet: string | null;
  published: string | null;
  /** the figure as written with its hedge and noun: "about 11,000 North Korean troops" */
  text: string;
  counted: string;
  thing: string;
  qualifier: string | null;
  thingRule: string;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: string | null;
  unit: string | null;
  /** relative change as a factor (halved 0.5) */
  change: number | null;
  /** the date the figure refers to (TIMEX3 value: 2024-11, 2025-01-31) or null */
  refersTo: string | null;
  refersRule: 'claim-time' | 'sentence-time' | 'change-period' | 'published' | 'unknown';
  /** the time id it was read from */
  time: string | null;
  /** for a change: the period it covers */
  period: { begin: string; end: string } | null;
  event: { id: string; type: string } | null;
  claim: string | null;
  attribution: string | null;
  /** "UNN → The New York Times → officials (anonymous)" */
  path: string;
  /** the id of the original when the record is a copy */
  copyOf: string | null;
  /** the entities mentioned in its sentence: normalised names and aliases, `cc:KP` countries */
  context: string[];
  /**
   * who and where, specifically: its event's actors and place, normalised, countries left out
   * (too broad to tie two figures to one event); a plural head maps through the things lexicon
   * ("north korean soldiers" -> "north korean troops")
   */
  actors: string[];
  /** "two more children", "another 300": an increment, not a total */
  increment: boolean;
  /** the event cluster of its event and the story of its record, when the caller knows them */
  cluster: string | null;
  story: string | null;
}

export interface PointContext {
  /** event member `${record}#${event}` -> event cluster */
  clusterOf?: ReadonlyMap<string, string>;
  /** record id -> story cluster */
  storyOf?: ReadonlyMap<string, string>;
}

const CALENDAR = /^\d{4}(?:-(?:\d{2}|W\d{2}|Q\d|SU|SP|FA|WI)(?:-\d{2})?)?(?:T.*)?$/;

function calendarOf(t: TimeExpr, published: string | null): string | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  if (t.value === 'PRESENT_REF') return published;
  return CALENDAR.test(t.value) ? t.value : null;
}

function contextOf(r: SitrepRecord, start: number, end: number): string[] {
  const out = new Set<string>();
  for (const e of r.entities) {
    if (!e.mentions.some((m) => m.start >= start && m.end <= end)) continue;
    for (const name of [e.name, ...(e.aliases ?? [])])
      if (typeof name === 'string') out.add(norm(name));
    if (e.country) out.add(`cc:${e.country}`);
  }
  return [...out].sort();
}

/** The point of one quantity, or null when it counts nothing we can name. */
function actorsOf(r: SitrepRecord, e: EventRecord | null): string[] {
  if (!e) return [];
  const out = new Set<string>();
  for (const id of [...e.actors, ...(e.place ? [e.place] : [])]) {
    const ent = r.entities.find((x) => x.id === id);
    if (!ent || ent.type === 'country' || typeof ent.name !== 'string') continue;
    const words = norm(ent.name).split(' ');
    const head = words.pop() ?? '';
    out.add([...words, isListedNoun(head) ? thingOf(head).thing : head].join(' '));
  }
  return [...out].sort();
}

const INCREMENT_AFTER = /^\s*(?:more|additional|other|extra)\b/i;
const INCREMENT_BEFORE = /\b(?:another|an additional|a further)\s*$/i;

function pointOf(
  r: SitrepRecord,
  q: Quantity,
  original: OriginalRef | null,
  ctx: PointContext,
): FigurePoint | null {
  if (!q.counted) return null;
  const sentence = r.sentences.find((s) => s.start <= q.start && q.end <= s.end);
  const after = sentence ? r.text.slice(q.end, sentence.end) : '';
  const at = after.indexOf(q.counted);
  const between = at >= 0 && at <= 60 ? after.slice(0, at) : '';
  // "the number of North Korean troops ... halved": the counted words stop before the noun
  const inSentence = sentence ? r.text.slice(sentence.start, sentence.end) : '';
  const next = new RegExp(`${escape(q.counted)}\\s+(\\p{L}+)`, 'u').exec(inSentence)?.[1];
  const thing =
    at < 0 && next && isListedNoun(next) ? thingOf(next, q.counted) : thingOf(q.counted, between);
  const claim = r.claims.find((c) => c.quantities.includes(q.id)) ?? null;
  const event = r.events.find((e) => e.quantities.includes(q.id)) ?? null;
  const times = new Map(r.times.map((t) => [t.id, t]));
  let refersTo: string | null = null;
  let refersRule: FigurePoint['refersRule'] = 'unknown';
  let time: string | null = null;
  let period: FigurePoint['period'] = null;
  const pick = (list: TimeExpr[], rule: FigurePoint['refersRule']) => {
    for (const t of list) {
      if (q.change !== null && t.type === 'DURATION' && t.range) {
        period = t.range;
        refersTo = t.range.end;
        refersRule = 'change-period';
        time = t.id;
        return true;
      }
      const value = calendarOf(t, r.published);
      if (value) {
        refersTo = value;
        refersRule = rule;
        time = t.id;
        return true;
      }
    }
    return false;
  };
  const claimTimes = (claim?.times ?? []).flatMap((id) => times.get(id) ?? []);
  const sentenceTimes = sentence
    ? r.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end)
    : [];
  if (!pick(claimTimes, 'claim-time') && !pick(sentenceTimes, 'sentence-time')) {
    refersTo = r.published;
    refersRule = r.published ? 'published' : 'unknown';
  }
  const attribution = claim?.attribution ?? event?.attribution ?? null;
  const approxSpan = q.approxSpan as { text: string } | null | undefined;
  return {
    record: r.id,
    quantity: q.id,
    outlet: r.outlet,
    published: r.published,
    text:
      q.change !== null && q.value === null
        ? `${q.text} (${q.counted})`
        : [approxSpan?.text ?? q.text, between.trim(), q.counted].filter(Boolean).join(' '),
    counted: q.counted,
    thing: thing.thing,
    qualifier: thing.qualifier,
    thingRule: thing.rule,
    value: q.value,
    low: q.low,
    high: q.high,
    approx: q.approx,
    unit: q.unit,
    change: q.change,
    refersTo,
    refersRule,
    time,
    period,
    event: event ? { id: event.id, type: event.type } : null,
    claim: claim?.id ?? null,
    attribution,
    path: formatPath(sourcePath(r, attribution, original)),
    copyOf: original && original.id !== r.id ? original.id : null,
    context: sentence ? contextOf(r, sentence.start, sentence.end) : [],
    actors: actorsOf(r, event),
    increment:
      INCREMENT_AFTER.test(r.text.slice(q.end, q.end + 12)) ||
      INCREMENT_BEFORE.test(r.text.slice(Math.max(0, q.start - 16), q.start)),
    cluster: event ? (ctx.clusterOf?.get(`${r.id}#${event.id}`) ?? null) : null,
    story: ctx.storyOf?.get(r.id) ?? null,
  };
}

/** Every figure of a record that counts something; bad layers give no point, never a throw. */
export function figurePoints(
  r: SitrepRecord,
  original: OriginalRef | null = null,
  ctx: PointContext = {},
): FigurePoint[] {
  const out: FigurePoint[] = [];
  for (const q of r.quantities ?? []) {
    try {
      const p = pointOf(r, q, original, ctx);
      if (p) out.push(p);
    } catch {
      // a malformed layer skips this figure; the batch goes on
    }
  }
  return out;
}
