/**
 * Corpus stage "events": event mentions from different articles that report the same real
 * event, kept as `groups('events')` (members `<record id>#<event id>`).
 *
 * No all-pairs: the events of two articles are compared only when the stories stage kept the
 * pair (`stories:pair`: one story, or near it), so the blocking is (article pair, event key).
 * Two events link when they share a key (same type, or same trigger lemma) and their times
 * overlap or lie within `windowDays`, their places are the same or one is unknown, and their
 * actors overlap or one side names none (event-profile.ts). Every input of the test is the
 * two records' own, so the clusters are the same in any ingest order.
 *
 * Rows:
 * - `events:profile` key record id -> EventProfile[]
 * - `events:link` key the smaller member, record = the other -> {rule, key, similarity, story}
 *   (one row a link), what each link is based on
 */
import settings from '../../../data/corpus/cluster-settings.json' with { type: 'json' };
import type { SitrepRecord } from '../../core/record.js';
import type { CorpusRow } from '../../store/store.js';
import { groups } from '../groups.js';
import type { CorpusStage } from '../stage.js';
import { eventProfiles, eventTest, type EventProfile } from './event-profile.js';
import { PAIR, type PairReason } from './stories.js';

export const EVENTS = groups('events');
export const EVENT_PROFILE = 'events:profile';
export const EVENT_LINK = 'events:link';

/** data/corpus/cluster-settings.json events.maxKeyEvents */
const MAX_KEY_EVENTS = settings.events.maxKeyEvents;

export const memberOf = (record: string, event: string) => `${record}#${event}`;

/** the event links between two articles' events */
export function linkEvents(
  a: string,
  pa: readonly EventProfile[],
  b: string,
  pb: readonly EventProfile[],
  pair: PairReason,
): { from: string; to: string; value: unknown }[] {
  const byKey = new Map<string, EventProfile[]>();
  for (const e of pb) {
    for (const k of e.keys) {
      const list = byKey.get(k) ?? [];
      list.push(e);
      byKey.set(k, list);
    }
  }
  const out: { from: string; to: string; value: unknown }[] = [];
  const seen = new Set<string>();
  // a key carried by many events on one side is no evidence, and comparing it is quadratic
  const onA = new Map<string, number>();
  for (const e of pa) for (const k of e.keys) onA.set(k, (onA.get(k) ?? 0) + 1);
  const common = (k: string): boolean =>
    (onA.get(k) ?? 0) > MAX_KEY_EVENTS || (byKey.get(k)?.length ?? 0) > MAX_KEY_EVENTS;
  for (const e of pa) {
    for (const k of e.keys) {
      if (common(k)) continue;
      for (const f of byKey.get(k) ?? []) {
        if (seen.has(`${e.id}|${f.id}`) || (a === b && e.id >= f.id)) continue;
        seen.add(`${e.id}|${f.id}`);
        if (!pair.story && !nearEnough(e, f)) continue;
        const reason = eventTest(e, f);
        if (!reason) continue;
        out.push({
          from: memberOf(a, e.id),
          to: memberOf(b, f.id),
          value: { ...reason, similarity: pair.similarity, story: pair.story },
        });
      }
    }
  }
  return out;
}

/** outside one story, two events need more than a shared word: a type or a shared actor/place */
function nearEnough(e: EventProfile, f: EventProfile): boolean {
  if (!settings.events.nearPairs) return false;
  if (settings.events.nearAny) return true;
  if (e.type !== 'other' && e.type === f.type) return true;
  if (e.place && e.place === f.place) return true;
  return e.actors.some((x) => f.actors.includes(x));
}

export const eventsStage: CorpusStage = {
  name: 'events',
  async update(store, added) {
    const records = added.filter((r) => r && typeof r.id === 'string');
    if (records.length === 0) return;
    const ids = records.map((r) => r.id);
    const batch = new Set(ids);
    const profiles = new Map<string, EventProfile[]>();
    for (const r of records) profiles.set(r.id, safeProfiles(r));
    await store.corpus.apply({
      remove: [{ kind: EVENT_PROFILE, keys: ids }],
      put: ids.map((id) => ({ kind: EVENT_PROFILE, key: id, record: id, value: profiles.get(id) })),
    });
    // each pair is one row (smaller id first): seen from the batch record's side
    const pairs: { key: string; record: string; value: unknown }[] = [];
    const pairSeen = new Set<string>();
    const pairRows = [
      ...(await store.corpus.get(PAIR, ids)),
      ...(await store.corpus.ofRecords(PAIR, ids)),
    ];
    for (const row of pairRows) {
      for (const [a, b] of [
        [row.key, row.record],
        [row.record, row.key],
      ] as const) {
        if (!batch.has(a) || pairSeen.has(`${a} ${b}`)) continue;
        pairSeen.add(`${a} ${b}`);
        pairs.push({ key: a, record: b, value: row.value });
      }
    }
    const need = [...new Set(pairs.map((p) => p.record))].filter((id) => !profiles.has(id));
    const all = new Map(profiles);
    for (const row of await store.corpus.get(EVENT_PROFILE, need)) {
      all.set(row.key, row.value as EventProfile[]);
    }
    const rows: CorpusRow[] = [];
    const links: [string, string][] = [];
    // one article reporting one event twice with the same word (generic events are never
    // merged inside a record)
    const self: PairReason = {
      similarity: 1,
      shared: [],
      story: true,
      rule: 'stories/same-article',
    };
    const pairList = settings.events.sameArticle
      ? [...ids.map((id) => ({ key: id, record: id, value: self })), ...pairs]
      : pairs;
    for (const p of pairList) {
      const [a, b] = [p.key, p.record];
      if (a !== b && batch.has(b) && b < a) continue; // the same pair seen from b
      const pa = all.get(a);
      const pb = all.get(b);
      if (!pa || !pb) continue;
      for (const l of linkEvents(a, pa, b, pb, p.value as PairReason)) {
        const [lo, hi] = l.from < l.to ? [l.from, l.to] : [l.to, l.from];
        rows.push({ kind: EVENT_LINK, key: lo, record: hi, value: l.value });
        links.push([l.from, l.to]);
      }
    }
    if (rows.length > 0) await store.corpus.apply({ put: rows });
    const members = [...profiles].flatMap(([id, list]) => list.map((e) => memberOf(id, e.id)));
    await EVENTS.link(store, links, members);
  },
};

function safeProfiles(r: SitrepRecord): EventProfile[] {
  try {
    return eventProfiles(r);
  } catch {
    return [];
  }
}
