/**
 * `sitrep extract --format pretty`: the record's typed events in time order, one per line, with
 * actor, place, time, modality and source. Events without a time come last, in text order.
 * Generic ("other") event mentions are counted, not listed.
 *
 * Example:
 *   formatEvents(record)
 *   // 2024-11  deployment  "arrival" (+1)  actor: DPRK military  place: Russia  asserted
 *   //   source: UNN → The New York Times  also: Ukrainian officials and troops on the front lines
 * (one line per event; `also` lists the sources of its later mentions)
 */
import type { EventRecord, SitrepRecord } from '../../core/record.js';
import { sourcePath } from '../claims/format.js';

type Readable = Pick<
  SitrepRecord,
  | 'events'
  | 'entities'
  | 'times'
  | 'attributions'
  | 'published'
  | 'quantities'
  | 'provenance'
  | 'outlet'
>;

/** A sortable key from a TIMEX3 value: "2024-11" < "2024-11-05" < "2025"; null when not a date. */
function sortKey(value: string): string | null {
  return /^\d{4}/.test(value) ? value : null;
}

export function formatEvents(record: Readable): string {
  const entity = new Map(record.entities.map((e) => [e.id, e.name]));
  const time = new Map(record.times.map((t) => [t.id, t]));
  const source = new Map(record.attributions.map((a) => [a.id, a.source?.text ?? a.id]));
  const quantity = new Map(record.quantities.map((q) => [q.id, q.text]));
  const typed = record.events.filter((e) => e.type !== 'other');
  const when = (e: EventRecord): { label: string; key: string | null } => {
    if (!e.time) return { label: '?', key: null };
    if (e.timeSource === 'published')
      return { label: `${e.time} (published)`, key: sortKey(e.time) };
    const t = time.get(e.time);
    if (!t) return { label: e.time, key: null };
    // "now", "at the moment": the publication date is the best sort key
    const key = t.value === 'PRESENT_REF' ? (record.published ?? null) : sortKey(t.value);
    return { label: `${t.value} "${t.text}"`, key };
  };
  const rows = typed
    .map((e) => ({ e, w: when(e) }))
    .sort((a, b) => {
      if (a.w.key && b.w.key && a.w.key !== b.w.key) return a.w.key < b.w.key ? -1 : 1;
      if (a.w.key && !b.w.key) return -1;
      if (!a.w.key && b.w.key) return 1;
      return a.e.trigger.start - b.e.trigger.start;
    });
  const names = (ids: readonly string[]) => ids.map((id) => entity.get(id) ?? id).join(', ') || '-';
  const lines = rows.map(({ e, w }) => {
    const type = e.variant ? `${e.type}/${String(e.variant)}` : e.type;
    const parts = [
      w.label.padEnd(24),
      type.padEnd(28),
      `"${e.trigger.text}"${e.mentions.length > 1 ? ` (+${e.mentions.length - 1})` : ''}`,
      `actor: ${names(e.actors)}`,
    ];
    if (e.targets.length) parts.push(`target: ${names(e.targets)}`);
    parts.push(`place: ${e.place ? (entity.get(e.place) ?? e.place) : '-'}`);
    if (e.quantities.length)
      parts.push(`figures: ${e.quantities.map((q) => quantity.get(q) ?? q).join(', ')}`);
    parts.push(e.modality);
    parts.push(`source: ${sourcePath(record, e.attribution).join(' → ')}`);
    // records stored before `attributions` existed lack it
    const more = (e.attributions ?? []).filter((a) => a !== e.attribution);
    if (more.length) parts.push(`also: ${more.map((a) => source.get(a) ?? a).join('; ')}`);
    return parts.join('  ');
  });
  const other = record.events.length - typed.length;
  lines.push(`(${typed.length} typed events; ${other} other event mentions not listed)`);
  return lines.join('\n');
}
