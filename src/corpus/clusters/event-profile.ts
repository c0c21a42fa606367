/**
 * What the event clustering compares of one event mention: its keys (typed events by type,
 * every event by trigger lemma), its time as a day interval, its place and actors by
 * normalised name, and its modality. Built from the record alone, so the pairwise event test
 * is order-free like the story test.
 */
import settings from '../../../data/corpus/cluster-settings.json' with { type: 'json' };
import lexicon from '../../../data/corpus/event-lexicon.json' with { type: 'json' };
import type { EventRecord, SitrepRecord, TimeExpr } from '../../core/record.js';
import { dayOf, normaliseName } from './profile.js';

export interface EventProfile {
  /** event id in its record */
  id: string;
  type: string;
  lemma: string;
  /** "t:<type>" for typed events, "l:<lemma>" for every event, "c:<WordNet synset>" */
  keys: string[];
  /** first and last day (days since 1970-01-01), null when unknown */
  time: [number, number] | null;
  place: string | null;
  /** names of what the place lies in (its admin region and country, when the entity has them) */
  within?: string[];
  actors: string[];
  modality: string;
  /** the first trigger, for showing */
  trigger: { start: number; end: number; text: string };
}

const SKIP = new Set(settings.events.skipLemmas);
const CONCEPTS = new Map(Object.entries(lexicon.concepts as Record<string, string[]>));

/** the day interval of a TIMEX3-like value (2024, 2024-11, 2024-11-05, a range), or null */
export function daySpan(
  value: string | null | undefined,
  range?: TimeExpr['range'],
): [number, number] | null {
  if (range?.begin && range.end) {
    const a = dayOf(range.begin);
    const b = dayOf(range.end);
    if (a !== null && b !== null) return [Math.min(a, b), Math.max(a, b)];
  }
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = dayOf(`${m[1]}-${m[2]}-${m[3]}`);
    return d === null ? null : [d, d];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    const first = Math.floor(Date.UTC(y, mo - 1, 1) / 86_400_000);
    const last = Math.floor(Date.UTC(y, mo, 1) / 86_400_000) - 1;
    return [first, last];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return [
      Math.floor(Date.UTC(y, 0, 1) / 86_400_000),
      Math.floor(Date.UTC(y + 1, 0, 1) / 86_400_000) - 1,
    ];
  }
  return null;
}

export function lemmaOf(e: EventRecord): string {
  const l = typeof e.lemma === 'string' && e.lemma ? e.lemma : (e.trigger?.text ?? '');
  return l.toLowerCase();
}

export function eventProfiles(record: SitrepRecord): EventProfile[] {
  const names = new Map((record.entities ?? []).map((e) => [e.id, normaliseName(e.name)]));
  const within = new Map(
    (record.entities ?? []).map((e) => [
      e.id,
      [e.geo?.admin, e.country].filter((x): x is string => !!x).map(normaliseName),
    ]),
  );
  const times = new Map((record.times ?? []).map((t) => [t.id, t]));
  const out: EventProfile[] = [];
  for (const e of record.events ?? []) {
    if (!e || typeof e.id !== 'string' || !e.trigger) continue;
    const lemma = lemmaOf(e);
    const typed = e.type && e.type !== 'other';
    if (!typed && (SKIP.has(lemma) || lemma.length < 3)) continue;
    const keys = [`l:${lemma}`];
    if (typed) keys.unshift(`t:${e.type}`);
    // the WordNet concepts of the lemma ("death" and "die" share one: event-lexicon.json)
    if (settings.events.concepts && !SKIP.has(lemma)) {
      for (const c of CONCEPTS.get(lemma) ?? []) keys.push(`c:${c}`);
    }
    let time: [number, number] | null = null;
    if (e.timeSource === 'published') time = daySpan(record.published);
    else if (e.time) {
      const t = times.get(e.time);
      time = t ? daySpan(t.value, t.range) : null;
    }
    out.push({
      id: e.id,
      type: e.type,
      lemma,
      keys,
      time,
      place: e.place ? (names.get(e.place) ?? null) : null,
      within: e.place ? (within.get(e.place) ?? []) : [],
      actors: [
        ...new Set((e.actors ?? []).map((a) => names.get(a)).filter((a): a is string => !!a)),
      ].sort(),
      modality: e.modality ?? 'asserted',
      trigger: { start: e.trigger.start, end: e.trigger.end, text: e.trigger.text },
    });
  }
  return out;
}

const words = (name: string) => new Set(name.split(/[\s-]+/));
const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

/**
 * Two places are compatible when they are the same, one's words are all in the other's
 * ("port", "Odesa" and "Odesa port"), or one lies in the other (its admin region or country).
 */
export function samePlace(a: EventProfile, b: EventProfile): boolean {
  const [p, q] = [a.place ?? '', b.place ?? ''];
  if (p === q) return true;
  const [wp, wq] = [words(p), words(q)];
  if (subset(wp, wq) || subset(wq, wp)) return true;
  return (a.within ?? []).includes(q) || (b.within ?? []).includes(p);
}

export interface EventLinkReason {
  rule: string;
  key: string;
}

/** The pairwise event test: same key, compatible time, place and actors. */
export function eventTest(a: EventProfile, b: EventProfile): EventLinkReason | null {
  const key = a.keys.find((k) => b.keys.includes(k));
  if (!key) return null;
  if (a.time && b.time) {
    const gap = Math.max(a.time[0], b.time[0]) - Math.min(a.time[1], b.time[1]);
    if (gap > settings.events.windowDays) return null;
  }
  if (settings.events.checkPlace && a.place && b.place && !samePlace(a, b)) return null;
  if (
    settings.events.checkActors &&
    a.actors.length > 0 &&
    b.actors.length > 0 &&
    !a.actors.some((x) => b.actors.includes(x))
  ) {
    return null;
  }
  const rule = key.startsWith('t:')
    ? 'events/same-type'
    : key.startsWith('c:')
      ? 'events/same-concept'
      : 'events/same-lemma';
  return { rule, key };
}
