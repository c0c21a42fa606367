/**
 * Event rows in ACLED-like columns, for analysts who load events into the tools they use for
 * ACLED data. The event and sub-event types come from data/export/acled.json (each with its
 * reason); sub-types ACLED does not code (statements, generic events) are left out. Columns
 * after `fatalities` are sitrep's own: where each row comes from (record, event, trigger rule)
 * and how sure its date and statement are.
 *
 * Differences from ACLED, on purpose: `fatalities` is empty unless the article states a death
 * toll for the event (ACLED writes 0); `event_date` may be a month or a year when that is all
 * the article says (`time_precision` 1 day, 2 month, 3 year, as ACLED numbers them); one row is
 * one event as one article reports it (ACLED merges reports: see /api/clusters).
 *
 * @example
 * for (const row of record.events.length ? eventRows(record) : []) { const a = acledRow(row); }
 */
import coding from '../../data/export/acled.json' with { type: 'json' };
import type { EventRow } from './events.js';

export const ACLED_COLUMNS = [
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'latitude',
  'longitude',
  'source',
  'notes',
  'fatalities',
  'country',
  'time_precision',
  'modality',
  'published',
  'sitrep_record',
  'sitrep_event',
  'sitrep_rule',
] as const;

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number | null>;

interface Coding {
  event_type: string;
  sub_event_type: string;
  reason: string;
}

const TYPES = coding.types as Record<string, Coding | null>;
const PRECISION = { day: 1, month: 2, year: 3 } as const;

/** The ACLED coding of an event row, or null when ACLED does not code this kind of event. */
export function acledCoding(row: Pick<EventRow, 'type' | 'variant'>): Coding | null {
  const byVariant = row.variant ? TYPES[`${row.type}/${row.variant}`] : undefined;
  return byVariant ?? TYPES[row.type] ?? null;
}

export function acledRow(row: EventRow): AcledRow | null {
  const code = acledCoding(row);
  if (code === null) return null;
  const notes = row.sentence.length > 500 ? `${row.sentence.slice(0, 499)}…` : row.sentence;
  return {
    event_date: row.date,
    event_type: code.event_type,
    sub_event_type: code.sub_event_type,
    actor1: row.actors.join('; ') || null,
    actor2: row.targets.join('; ') || null,
    location: row.place?.name ?? null,
    latitude: row.place?.lat ?? null,
    longitude: row.place?.lon ?? null,
    source: [row.outlet, ...row.relays].filter((s) => s !== null).join('; ') || null,
    notes,
    fatalities: row.fatalities,
    country: row.place?.country ?? null,
    time_precision: row.precision ? PRECISION[row.precision] : null,
    modality: row.modality,
    published: row.published,
    sitrep_record: row.record,
    sitrep_event: row.event,
    sitrep_rule: row.trigger.rule,
  };
}
