/**
 * Polarity that clashes: one article reports an event as happening or announced (modality
 * `asserted` or `future`), another as not happening (`negated`), for the same event type and actor in the same ISO week
 * (event time, else publication) and at most MAX_POLARITY_DAYS apart. A report of an opposite event with a continuation cue ("still
 * fighting" against "withdrawn", data/corpus/contradiction-opposites.json) counts as the
 * negation. Actors match by corpus entity when given, else by any normalised name or alias,
 * countries left out (too many events); an event with no actor is keyed by its place (not a
 * country); members of one event cluster always share a key.
 * Blocked by (type, actor, week).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRecord, SitrepRecord } from '../../core/record.js';
import { formatPath, norm, sourcePath, type OriginalRef } from '../sources/path.js';
import { MAX_BLOCK } from './figures.js';
import type { Contradiction, Side } from './types.js';

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/corpus/contradiction-opposites.json',
);
interface Opposite {
  type: string;
  denies: string;
  cues: string[];
  reason: string;
}
const OPPOSITES = (JSON.parse(readFileSync(FILE, 'utf8')) as { entries: Opposite[] }).entries;

export interface PolarityOptions {
  originals?: ReadonlyMap<string, OriginalRef>;
  /** event member (`${record}#${event}`) -> its event cluster (`groups('events')`), when known */
  clusterOf?: ReadonlyMap<string, string>;
  entityKey?: (recordId: string, entityId: string) => string | null | undefined;
}

/** ISO week of a date ("2025-W05"), from a TIMEX3 day value or an ISO date */
export function isoWeek(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the Thursday of its week
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function eventDate(r: SitrepRecord, e: EventRecord): string | null {
  const t = e.time ? r.times.find((x) => x.id === e.time) : null;
  if (t && /^\d{4}-\d{2}-\d{2}/.test(t.value)) return t.value.slice(0, 10);
  if (e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time)) return e.time.slice(0, 10);
  return r.published?.slice(0, 10) ?? null;
}

/**
 * The event's actors; when the events stage linked none ("troops are still fighting"), the
 * nearest entity before the trigger in its sentence, not a place or an outlet, stands in.
 */
function actorIds(r: SitrepRecord, e: EventRecord): string[] {
  if (e.actors.length > 0) return e.actors;
  const sentence = r.sentences.find((s) => s.start <= e.trigger.start && e.trigger.end <= s.end);
  if (!sentence) return [];
  let best: { id: string; start: number } | null = null;
  for (const ent of r.entities) {
    if (ent.type === 'place' || ent.type === 'country' || ent.kind === 'outlet') continue;
    for (const m of ent.mentions)
      if (m.start >= sentence.start && m.end <= e.trigger.start && (!best || m.start > best.start))
        best = { id: ent.id, start: m.start };
  }
  return best ? [best.id] : [];
}

function actorKeys(r: SitrepRecord, e: EventRecord, opts: PolarityOptions): string[] {
  const keys = new Set<string>();
  for (const id of actorIds(r, e)) {
    const corpus = opts.entityKey?.(r.id, id);
    if (corpus?.startsWith('country:')) continue;
    if (corpus) {
      keys.add(`entity:${corpus}`);
      continue;
    }
    const ent = r.entities.find((x) => x.id === id);
    // a country ("Russia", "Ukraine") is the actor of too many events to tie two reports together
    if (!ent || ent.type === 'country') continue;
    for (const name of [ent.name, ...ent.aliases]) keys.add(`name:${norm(name)}`);
  }
  // where it happens stands in for who does it when the events stage linked no actor
  if (keys.size === 0 && e.place) {
    const place = r.entities.find((x) => x.id === e.place);
    if (place && place.type !== 'country')
      keys.add(`place:${opts.entityKey?.(r.id, place.id) ?? norm(place.name)}`);
  }
  return [...keys];
}

/** One event report under one blocking key (`type|actor|week`). */
export interface PolarityReport {
  key: string;
  side: Side;
  copyOf: string;
  negated: boolean;
  rule: string;
}

/** The blocking-keyed reports of one record's typed events (small: kept while streaming). */
export function polarityReports(r: SitrepRecord, opts: PolarityOptions = {}): PolarityReport[] {
  const out: PolarityReport[] = [];
  const original = opts.originals?.get(r.id) ?? null;
  for (const e of r.events ?? []) {
    // asserted or announced (future) against negated; hedged and speculative reports clash with nothing
    if (e.type === 'other' || !['asserted', 'future', 'negated'].includes(e.modality)) continue;
    const sentence = r.sentences.find((s) => s.start <= e.trigger.start && e.trigger.end <= s.end);
    const words = new Set((sentence?.text ?? '').toLowerCase().split(/[^a-z']+/));
    const roles: { type: string; negated: boolean; rule: string }[] = [
      {
        type: e.type,
        negated: e.modality === 'negated',
        rule: `contradictions/polarity#${e.modality}`,
      },
    ];
    if (e.modality !== 'negated') {
      for (const o of OPPOSITES)
        if (o.type === e.type && o.cues.some((c) => words.has(c)))
          roles.push({
            type: o.denies,
            negated: true,
            rule: `lexicon:data/corpus/contradiction-opposites.json#${o.type}-${o.denies}`,
          });
    }
    const week = isoWeek(eventDate(r, e));
    if (!week) continue;
    const attribution = e.attributions[0] ?? e.attribution ?? null;
    const side: Side = {
      record: r.id,
      outlet: r.outlet,
      published: r.published,
      ref: e.id,
      text: sentence?.text ?? e.trigger.text,
      refersTo: eventDate(r, e),
      path: formatPath(sourcePath(r, attribution, original)),
      detail: `${e.type} ${e.modality} ("${e.trigger.text}")`,
    };
    // one event cluster is one real event: its members clash whoever the actors are (a
    // singleton cluster's key holds one record only, so it never pairs)
    const cluster = opts.clusterOf?.get(`${r.id}#${e.id}`);
    const keys = actorKeys(r, e, opts);
    if (cluster) keys.push(`cluster:${cluster}`);
    for (const role of roles)
      for (const actor of keys)
        out.push({
          key: `${role.type}|${actor}|${week}`,
          side,
          copyOf: original?.id ?? r.id,
          negated: role.negated,
          rule: role.rule,
        });
  }
  return out;
}

/** Clashing polarity among the typed events of `records`. */
export function polarityContradictions(
  records: readonly SitrepRecord[],
  opts: PolarityOptions = {},
): Contradiction[] {
  return polarityPairs(records.flatMap((r) => polarityReports(r, opts)));
}

/** the most days apart an assertion and a denial may be dated (blocked by ISO week first) */
export const MAX_POLARITY_DAYS = 3;
function withinDays(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return (
    Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) <=
    MAX_POLARITY_DAYS * 86_400_000
  );
}

/** Pairs asserted/announced against negated reports sharing a key (at most MAX_BLOCK a key). */
export function polarityPairs(reports: readonly PolarityReport[]): Contradiction[] {
  const blocks = new Map<string, PolarityReport[]>();
  for (const rep of reports) {
    const list = blocks.get(rep.key) ?? [];
    if (list.length < MAX_BLOCK) list.push(rep);
    blocks.set(rep.key, list);
  }
  const out = new Map<string, Contradiction>();
  for (const [key, list] of blocks) {
    const yes = list.filter((x) => !x.negated);
    const no = list.filter((x) => x.negated);
    for (const a of yes)
      for (const b of no) {
        if (a.copyOf === b.copyOf || a.side.record === b.side.record) continue;
        if (!withinDays(a.side.refersTo, b.side.refersTo)) continue;
        const id = `${a.side.record}#${a.side.ref}|${b.side.record}#${b.side.ref}`;
        if (out.has(id)) continue;
        out.set(id, {
          kind: 'polarity',
          rule: `contradictions/polarity#asserted-vs-negated+${b.rule}`,
          reason: `${key.split('|')[0]} reported by ${a.side.outlet ?? a.side.record} and denied by ${b.side.outlet ?? b.side.record} in ${key.split('|')[2]}`,
          key,
          a: a.side,
          b: b.side,
        });
      }
  }
  return [...out.values()];
}
