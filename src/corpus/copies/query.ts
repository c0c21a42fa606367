/**
 * Reading the copies stage's rows: which record a copy copies, a copy group with its
 * similarities, and the records that relay an outlet. Everything is read from the corpus
 * table (`copies:sig` holds each record's date and signature), never from the records.
 *
 * @example
 * await copyOf(store, copyId); // { original: seedId, similarity: 0.93, exact: false, rule: ... }
 * await relayedBy(store, 'The New York Times'); // [{ record: seedId, name: ..., rule: ... }]
 */
import type { Store } from '../../store/store.js';
import { fromValue, type Fingerprint } from './fingerprint.js';
import { outletKey } from './relays.js';
import { COPY_GROUPS, RELAYS, RULES, SIG } from './stage.js';
import { verify } from './verify.js';

export interface CopyLink {
  /** the group's earliest member by (published ?? '9999', id) */
  original: string;
  /** estimated Jaccard of the two texts' shingles (1 for an exact copy) */
  similarity: number;
  exact: boolean;
  /** exact, near (Jaccard with the original above the threshold, minhash.ts) or via-group (linked through others) */
  rule: string;
}

export interface CopyMember {
  record: string;
  published: string | null;
  /** to the original */
  similarity: number;
  exact: boolean;
  rule: string | null;
}

export interface CopyGroup {
  /** the group id: its smallest member */
  id: string;
  original: string;
  /** the original first, then by (published ?? '9999', id) */
  members: CopyMember[];
}

const order = (a: Fingerprint, b: Fingerprint) => {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

function compare(copy: Fingerprint, original: Fingerprint): Omit<CopyLink, 'original'> {
  const v = verify(copy, original);
  const rule = v.exact
    ? RULES.exact
    : !v.copy
      ? RULES.chain
      : v.measure === 'kept-shingles'
        ? RULES.nearShort
        : RULES.near;
  return { similarity: v.similarity, exact: v.exact, rule };
}

/** the whole copy group of `recordId`, or null when it has no copy */
export async function copiesOf(store: Store, recordId: string): Promise<CopyGroup | null> {
  const id = await COPY_GROUPS.groupOf(store, recordId);
  const members = await COPY_GROUPS.members(store, id);
  if (members.length < 2) return null;
  const prints = new Map<string, Fingerprint>();
  for (const row of await store.corpus.get(SIG, members)) {
    const f = fromValue(row.key, row.value);
    if (f) prints.set(f.id, f);
  }
  const all = members.map(
    (m) =>
      prints.get(m) ?? {
        id: m,
        published: null,
        exact: null,
        shingles: 0,
        sig: null,
        buckets: [],
        kept: null,
        figures: null,
      },
  );
  all.sort(order);
  const original = all[0] as Fingerprint;
  return {
    id,
    original: original.id,
    members: all.map((f) =>
      f === original
        ? { record: f.id, published: f.published, similarity: 1, exact: true, rule: null }
        : { record: f.id, published: f.published, ...compare(f, original) },
    ),
  };
}

/** what `recordId` is a copy of; null for an original or a record without copies */
export async function copyOf(store: Store, recordId: string): Promise<CopyLink | null> {
  const group = await copiesOf(store, recordId);
  if (!group || group.original === recordId) return null;
  const me = group.members.find((m) => m.record === recordId);
  if (!me || me.rule === null) return null;
  return { original: group.original, similarity: me.similarity, exact: me.exact, rule: me.rule };
}

export interface RelayRow {
  record: string;
  name: string;
  start: number;
  end: number;
  text: string;
  rule: string;
}

/** every record that relays the outlet (any of its names), by record id */
export async function relayedBy(store: Store, outletName: string): Promise<RelayRow[]> {
  const key = outletKey(outletName);
  if (key === '') return [];
  const rows = await store.corpus.get(RELAYS, [key]);
  return rows.map((r) => ({ record: r.record, ...(r.value as Omit<RelayRow, 'record'>) }));
}
