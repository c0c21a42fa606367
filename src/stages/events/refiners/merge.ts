/**
 * Mention merging: one event reported several times in an article is one event with several
 * mentions. Two typed events merge when they share sub-type, variant and modality, and their
 * doers, actors, targets, place and time do not conflict (equal, or one side unknown). Generic
 * ("other") events are never merged: without a type there is no evidence they co-refer.
 * Doers are linked entities, else head nouns (pronouns count as unknown).
 */
import type { EventRecord } from '../../../core/record.js';
import { MOVER_TYPES } from '../lexicon.js';

interface Participant {
  role: string;
  entity: string | null;
  head: string | null;
}

/** events of one type compared with each new mention: bounds the work on hostile input */
const LOOK_BACK = 30;

interface Group {
  event: EventRecord;
  doers: Set<string>;
  actors: Set<string>;
  targets: Set<string>;
}

function doers(e: EventRecord): string[] {
  const ps = (e.participants ?? []) as Participant[];
  const role = ps.some((p) => p.role === 'arg0') || !MOVER_TYPES.has(e.type) ? 'arg0' : 'arg1';
  return ps
    .filter((p) => p.role === role)
    .flatMap((p) => (p.entity ? [p.entity] : p.head ? [p.head] : []));
}

/** equal or one side unknown: the new side is small, the group side is a set */
function fits(group: ReadonlySet<string>, mine: readonly string[]): boolean {
  return group.size === 0 || mine.length === 0 || mine.some((x) => group.has(x));
}

function compatible(g: Group, e: EventRecord): boolean {
  const a = g.event;
  return (
    fits(g.doers, doers(e)) &&
    fits(g.actors, e.actors) &&
    fits(g.targets, e.targets) &&
    (a.place === null || e.place === null || a.place === e.place) &&
    (a.time === null ||
      e.time === null ||
      a.time === e.time ||
      a.timeSource === 'published' ||
      e.timeSource === 'published')
  );
}

export function mergeMentions(events: readonly EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  const byKey = new Map<string, Group[]>();
  for (const e of events) {
    const key = `${e.type}|${String(e.variant)}|${e.modality}`;
    const same = byKey.get(key) ?? [];
    const into =
      e.type === 'other' ? undefined : same.slice(-LOOK_BACK).find((g) => compatible(g, e));
    if (!into) {
      const copy: EventRecord = {
        ...e,
        mentions: [...e.mentions],
        actors: [...e.actors],
        targets: [...e.targets],
        quantities: [...e.quantities],
        attributions: [...e.attributions],
        participants: [...(e.participants as unknown[])],
      };
      out.push(copy);
      same.push({
        event: copy,
        doers: new Set(doers(e)),
        actors: new Set(e.actors),
        targets: new Set(e.targets),
      });
      byKey.set(key, same);
      continue;
    }
    const target = into.event;
    target.mentions.push(...e.mentions);
    for (const d of doers(e)) into.doers.add(d);
    for (const a of e.actors) {
      if (into.actors.has(a)) continue;
      into.actors.add(a);
      target.actors.push(a);
    }
    for (const t of e.targets) {
      if (into.targets.has(t)) continue;
      into.targets.add(t);
      target.targets.push(t);
    }
    for (const q of e.quantities) if (!target.quantities.includes(q)) target.quantities.push(q);
    target.place ??= e.place;
    if (
      target.time === null ||
      (target.timeSource === 'published' && e.timeSource === 'expression')
    ) {
      target.time = e.time;
      target.timeSource = e.timeSource ?? null;
    }
    // the event keeps its first mention's source; later mentions add theirs to `attributions`
    for (const a of e.attributions)
      if (!target.attributions.includes(a)) target.attributions.push(a);
    (target.participants as unknown[]).push(...(e.participants as unknown[]));
  }
  return out;
}
