/**
 * A timeline: the typed events involving an entity (as actor, target or place, or mentioned in
 * the event's sentence), one entry per event cluster, in the order they happened.
 *
 * When an entry happened: the earliest calendar time among its members whose time the events
 * stage read from an expression (`when.rule` `event-time`); else the date of the clause's
 * publication anchor (`published-anchor`: present or perfect clauses the events stage anchors to
 * publication); else unknown, and unknown entries come last, ordered by their first report
 * (`first-report`). Each entry lists its reports and the independent source chains of its
 * whole event cluster (sources/independent.ts).
 */
import type { EventRecord, SitrepRecord } from '../../core/record.js';
import { independentSources, type Report, type SourceOptions } from '../sources/independent.js';

export interface TimelineInput extends SourceOptions {
  /** the records to read: those mentioning the entity and their events' cluster co-members */
  records: readonly SitrepRecord[];
  /** record entity ids that are the entity, per record */
  entityIds: ReadonlyMap<string, ReadonlySet<string>>;
  /** event member (`${record}#${event}`) -> event cluster id; a member absent is its own cluster */
  clusterOf?: ReadonlyMap<string, string>;
  /** ISO date bounds on when an entry happened (or its first report when unknown) */
  since?: string | null;
  until?: string | null;
}

export interface TimelineEntry {
  cluster: string;
  type: string;
  variant: string | null;
  when: string | null;
  whenRule: 'event-time' | 'published-anchor' | 'first-report';
  firstReport: { record: string; outlet: string | null; published: string | null };
  /** the first report's sentence */
  text: string;
  /** how the entity takes part: actor, target, place, mentioned */
  roles: string[];
  modality: Record<string, number>;
  reports: {
    record: string;
    event: string;
    outlet: string | null;
    published: string | null;
    modality: string;
  }[];
  independent: number;
  sources: { path: string; rule: string; records: string[] }[];
  copies: string[];
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/** the calendar time of an event and how it was set */
function eventWhen(
  r: SitrepRecord,
  e: EventRecord,
): { value: string; rule: TimelineEntry['whenRule'] } | null {
  if (!e.time) return null;
  const t = r.times.find((x) => x.id === e.time);
  const value = t ? (t.value === 'PRESENT_REF' ? r.published : t.value) : e.time;
  const m = value ? CALENDAR.exec(value) : null;
  if (!m) return null;
  const rule = e.timeSource === 'published' || !t ? 'published-anchor' : 'event-time';
  return { value: m[0], rule };
}

function rolesOf(r: SitrepRecord, e: EventRecord, ids: ReadonlySet<string>): string[] {
  const roles: string[] = [];
  if (e.actors.some((a) => ids.has(a))) roles.push('actor');
  if (e.targets.some((a) => ids.has(a))) roles.push('target');
  if (e.place && ids.has(e.place)) roles.push('place');
  if (roles.length > 0) return roles;
  const s = r.sentences.find((x) => x.start <= e.trigger.start && e.trigger.end <= x.end);
  if (!s) return roles;
  const mentioned = r.entities.some(
    (en) => ids.has(en.id) && en.mentions.some((m) => m.start >= s.start && m.end <= s.end),
  );
  return mentioned ? ['mentioned'] : roles;
}

const sentenceOf = (r: SitrepRecord, e: EventRecord) =>
  r.sentences.find((x) => x.start <= e.trigger.start && e.trigger.end <= x.end)?.text ??
  e.trigger.text;

export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const clusterOf = (m: string) => input.clusterOf?.get(m) ?? m;
  // members of each cluster among the records read
  const members = new Map<string, { r: SitrepRecord; e: EventRecord }[]>();
  for (const r of input.records)
    for (const e of r.events ?? []) {
      if (e.type === 'other') continue;
      const c = clusterOf(`${r.id}#${e.id}`);
      members.set(c, [...(members.get(c) ?? []), { r, e }]);
    }
  const entries: TimelineEntry[] = [];
  for (const [cluster, list] of members) {
    const roles = new Set<string>();
    for (const { r, e } of list) {
      const ids = input.entityIds.get(r.id);
      if (ids) for (const role of rolesOf(r, e, ids)) roles.add(role);
    }
    if (roles.size === 0) continue;
    list.sort(
      (a, b) =>
        (a.r.published ?? '9999').localeCompare(b.r.published ?? '9999') ||
        a.r.id.localeCompare(b.r.id) ||
        a.e.id.localeCompare(b.e.id),
    );
    const first = list[0]!;
    const times = list.flatMap(({ r, e }) => eventWhen(r, e) ?? []);
    const exact = times
      .filter((t) => t.rule === 'event-time')
      .sort((a, b) => a.value.localeCompare(b.value));
    const anchored = times
      .filter((t) => t.rule === 'published-anchor')
      .sort((a, b) => a.value.localeCompare(b.value));
    const when = exact[0] ?? anchored[0] ?? null;
    const reports: Report[] = list.map(({ r, e }) => ({
      record: r,
      ref: e.id,
      attributions: e.attributions ?? [],
    }));
    const ind = independentSources(reports, input);
    const modality: Record<string, number> = {};
    for (const { e } of list) modality[e.modality] = (modality[e.modality] ?? 0) + 1;
    entries.push({
      cluster,
      type: first.e.type,
      variant: (first.e.variant as string | null | undefined) ?? null,
      when: when?.value ?? null,
      whenRule: when?.rule ?? 'first-report',
      firstReport: { record: first.r.id, outlet: first.r.outlet, published: first.r.published },
      text: sentenceOf(first.r, first.e),
      roles: [...roles].sort(),
      modality,
      reports: list.map(({ r, e }) => ({
        record: r.id,
        event: e.id,
        outlet: r.outlet,
        published: r.published,
        modality: e.modality,
      })),
      independent: ind.count,
      sources: ind.chains.map((c) => ({ path: c.path, rule: c.rule, records: c.records })),
      copies: ind.copies,
    });
  }
  const dated = (e: TimelineEntry) => e.when ?? e.firstReport.published ?? '9999';
  const inBounds = (e: TimelineEntry) => {
    const d = dated(e);
    if (input.since && d.slice(0, input.since.length) < input.since && !input.since.startsWith(d))
      return false;
    if (input.until && d.slice(0, 10) > input.until) return false;
    return true;
  };
  return entries
    .filter(inBounds)
    .sort(
      (a, b) =>
        (a.when === null ? 1 : 0) - (b.when === null ? 1 : 0) ||
        dated(a).localeCompare(dated(b)) ||
        a.cluster.localeCompare(b.cluster),
    );
}
