/**
 * The clusters report behind `sitrep clusters`: every story and event cluster with at least
 * `min` articles, its articles, first report, modality mix (event clusters), and its
 * independent source chains against its copies. Event clusters of generic mentions (type
 * `other`) are left out unless `generic` is set. Reads the groups' rows and the members'
 * records only.
 */
import type { Store } from '../../store/store.js';
import { eventClusterSummary, storySummary, type ClusterSummary } from '../clusters/query.js';
import { groups } from '../groups.js';
import { eventClusterSources, storySources } from '../sources/index.js';

export interface ClusterReport {
  kind: 'story' | 'event';
  id: string;
  /** the first member event's type (event clusters) */
  type: string | null;
  articles: ClusterSummary['articles'];
  firstReport: ClusterSummary['firstReport'];
  modality: Record<string, number>;
  members: number;
  independent: number;
  copies: string[];
  sources: { origin: string; path: string; rule: string; records: string[] }[];
}

const recordOf = (m: string) => m.slice(0, m.lastIndexOf('#'));

export async function clustersReport(
  store: Store,
  opts: { min?: number; generic?: boolean } = {},
): Promise<{ stories: ClusterReport[]; events: ClusterReport[] }> {
  const min = Math.max(1, opts.min ?? 2);
  const stories: ClusterReport[] = [];
  for await (const g of groups('stories').scan(store, min - 1)) {
    const summary = await storySummary(store, g.id);
    const ind = await storySources(store, g.id);
    stories.push({
      kind: 'story',
      id: g.id,
      type: null,
      articles: summary.articles,
      firstReport: summary.firstReport,
      modality: summary.modality,
      members: g.members.length,
      independent: ind.count,
      copies: ind.copies,
      sources: ind.chains.map((c) => ({
        origin: c.origin,
        path: c.path,
        rule: c.rule,
        records: c.records,
      })),
    });
  }
  const events: ClusterReport[] = [];
  for await (const g of groups('events').scan(store, 1)) {
    if (new Set(g.members.map(recordOf)).size < min) continue;
    const summary = await eventClusterSummary(store, g.id);
    const ind = await eventClusterSources(store, g.id);
    const first = ind.chains[0]?.reports[0];
    const record = first ? await store.get(first.record) : null;
    const type = record?.events.find((e) => e.id === first?.ref)?.type ?? null;
    // generic event mentions ('other') only on request: they are mostly shared wording
    if (type === 'other' && !opts.generic) continue;
    events.push({
      kind: 'event',
      id: g.id,
      type,
      articles: summary.articles,
      firstReport: summary.firstReport,
      modality: summary.modality,
      members: g.members.length,
      independent: ind.count,
      copies: ind.copies,
      sources: ind.chains.map((c) => ({
        origin: c.origin,
        path: c.path,
        rule: c.rule,
        records: c.records,
      })),
    });
  }
  const bySize = (a: ClusterReport, b: ClusterReport) =>
    b.articles.length - a.articles.length || a.id.localeCompare(b.id);
  return { stories: stories.sort(bySize), events: events.sort(bySize) };
}
