/**
 * Contradictions across stored records: figures whose tolerance ranges do not overlap
 * (figures.ts), a fall against a rise of the same count (changes.ts), an event asserted and
 * denied in the same week (polarity.ts). Each lists both sides with their source paths.
 *
 * @example
 * const found = await contradictionsInStore(store); // [{kind: 'figures', a, b, reason, rule}]
 */
import type { SitrepRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { groups } from '../groups.js';
import { figurePoints, type FigurePoint } from '../report/figures.js';
import { originalsOf } from '../report/load.js';
import { changeContradictions } from './changes.js';
import { figureContradictions } from './figures.js';
import {
  polarityContradictions,
  polarityPairs,
  polarityReports,
  type PolarityOptions,
  type PolarityReport,
} from './polarity.js';
import type { Contradiction } from './types.js';

export type { Contradiction, Side } from './types.js';

const order = (a: Contradiction, b: Contradiction) =>
  a.kind.localeCompare(b.kind) ||
  a.key.localeCompare(b.key) ||
  `${a.a.record}${a.a.ref}${a.b.record}${a.b.ref}`.localeCompare(
    `${b.a.record}${b.a.ref}${b.b.record}${b.b.ref}`,
  );

/** Contradictions among `records` (pure: copies given as `originals`). */
export function findContradictions(
  records: readonly SitrepRecord[],
  opts: PolarityOptions & { storyOf?: ReadonlyMap<string, string> } = {},
): Contradiction[] {
  // a copy repeats its original (stored too): its figures and events are not listed again
  const originalsOnly = records.filter((r) => !opts.originals?.has(r.id));
  const points: FigurePoint[] = originalsOnly.flatMap((r) => figurePoints(r, null, opts));
  return [
    ...figureContradictions(points),
    ...changeContradictions(points),
    ...polarityContradictions(originalsOnly, opts),
  ].sort(order);
}

/** How many records are read before their copies and clusters are looked up together. */
const PAGE = 500;
/** the most members an event cluster or story may have to tie its members' reports together */
export const MAX_GROUP = 30;

/**
 * Contradictions over every stored record, read once in pages: only figure points and event
 * reports are kept, never the records. Copies (non-original members of `groups('copies')`) are
 * left out; event clusters come from `groups('events')`.
 */
export async function contradictionsInStore(
  store: Store,
  opts: Omit<PolarityOptions, 'originals' | 'clusterOf'> = {},
): Promise<Contradiction[]> {
  const points: FigurePoint[] = [];
  const reports: PolarityReport[] = [];
  // a cluster or story bigger than MAX_GROUP is a running story (daily tallies, many events):
  // its membership alone does not make two figures or reports one event
  const sizes = new Map<string, number>();
  const small = async (g: ReturnType<typeof groups>, of: Map<string, string>) => {
    const out = new Map<string, string>();
    for (const [m, id] of of) {
      let n = sizes.get(id);
      if (n === undefined) {
        n = (await g.members(store, id)).length;
        sizes.set(id, n);
      }
      if (n <= MAX_GROUP) out.set(m, id);
    }
    return out;
  };
  let page: SitrepRecord[] = [];
  const flush = async () => {
    const originals = await originalsOf(store, page);
    const kept = page.filter((r) => !originals.has(r.id));
    const members = kept.flatMap((r) =>
      (r.events ?? []).filter((e) => e.type !== 'other').map((e) => `${r.id}#${e.id}`),
    );
    const clusterOf = await small(
      groups('events'),
      await groups('events').groupsOf(store, members),
    );
    const storyOf = await small(
      groups('stories'),
      await groups('stories').groupsOf(
        store,
        kept.map((r) => r.id),
      ),
    );
    for (const r of kept) {
      points.push(...figurePoints(r, null, { clusterOf, storyOf }));
      reports.push(...polarityReports(r, { ...opts, clusterOf }));
    }
    page = [];
  };
  for await (const r of store.scan()) {
    page.push(r);
    if (page.length >= PAGE) await flush();
  }
  if (page.length > 0) await flush();
  return [
    ...figureContradictions(points),
    ...changeContradictions(points),
    ...polarityPairs(reports),
  ].sort(order);
}
