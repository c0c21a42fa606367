/**
 * What the watcher remembers between polls and across restarts, kept in the store's corpus
 * table (`Store.corpus`: rows of (kind, key, record) -> JSON), so it works unchanged on SQLite
 * and PostgreSQL, needs no migration, lives in the same database as the records it produced
 * (a copied or shared database carries it along), and is written in the table's own
 * transactions. Rows:
 *
 * - `watch:feed`, key = the feed URL: ETag, Last-Modified, consecutive failures, the time
 *   before which it is not tried again, the last error and the last success.
 * - `watch:item`, key = "<feed URL> <item key>" (the item's guid or id, else its link, else a
 *   hash of the item; a long key is hashed), record = the record id it gave ("" when none):
 *   whether it is done (stored, a duplicate, or failed for good) and, while its article page
 *   keeps failing, how often it was tried.
 * - `watch:page`, key = an article page's URL, record = the record it gave: a page linked from
 *   two feeds is fetched once.
 *
 * Items are marked done only after their records are stored, and a feed's ETag is saved only
 * after its items are done, so a crash in between means the work is done again: store.put
 * skips a record stored before (same content hash), and nothing is stored twice.
 */
import { createHash } from 'node:crypto';
import type { CorpusRow, CorpusTable } from '../store/store.js';

export const FEED_KIND = 'watch:feed';
export const ITEM_KIND = 'watch:item';
export const PAGE_KIND = 'watch:page';

/** Item keys longer than this are hashed, so a row key stays well under index limits. */
const MAX_ITEM_KEY = 200;

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** consecutive failed polls */
  failures: number;
  /** ISO time before which the feed is not tried again (back-off), or null */
  retryAt: string | null;
  lastError: string | null;
  /** ISO time of the last poll that succeeded */
  lastSuccess: string | null;
}

export interface ItemState {
  done: boolean;
  /** the record stored for it (or found stored already), when there is one */
  record: string | null;
  /** how often its article page was tried and failed for a reason that may pass */
  attempts: number;
  error: string | null;
}

export const NEW_FEED: FeedState = {
  etag: null,
  lastModified: null,
  failures: 0,
  retryAt: null,
  lastError: null,
  lastSuccess: null,
};

export class WatchState {
  constructor(private readonly table: CorpusTable) {}

  async feed(url: string): Promise<FeedState> {
    const [row] = await this.table.get(FEED_KIND, [url]);
    return row ? { ...NEW_FEED, ...(row.value as Partial<FeedState>) } : { ...NEW_FEED };
  }

  async saveFeed(url: string, state: FeedState): Promise<void> {
    await this.table.apply({ put: [{ kind: FEED_KIND, key: url, record: '', value: state }] });
  }

  /** The state of the given items of one feed; items never seen are absent. */
  async items(feedUrl: string, itemKeys: readonly string[]): Promise<Map<string, ItemState>> {
    const byRow = new Map(itemKeys.map((k) => [itemRowKey(feedUrl, k), k]));
    const out = new Map<string, ItemState>();
    if (byRow.size === 0) return out;
    for (const row of await this.table.get(ITEM_KIND, [...byRow.keys()])) {
      const key = byRow.get(row.key);
      if (key !== undefined) out.set(key, row.value as ItemState);
    }
    return out;
  }

  /** Saves items' states (one row each, replacing the one before) in one transaction. */
  async saveItems(feedUrl: string, items: ReadonlyMap<string, ItemState>): Promise<void> {
    if (items.size === 0) return;
    const rows: CorpusRow[] = [];
    for (const [key, state] of items) {
      rows.push({
        kind: ITEM_KIND,
        key: itemRowKey(feedUrl, key),
        record: state.record ?? '',
        value: state,
      });
    }
    await this.table.apply({
      remove: [{ kind: ITEM_KIND, keys: rows.map((r) => r.key) }],
      put: rows,
    });
  }

  /** The record an article page gave when it was fetched before (from any feed), if any. */
  async page(url: string): Promise<string | null> {
    const [row] = await this.table.get(PAGE_KIND, [pageKey(url)]);
    return row ? row.record : null;
  }

  async savePages(pages: ReadonlyMap<string, string>): Promise<void> {
    if (pages.size === 0) return;
    await this.table.apply({
      remove: [{ kind: PAGE_KIND, keys: [...pages.keys()].map(pageKey) }],
      put: [...pages].map(([url, record]) => ({
        kind: PAGE_KIND,
        key: pageKey(url),
        record,
        value: { url },
      })),
    });
  }
}

export function itemRowKey(feedUrl: string, itemKey: string): string {
  return `${feedUrl} ${itemKey.length > MAX_ITEM_KEY ? `sha256:${sha256(itemKey)}` : itemKey}`;
}

function pageKey(url: string): string {
  return url.length > 1000 ? `sha256:${sha256(url)}` : url;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
