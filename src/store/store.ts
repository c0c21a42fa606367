/**
 * The Store port. The core and the apps depend on this interface only; the SQLite
 * implementation (store/sqlite) is the embedded default and PostgreSQL (store/postgres)
 * the scale-out one. All methods are async so that network stores fit without rework.
 */
import type { SitrepRecord } from '../core/record.js';

export interface PutResult {
  /** ids newly stored */
  added: string[];
  /** ids that were already stored (same content hash) */
  duplicates: string[];
}

export interface SearchQuery {
  /** full-text query (FTS5 syntax on SQLite) */
  text: string;
  /** ISO date bounds on `published`, inclusive */
  since?: string | null;
  until?: string | null;
  outlet?: string | null;
  limit?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** a short excerpt around the match */
  snippet: string;
  score: number;
}

export interface StoreStats {
  records: number;
  /** most records first, then by name, unknown (null) last */
  outlets: { outlet: string | null; records: number }[];
  languages: { language: string | null; records: number }[];
  /** counts of stored annotations per layer */
  layers: Record<string, number>;
  earliest: string | null;
  latest: string | null;
}

/** Which records scan() yields; every bound is optional, dates as in SearchQuery. */
export interface ScanQuery {
  since?: string | null;
  until?: string | null;
  outlet?: string | null;
}

export interface Store {
  /** Store records in one transaction; a record whose id is stored already is skipped. */
  put(records: readonly SitrepRecord[]): Promise<PutResult>;
  get(id: string): Promise<SitrepRecord | null>;
  has(id: string): Promise<boolean>;
  /** ids starting with `prefix` (lower-case hex, at least 4 digits), at most `limit` (default 2) */
  idsStartingWith(prefix: string, limit?: number): Promise<string[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /**
   * Every stored record matching the bounds, in id order, read a page at a time (so puts may
   * run between pages; records added meanwhile with a later id are included).
   */
  scan(query?: ScanQuery): AsyncIterable<SitrepRecord>;
  /** Corpus-layer state (src/corpus): copies, signatures, clusters, corpus entities. */
  readonly corpus: CorpusTable;
  close(): Promise<void>;
}

/**
 * One row of corpus state. `kind` names the structure ("minhash", "lsh", "copy", ...), `key`
 * what it is looked up by, `record` the article it belongs to ("" when it belongs to none);
 * (kind, key, record) is unique. `value` is any JSON value.
 */
export interface CorpusRow {
  kind: string;
  key: string;
  record: string;
  value: unknown;
}

/** A change applied in one transaction: the removals first, then the rows written (upsert). */
export interface CorpusChange {
  /**
   * every row of `kind` whose key is one of `keys`, whatever its record, and every row of
   * `kind` whose record is one of `records`, whatever its key
   */
  remove?: { kind: string; keys?: readonly string[]; records?: readonly string[] }[];
  put?: readonly CorpusRow[];
}

/**
 * The corpus tables, the same on every store: a keyed row set that the corpus stages read and
 * rewrite in small pieces, so an ingest touches only the keys its articles reach.
 */
export interface CorpusTable {
  apply(change: CorpusChange): Promise<void>;
  /** rows of `kind` whose key is one of `keys`, ordered by key then record */
  get(kind: string, keys: readonly string[]): Promise<CorpusRow[]>;
  /** rows of `kind` belonging to one of `records`, ordered by key then record */
  ofRecords(kind: string, records: readonly string[]): Promise<CorpusRow[]>;
  /** every row of `kind` (whose key starts with `prefix`, if given), by key then record */
  scan(kind: string, prefix?: string): AsyncIterable<CorpusRow>;
  /** how many rows of `kind` there are */
  count(kind: string): Promise<number>;
}
