/**
 * A corpus entity summarised for people (`sitrep entity`): its names, types, mentions per
 * outlet per month, the entities most often named in the same records, first and last seen.
 * Reads by key only: the entity's mention rows, then the link rows of its records (the most
 * recent `maxRecords` of them, so a very common entity stays cheap).
 *
 * @example
 * const [e] = await findEntities(store, 'DPRK');
 * const p = e && (await entityProfile(store, e));
 * p?.related[0]; // { id: 'country:ru', name: 'Russia', records: 12 }
 */
import type { Store } from '../../store/store.js';
import { corpusEntity, type CorpusEntity } from './lookup.js';
import { ENTITIES, LINK, linkRows } from './rows.js';

export interface EntityProfile {
  id: string;
  name: string;
  aliases: string[];
  types: Record<string, number>;
  keys: string[];
  records: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** by outlet then month ('unknown' when the record has none) */
  perOutletMonth: { outlet: string; month: string; records: number; mentions: number }[];
  /** the corpus entities named in most of the same records */
  related: { id: string; name: string; records: number }[];
  /** how surname-only mentions were joined (provenance) */
  evidence: CorpusEntity['evidence'];
}

export async function entityProfile(
  store: Store,
  e: CorpusEntity,
  opts: { related?: number; maxRecords?: number } = {},
): Promise<EntityProfile> {
  const cells = new Map<
    string,
    { outlet: string; month: string; records: Set<string>; mentions: number }
  >();
  for (const m of e.mentions) {
    const outlet = m.outlet ?? 'unknown';
    const month = m.published?.slice(0, 7) ?? 'unknown';
    const k = `${outlet}\u0000${month}`;
    const cell = cells.get(k) ?? { outlet, month, records: new Set<string>(), mentions: 0 };
    cell.records.add(m.record);
    cell.mentions += m.mentions;
    cells.set(k, cell);
  }
  const records = [...new Set(e.mentions.map((m) => m.record))];
  // the latest records first (mentions are in publication order)
  const sample = records.slice(-(opts.maxRecords ?? 2000));
  const links = linkRows(await store.corpus.ofRecords(LINK, sample));
  const anchors = [
    ...new Set(links.map((row) => row.link.anchor).filter((a) => !a.startsWith('~'))),
  ];
  const groupOf = await ENTITIES.groupsOf(store, anchors);
  const together = new Map<string, Set<string>>();
  for (const row of links) {
    const anchor = row.link.anchor;
    const id = groupOf.get(anchor);
    if (!id || id === e.id) continue;
    const set = together.get(id) ?? new Set<string>();
    set.add(row.record);
    together.set(id, set);
  }
  const top = [...together]
    .map(([id, set]) => ({ id, records: set.size }))
    .sort((a, b) => b.records - a.records || a.id.localeCompare(b.id))
    .slice(0, opts.related ?? 10);
  const related = [];
  for (const t of top)
    related.push({ ...t, name: (await corpusEntity(store, t.id))?.name ?? t.id });
  return {
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    types: e.types,
    keys: e.keys,
    records: records.length,
    mentions: e.mentions.reduce((n, m) => n + m.mentions, 0),
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
    perOutletMonth: [...cells.values()]
      .map((c) => ({
        outlet: c.outlet,
        month: c.month,
        records: c.records.size,
        mentions: c.mentions,
      }))
      .sort((a, b) => a.outlet.localeCompare(b.outlet) || a.month.localeCompare(b.month)),
    related,
    evidence: e.evidence,
  };
}
