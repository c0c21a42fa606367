/**
 * A record's events as flat rows that tables, maps and the HTTP API share: ids resolved to
 * names (actors, targets, place with its coordinates), the event's time resolved to its TIMEX3
 * value and a date, figures killed where the record states them, and the sentence the first
 * trigger sits in. Every row keeps its record id, event id and trigger rule (provenance).
 *
 * @example
 * for (const row of eventRows(record)) console.log(row.date, row.type, row.place?.name);
 */
import type { Entity, EventRecord, SitrepRecord } from '../core/record.js';

export interface EventPlace {
  entity: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** admin level of the coordinates: country, region, city ... */
  admin: string | null;
  /** where the coordinates come from (gazetteer) */
  geoSource: string | null;
}

export interface EventRow {
  record: string;
  event: string;
  type: string;
  variant: string | null;
  /** the ACLED-aligned top-level type id ("battles") */
  top: string | null;
  /** the event's time as a TIMEX3 value ("2025-01-31", "2024-11"); null when none */
  when: string | null;
  /** the calendar day of `when`, or its month or year when that is all it says */
  date: string | null;
  /** day, month or year: how much of `date` is known */
  precision: 'day' | 'month' | 'year' | null;
  /** "expression" (a time in the text) or "published" (the publication date) */
  timeSource: string | null;
  actors: string[];
  targets: string[];
  place: EventPlace | null;
  /** people killed, when a count is attached to a "killed" casualties event */
  fatalities: number | null;
  modality: string;
  /** the first trigger as written, with its span and rule */
  trigger: { start: number; end: number; text: string; rule: string };
  /** the sentence holding the first trigger */
  sentence: string;
  published: string | null;
  outlet: string | null;
  /** outlets the text relays, outermost first ("The New York Times") */
  relays: string[];
  title: string | null;
  url: string | null;
}

/** A TIMEX3 value read as a calendar date: the longest of YYYY-MM-DD, YYYY-MM, YYYY. */
const DAY = /^\d{4}-\d{2}-\d{2}/;
const MONTH = /^\d{4}-\d{2}(?!\d)/;
const YEAR = /^\d{4}(?!\d)/;

export function calendarDate(value: string | null): Pick<EventRow, 'date' | 'precision'> {
  if (value === null) return { date: null, precision: null };
  const day = DAY.exec(value);
  if (day) return { date: day[0], precision: 'day' };
  const month = MONTH.exec(value);
  if (month) return { date: month[0], precision: 'month' };
  const year = YEAR.exec(value);
  if (year) return { date: year[0], precision: 'year' };
  return { date: null, precision: null };
}

export function eventRows(record: SitrepRecord): EventRow[] {
  const entities = new Map(record.entities.map((e) => [e.id, e]));
  const times = new Map(record.times.map((t) => [t.id, t]));
  const quantities = new Map(record.quantities.map((q) => [q.id, q]));
  const names = (ids: readonly string[]) =>
    ids.map((id) => entities.get(id)?.name).filter((n): n is string => n !== undefined);
  const relays = record.provenance.filter((p) => p.role === 'source').map((p) => p.name);
  return record.events.map((e) => {
    // `time` is a times id, or the publication date itself when timeSource is "published"
    const when = e.time === null ? null : (times.get(e.time)?.value ?? e.time);
    const fatalities =
      e.type === 'casualties' && e.variant === 'killed'
        ? (e.quantities
            .map((id) => quantities.get(id))
            .map((q) => q?.value ?? q?.low ?? null)
            .find((v): v is number => v !== null) ?? null)
        : null;
    return {
      record: record.id,
      event: e.id,
      type: e.type,
      variant: typeof e.variant === 'string' ? e.variant : null,
      top: typeof e.top === 'string' ? e.top : null,
      when,
      ...calendarDate(when),
      timeSource: e.timeSource ?? null,
      actors: names(e.actors),
      targets: names(e.targets),
      place: placeOf(e, entities),
      fatalities,
      modality: e.modality,
      trigger: e.trigger,
      sentence: sentenceAt(record, e.trigger.start),
      published: record.published,
      outlet: record.outlet,
      relays,
      title: record.title,
      url: record.origin.url,
    };
  });
}

function placeOf(e: EventRecord, entities: Map<string, Entity>): EventPlace | null {
  const p = e.place === null ? undefined : entities.get(e.place);
  if (!p) return null;
  return {
    entity: p.id,
    name: p.name,
    country: p.country ?? null,
    lat: p.geo?.lat ?? null,
    lon: p.geo?.lon ?? null,
    admin: p.geo?.admin ?? null,
    geoSource: p.geo?.source ?? null,
  };
}

function sentenceAt(record: SitrepRecord, offset: number): string {
  const s = record.sentences.find((x) => x.start <= offset && offset < x.end);
  return (s?.text ?? '').replace(/\s+/g, ' ').trim();
}

/** Does the row's time fall within [since, until] (ISO dates, compared on their common prefix)? */
export function withinDates(row: EventRow, since: string | null, until: string | null): boolean {
  if (since === null && until === null) return true;
  if (row.date === null) return false;
  if (since !== null && row.date < since.slice(0, row.date.length)) return false;
  if (until !== null && row.date > until.slice(0, row.date.length)) return false;
  return true;
}
