/**
 * Store reads shared by the corpus reports (sources, contradictions, series, timelines): the
 * records of a set of ids, and the original of every copy among them from `groups('copies')`
 * (the original of a copy group is its earliest member by (published ?? '9999', id)).
 */
import type { SitrepRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { groups } from '../groups.js';
import type { OriginalRef } from '../sources/path.js';

const COPIES = groups('copies');

export async function loadRecords(store: Store, ids: Iterable<string>): Promise<SitrepRecord[]> {
  const out: SitrepRecord[] = [];
  for (const id of [...new Set(ids)].sort()) {
    const r = await store.get(id);
    if (r) out.push(r);
  }
  return out;
}

const refOf = (r: SitrepRecord): OriginalRef => ({
  id: r.id,
  outlet: r.outlet,
  provenance: r.provenance,
});

/** copy id -> its original, for every record of `records` that is a copy */
export async function originalsOf(
  store: Store,
  records: readonly SitrepRecord[],
): Promise<Map<string, OriginalRef>> {
  const out = new Map<string, OriginalRef>();
  const groupOf = await COPIES.groupsOf(
    store,
    records.map((r) => r.id),
  );
  const byGroup = new Map<string, SitrepRecord[]>();
  for (const r of records) {
    const g = groupOf.get(r.id) ?? r.id;
    byGroup.set(g, [...(byGroup.get(g) ?? []), r]);
  }
  for (const [g, inside] of byGroup) {
    const members = await COPIES.members(store, g);
    if (members.length < 2) continue;
    const known = new Map(inside.map((r) => [r.id, r]));
    const all = await Promise.all(members.map(async (m) => known.get(m) ?? (await store.get(m))));
    const dated = all.filter((r): r is SitrepRecord => r !== null && r !== undefined);
    dated.sort(
      (a, b) =>
        (a.published ?? '9999').localeCompare(b.published ?? '9999') || (a.id < b.id ? -1 : 1),
    );
    const original = dated[0];
    if (!original) continue;
    for (const r of inside) if (r.id !== original.id) out.set(r.id, refOf(original));
  }
  return out;
}

/** Every stored record, a page at a time (the store's own scan order). */
export async function* allRecords(store: Store): AsyncIterable<SitrepRecord> {
  yield* store.scan();
}
