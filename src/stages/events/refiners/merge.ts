/**
 * Mention merging: one event reported several times in an article is one event with several
 * mentions. Two typed events merge when they share sub-type, variant and modality, and their
 * actors, targets, place and time do not conflict (equal, or one side unknown). Generic
 * ("other") events are never merged: without a type there is no evidence they co-refer.
 */
import type { EventRecord } from '../../../core/record.js';
import { MOVER_TYPES } from '../lexicon.js';

function compatibleSets(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}

interface Participant {
  role: string;
  entity: string | null;
  head: string | null;
}

/** Who did it: linked entities, else head nouns (pronouns unknown); movers count as doers. */
function doers(e: EventRecord): string[] {
  const ps = (e.participants ?? []) as Participant[];
  const role = ps.some((p) => p.role === 'arg0') || !MOVER_TYPES.has(e.type) ? 'arg0' : 'arg1';
  return ps.filter((p) => p.role === role).flatMap((p) => (p.entity ? [p.entity] : p.head ? [p.head] : []));
}

function compatible(a: EventRecord, b: EventRecord): boolean {
  return (
    compatibleSets(doers(a), doers(b)) &&
    a.type !== 'other' &&
    a.type === b.type &&
    a.variant === b.variant &&
    a.modality === b.modality &&
    compatibleSets(a.actors, b.actors) &&
    compatibleSets(a.targets, b.targets) &&
    (a.place === null || b.place === null || a.place === b.place) &&
    (a.time === null || b.time === null || a.time === b.time || a.timeSource === 'published' || b.timeSource === 'published')
  );
}

/** events of one type compared with each new mention: bounds the work on hostile input */
const LOOK_BACK = 30;

export function mergeMentions(events: readonly EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  const byType = new Map<string, EventRecord[]>();
  for (const e of events) {
    const key = `${e.type}|${String(e.variant)}|${e.modality}`;
    const same = byType.get(key) ?? [];
    const into = e.type === 'other' ? undefined : same.slice(-LOOK_BACK).find((o) => compatible(o, e));
    if (!into) {
      const copy: EventRecord = {
        ...e,
        mentions: [...e.mentions],
        actors: [...e.actors],
        targets: [...e.targets],
        quantities: [...e.quantities],
        participants: [...(e.participants as unknown[])],
      };
      out.push(copy);
      same.push(copy);
      byType.set(key, same);
      continue;
    }
    into.mentions.push(...e.mentions);
    for (const a of e.actors) if (!into.actors.includes(a)) into.actors.push(a);
    for (const t of e.targets) if (!into.targets.includes(t)) into.targets.push(t);
    for (const q of e.quantities) if (!into.quantities.includes(q)) into.quantities.push(q);
    into.place ??= e.place;
    if (into.time === null || (into.timeSource === 'published' && e.timeSource === 'expression')) {
      into.time = e.time;
      into.timeSource = e.timeSource ?? null;
    }
    into.attribution ??= e.attribution;
    const participants = into.participants as unknown[];
    participants.push(...(e.participants as unknown[]));
  }
  return out;
}
