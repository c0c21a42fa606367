/**
 * Independent sources of a stored cluster: an event cluster's member events (`groups('events')`,
 * members `${record}#${event}`) or a story's articles (`groups('stories')`, every claim of each
 * article), with copies from `groups('copies')` and named sources keyed by corpus entity.
 *
 * @example
 * const ind = await eventClusterSources(store, clusterId);
 * ind.count; // 1: UNN, its Ukrinform copy and the Kyiv Independent all go back to the NYT's officials
 */
import type { SitrepRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { corpusEntityIds } from '../entities/index.js';
import { groups } from '../groups.js';
import { loadRecords, originalsOf } from '../report/load.js';
import { independentSources, type Independence, type Report } from './independent.js';

export { independentSources, chainKey } from './independent.js';
export type { Independence, Report, SourceChain, ChainReport } from './independent.js';
export { formatPath, sourcePath, outletChain } from './path.js';

const EVENTS = groups('events');
const STORIES = groups('stories');

const recordOfMember = (m: string) => m.slice(0, m.lastIndexOf('#'));

/** Independence of reports read from the store: copies and corpus entities looked up by key. */
export async function independenceOf(
  store: Store,
  records: readonly SitrepRecord[],
  reports: readonly Report[],
): Promise<Independence> {
  const originals = await originalsOf(store, records);
  const refs = records.flatMap((r) =>
    (r.attributions ?? []).flatMap((a) =>
      a.source?.entity ? [{ record: r.id, entity: a.source.entity }] : [],
    ),
  );
  const ids = await corpusEntityIds(store, refs);
  return independentSources(reports, {
    originals,
    entityKey: (record, entity) => {
      const id = ids.get(`${record}#${entity}`);
      // per-record keys (`~record#e1`) are no corpus identity: fall back to the name
      return id && !id.startsWith('~') ? id : null;
    },
  });
}

/** The reports of an event cluster's members. */
export async function eventClusterReports(
  store: Store,
  clusterId: string,
): Promise<{ records: SitrepRecord[]; reports: Report[] }> {
  const members = await EVENTS.members(store, clusterId);
  const records = await loadRecords(store, members.map(recordOfMember));
  const byId = new Map(records.map((r) => [r.id, r]));
  const reports: Report[] = [];
  for (const m of members) {
    const r = byId.get(recordOfMember(m));
    const e = r?.events.find((x) => x.id === m.slice(m.lastIndexOf('#') + 1));
    if (r && e) reports.push({ record: r, ref: e.id, attributions: e.attributions ?? [] });
  }
  return { records, reports };
}

export async function eventClusterSources(store: Store, clusterId: string): Promise<Independence> {
  const { records, reports } = await eventClusterReports(store, clusterId);
  return independenceOf(store, records, reports);
}

/** A story's reports: every claim of every article (unattributed claims: the outlet itself). */
export async function storySources(store: Store, storyId: string): Promise<Independence> {
  const records = await loadRecords(store, await STORIES.members(store, storyId));
  const reports: Report[] = records.flatMap((r) =>
    (r.claims ?? []).map((c) => ({
      record: r,
      ref: c.id,
      attributions: c.attribution ? [c.attribution] : [],
    })),
  );
  return independenceOf(store, records, reports);
}
