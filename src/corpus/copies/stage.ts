/**
 * The copies corpus stage: exact copies (same text after the strong normalisation) and near
 * copies (MinHash + LSH, see minhash.ts) of the records just stored, linked into
 * `groups('copies')`. Incremental: a new record reads only the `copies:exact` rows of its
 * exact key, the `copies:lsh` buckets of its 42 bands and the signatures of the records in
 * them. Order-free: a pair is linked by a symmetric test on the two texts alone, whichever
 * arrived first, and groups are connected components named by their smallest member.
 *
 * Rows (record = the record id):
 * - `copies:sig` key id: {v, published, exact, shingles, sig} (fingerprint.ts)
 * - `copies:exact` key exact hash: {rule}
 * - `copies:lsh` key "<band>:<rows hex>": null
 * - `copies:relays` key outlet key: {name, start, end, text, rule} (relays.ts)
 * - `copies:group`: groups.ts (one row per member of a group)
 */
import type { SitrepRecord } from '../../core/record.js';
import type { CorpusRow, Store } from '../../store/store.js';
import { groups } from '../groups.js';
import type { CorpusStage } from '../stage.js';
import { bucketsOf, fingerprint, fromValue, toValue, type Fingerprint } from './fingerprint.js';
import { SHORT, SHORT_THRESHOLD, THRESHOLD } from './minhash.js';
import { relaysOf } from './relays.js';
import { verify } from './verify.js';

export const SIG = 'copies:sig';
export const EXACT = 'copies:exact';
export const LSH = 'copies:lsh';
export const RELAYS = 'copies:relays';
export const COPY_GROUPS = groups('copies');

export const RULES = {
  exact: 'corpus/copies/exact#normalised-text-hash',
  near: `corpus/copies/minhash#jaccard>=${THRESHOLD}`,
  nearShort: `corpus/copies/kept-shingles#jaccard>=${SHORT_THRESHOLD}-under-${SHORT}-shingles`,
  chain: 'corpus/copies/minhash#via-group',
} as const;

function rowsOf(f: Fingerprint, record: SitrepRecord): CorpusRow[] {
  const rows: CorpusRow[] = [{ kind: SIG, key: f.id, record: f.id, value: toValue(f) }];
  if (f.exact) rows.push({ kind: EXACT, key: f.exact, record: f.id, value: { rule: RULES.exact } });
  for (const key of bucketsOf(f)) rows.push({ kind: LSH, key, record: f.id, value: null });
  for (const r of relaysOf(record)) {
    const { key, ...value } = r;
    rows.push({ kind: RELAYS, key, record: f.id, value });
  }
  return rows;
}

export const copiesStage: CorpusStage = {
  name: 'copies',
  async update(store: Store, added: readonly SitrepRecord[]): Promise<void> {
    const prints = new Map<string, Fingerprint>();
    const put: CorpusRow[] = [];
    for (const record of added) {
      const f = record ? fingerprint(record) : null;
      if (!f || prints.has(f.id)) continue;
      prints.set(f.id, f);
      put.push(...rowsOf(f, record));
    }
    if (prints.size === 0) return;
    // the batch's own rows first, so that the lookups below see pairs inside the batch too
    await store.corpus.apply({ put });

    const links: [string, string][] = [];
    const seen = new Set<string>();
    const pair = (a: string, b: string) => {
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      if (a === b || seen.has(key)) return false;
      seen.add(key);
      return true;
    };

    // exact copies: every record under the same key
    const exactKeys = [...new Set([...prints.values()].flatMap((f) => (f.exact ? [f.exact] : [])))];
    const byExact = new Map<string, string[]>();
    for (const row of await store.corpus.get(EXACT, exactKeys)) {
      const list = byExact.get(row.key) ?? [];
      list.push(row.record);
      byExact.set(row.key, list);
    }
    for (const list of byExact.values()) {
      for (const m of list.slice(1))
        if (pair(list[0] as string, m)) links.push([list[0] as string, m]);
    }

    // near copies: candidates share a band bucket, then the signatures must agree enough
    const candidates = new Map<string, Set<string>>();
    const bucketKeys = [...new Set([...prints.values()].flatMap(bucketsOf))];
    const byBucket = new Map<string, string[]>();
    for (const row of await store.corpus.get(LSH, bucketKeys)) {
      const list = byBucket.get(row.key) ?? [];
      list.push(row.record);
      byBucket.set(row.key, list);
    }
    for (const f of prints.values()) {
      const set = new Set<string>();
      for (const key of bucketsOf(f)) for (const other of byBucket.get(key) ?? []) set.add(other);
      set.delete(f.id);
      candidates.set(f.id, set);
    }
    const unknown = [...new Set([...candidates.values()].flatMap((s) => [...s]))].filter(
      (id) => !prints.has(id),
    );
    const others = new Map<string, Fingerprint>();
    for (const row of await store.corpus.get(SIG, unknown)) {
      const f = fromValue(row.key, row.value);
      if (f) others.set(f.id, f);
    }
    for (const [id, set] of candidates) {
      const a = prints.get(id) as Fingerprint;
      for (const other of set) {
        const b = prints.get(other) ?? others.get(other);
        if (!a.sig || !b?.sig || !pair(id, other)) continue;
        if (verify(a, b).copy) links.push([id, other]);
      }
    }
    if (links.length > 0) await COPY_GROUPS.link(store, links);
  },
};
