/**
 * Reading the story and event clusters: which cluster a record or event is in, its members,
 * and a summary per cluster (its articles, the first report, the modality mix, and the links
 * with what each is based on).
 *
 * @example
 * const story = await storyOf(store, record.id);
 * const cluster = await eventClusterOf(store, record.id, 'ev2');
 * const summary = await eventClusterSummary(store, cluster);
 */
import type { Store } from '../../store/store.js';
import { EVENT_LINK, EVENT_PROFILE, EVENTS, memberOf } from './events.js';
import type { EventProfile } from './event-profile.js';
import type { StoryProfile } from './profile.js';
import { PAIR, PROFILE, STORIES, type PairReason } from './stories.js';

export async function storyOf(store: Store, recordId: string): Promise<string> {
  return STORIES.groupOf(store, recordId);
}

export async function storyMembers(store: Store, storyId: string): Promise<string[]> {
  return STORIES.members(store, storyId);
}

export async function eventClusterOf(
  store: Store,
  record: string | { id: string },
  eventId: string,
): Promise<string> {
  return EVENTS.groupOf(store, memberOf(typeof record === 'string' ? record : record.id, eventId));
}

export async function eventClusterMembers(store: Store, clusterId: string): Promise<string[]> {
  return EVENTS.members(store, clusterId);
}

export interface ClusterArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

export interface ClusterLink {
  from: string;
  to: string;
  rule: string;
  similarity: number;
  [extra: string]: unknown;
}

export interface ClusterSummary {
  id: string;
  members: string[];
  /** earliest published first, undated last */
  articles: ClusterArticle[];
  /** the earliest published article (by published ?? '9999', then id) */
  firstReport: ClusterArticle | null;
  /** event clusters only: how many member events carry each modality */
  modality: Record<string, number>;
  links: ClusterLink[];
}

const byDate = (a: ClusterArticle, b: ClusterArticle) =>
  (a.published ?? '9999').localeCompare(b.published ?? '9999') || (a.id < b.id ? -1 : 1);

async function articles(store: Store, ids: string[]): Promise<ClusterArticle[]> {
  const rows = await store.corpus.get(PROFILE, [...new Set(ids)]);
  const out = rows.map((r) => {
    const p = r.value as StoryProfile;
    return { id: r.key, outlet: p.outlet, published: p.published, title: p.title };
  });
  return out.sort(byDate);
}

export async function storySummary(store: Store, storyId: string): Promise<ClusterSummary> {
  const members = await storyMembers(store, storyId);
  const arts = await articles(store, members);
  const inside = new Set(members);
  const links = (await store.corpus.get(PAIR, members))
    .filter((r) => r.key < r.record && inside.has(r.record) && (r.value as PairReason).story)
    .map((r) => ({ from: r.key, to: r.record, ...(r.value as PairReason) }));
  return {
    id: storyId,
    members,
    articles: arts,
    firstReport: arts[0] ?? null,
    modality: {},
    links,
  };
}

export async function eventClusterSummary(
  store: Store,
  clusterId: string,
): Promise<ClusterSummary> {
  const members = await eventClusterMembers(store, clusterId);
  const recordOf = (m: string) => m.slice(0, m.lastIndexOf('#'));
  const recordIds = members.map(recordOf);
  const arts = await articles(store, recordIds);
  const modality: Record<string, number> = {};
  const wanted = new Set(members);
  for (const row of await store.corpus.get(EVENT_PROFILE, [...new Set(recordIds)])) {
    for (const e of row.value as EventProfile[]) {
      if (!wanted.has(memberOf(row.key, e.id))) continue;
      modality[e.modality] = (modality[e.modality] ?? 0) + 1;
    }
  }
  const links = (await store.corpus.get(EVENT_LINK, members))
    .filter((r) => r.key < r.record && wanted.has(r.record))
    .map((r): ClusterLink => {
      const v = r.value as { rule: string; similarity: number };
      return { ...v, from: r.key, to: r.record };
    });
  return { id: clusterId, members, articles: arts, firstReport: arts[0] ?? null, modality, links };
}
