/**
 * Incremental, order-free grouping: the connected components of a link relation, kept in the
 * corpus table. Members are strings (a record id, "<record>#<event id>", an alias key); a group's
 * id is its smallest member, so the same links in any order, in one batch or many, give the
 * same groups with the same ids. Used for copies, corpus entities and event and story clusters.
 *
 * Rows: `<name>:group` (key group id, record member), one per member of a group of two or
 * more; a member's group is read through the record column (`ofRecords`), so no second row
 * per member is kept. A link touches only the groups of its two ends, and writes only the rows
 * of members whose group changed (a group merged into one with a smaller id is relabelled;
 * the other side's rows stay). Stores written before this kept `<name>:member` rows too; they
 * are no longer read.
 *
 * @example
 * const g = groups('copies');
 * await g.link(store, [['r2', 'r1']], ['r3']); // r1-r2 one group, r3 alone
 * await g.groupOf(store, 'r2'); // 'r1'
 */
import type { CorpusRow, Store } from '../store/store.js';

export interface Groups {
  /** adds `members` (each its own group unless linked) and unions the ends of each link */
  link(
    store: Store,
    links: readonly (readonly [string, string])[],
    members?: readonly string[],
  ): Promise<void>;
  /** the group id of each member (a member never seen is its own group) */
  groupsOf(store: Store, members: readonly string[]): Promise<Map<string, string>>;
  groupOf(store: Store, member: string): Promise<string>;
  /** the members of a group, in order */
  members(store: Store, group: string): Promise<string[]>;
  /** every group with more than `min` members (default 1): id -> members */
  scan(store: Store, min?: number): AsyncIterable<{ id: string; members: string[] }>;
  /**
   * replaces the groups of `members` by `partition` (lists of members; a member of none is
   * alone), each named by its smallest member: for a grouping recomputed whole (stories'
   * average link), where a later link may also split what an earlier one joined
   */
  assign(
    store: Store,
    members: readonly string[],
    partition: readonly (readonly string[])[],
  ): Promise<void>;
}

export function groups(name: string): Groups {
  const GROUP = `${name}:group`;

  const groupsOf = async (store: Store, members: readonly string[]) => {
    const out = new Map<string, string>(members.map((m) => [m, m]));
    for (const row of await store.corpus.ofRecords(GROUP, members)) out.set(row.record, row.key);
    return out;
  };

  return {
    groupsOf,
    async groupOf(store, member) {
      return (await groupsOf(store, [member])).get(member) ?? member;
    },
    async members(store, group) {
      const rows = await store.corpus.get(GROUP, [group]);
      return rows.length === 0 ? [group] : rows.map((r) => r.record);
    },
    async link(store, links, members = []) {
      const ends = [...new Set([...members, ...links.flat()])];
      if (ends.length === 0) return;
      const current = await groupsOf(store, ends);
      // every member of every group touched, so that a relabelled group is rewritten whole
      const touched = [...new Set(current.values())];
      const stored = await store.corpus.get(GROUP, touched);
      const parent = new Map<string, string>();
      /** the group each member is stored in (members of no group are absent) */
      const before = new Map<string, string>();
      for (const row of stored) {
        parent.set(row.record, row.record);
        before.set(row.record, row.key);
      }
      for (const m of ends) parent.set(m, m);
      const find = (x: string): string => {
        let root = x;
        while (parent.get(root) !== root) root = parent.get(root) as string;
        while (x !== root) {
          const next = parent.get(x) as string;
          parent.set(x, root);
          x = next;
        }
        return root;
      };
      // members of a stored group start joined to each other
      const byGroup = new Map<string, string[]>();
      for (const row of stored) {
        const list = byGroup.get(row.key) ?? [];
        list.push(row.record);
        byGroup.set(row.key, list);
      }
      const union = (a: string, b: string) => {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
      };
      for (const list of byGroup.values()) for (const m of list) union(list[0] as string, m);
      for (const m of ends) union(m, current.get(m) ?? m);
      for (const [a, b] of links) union(a, b);
      // groups of more than one member, named by their root (their smallest member)
      const size = new Map<string, number>();
      for (const m of parent.keys()) {
        const root = find(m);
        size.set(root, (size.get(root) ?? 0) + 1);
      }
      // only the members whose group changed: singletons keep no rows
      const moved: string[] = [];
      const put: CorpusRow[] = [];
      for (const m of parent.keys()) {
        const root = find(m);
        const group = (size.get(root) ?? 0) > 1 ? root : undefined;
        const was = before.get(m);
        if (was === group) continue;
        if (was !== undefined) moved.push(m);
        if (group !== undefined) put.push({ kind: GROUP, key: group, record: m, value: null });
      }
      if (moved.length === 0 && put.length === 0) return;
      await store.corpus.apply({ remove: [{ kind: GROUP, records: moved }], put });
    },
    async assign(store, members, partition) {
      const all = [...new Set([...members, ...partition.flat()])];
      if (all.length === 0) return;
      const before = new Map<string, string>();
      for (const row of await store.corpus.ofRecords(GROUP, all)) before.set(row.record, row.key);
      const after = new Map<string, string>();
      for (const list of partition) {
        if (list.length < 2) continue;
        const id = [...list].sort()[0] as string;
        for (const m of list) after.set(m, id);
      }
      const moved: string[] = [];
      const put: CorpusRow[] = [];
      for (const m of all) {
        const [was, now] = [before.get(m), after.get(m)];
        if (was === now) continue;
        if (was !== undefined) moved.push(m);
        if (now !== undefined) put.push({ kind: GROUP, key: now, record: m, value: null });
      }
      if (moved.length === 0 && put.length === 0) return;
      await store.corpus.apply({ remove: [{ kind: GROUP, records: moved }], put });
    },
    async *scan(store, min = 1) {
      let id: string | null = null;
      let list: string[] = [];
      for await (const row of store.corpus.scan(GROUP)) {
        if (row.key !== id) {
          if (id !== null && list.length > min) yield { id, members: list };
          id = row.key;
          list = [];
        }
        list.push(row.record);
      }
      if (id !== null && list.length > min) yield { id, members: list };
    },
  };
}
