/**
 * `timelineInStore(store, 'North Korea')`: the entity's corpus entity (corpus/entities
 * findEntities; the most mentioned match), the records it is mentioned in (read by key, no
 * scan), their typed events' event clusters (`groups('events')`) with the records of the other
 * members, then buildTimeline. Without corpus entities (a store built with --no-corpus) it
 * scans the records and matches the name or an alias, normalised.
 */
import type { SitrepRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { findEntities, corpusEntityIds } from '../entities/index.js';
import { groups } from '../groups.js';
import { loadRecords, originalsOf } from '../report/load.js';
import { norm } from '../sources/path.js';
import { buildTimeline, type TimelineEntry } from './build.js';

export { buildTimeline, type TimelineEntry, type TimelineInput } from './build.js';

const EVENTS = groups('events');

export interface Timeline {
  query: string;
  /** the corpus entity used, or null when matched by name over the records */
  entity: { id: string; name: string; others: string[] } | null;
  rule: 'corpus-entity' | 'name-scan';
  entries: TimelineEntry[];
}

async function byName(store: Store, name: string): Promise<Map<string, Set<string>>> {
  const want = norm(name);
  const out = new Map<string, Set<string>>();
  for await (const r of store.scan()) {
    for (const e of r.entities ?? []) {
      if (![e.name, ...(e.aliases ?? [])].some((n) => typeof n === 'string' && norm(n) === want))
        continue;
      out.set(r.id, (out.get(r.id) ?? new Set()).add(e.id));
    }
  }
  return out;
}

export async function timelineInStore(
  store: Store,
  name: string,
  opts: { since?: string | null; until?: string | null } = {},
): Promise<Timeline> {
  const found = await findEntities(store, name);
  const top = found[0] ?? null;
  const entityIds = new Map<string, Set<string>>();
  if (top) {
    for (const m of top.mentions)
      entityIds.set(m.record, (entityIds.get(m.record) ?? new Set()).add(m.entity));
  } else {
    for (const [k, v] of await byName(store, name)) entityIds.set(k, v);
  }
  const own = await loadRecords(store, entityIds.keys());
  const members = own.flatMap((r) =>
    (r.events ?? []).filter((e) => e.type !== 'other').map((e) => `${r.id}#${e.id}`),
  );
  const clusterOf = await EVENTS.groupsOf(store, members);
  const more = new Set<string>();
  for (const c of new Set(clusterOf.values()))
    for (const m of await EVENTS.members(store, c)) {
      more.add(m.slice(0, m.lastIndexOf('#')));
      if (!clusterOf.has(m)) clusterOf.set(m, c);
    }
  const have = new Set(own.map((r) => r.id));
  const records: SitrepRecord[] = [
    ...own,
    ...(await loadRecords(
      store,
      [...more].filter((id) => !have.has(id)),
    )),
  ];
  const originals = await originalsOf(store, records);
  const refs = records.flatMap((r) =>
    (r.attributions ?? []).flatMap((a) =>
      a.source?.entity ? [{ record: r.id, entity: a.source.entity }] : [],
    ),
  );
  const corpusIds = await corpusEntityIds(store, refs);
  const entries = buildTimeline({
    records,
    entityIds,
    clusterOf,
    originals,
    entityKey: (record, entity) => corpusIds.get(`${record}#${entity}`),
    since: opts.since,
    until: opts.until,
  });
  return {
    query: name,
    entity: top ? { id: top.id, name: top.name, others: found.slice(1).map((e) => e.id) } : null,
    rule: top ? 'corpus-entity' : 'name-scan',
    entries,
  };
}
