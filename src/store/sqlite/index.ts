/**
 * The SQLite Store: the embedded default, on better-sqlite3 (^12; 13 crashes on Node 20).
 *
 * - WAL journal, synchronous=NORMAL: readers (search, stats) work while an ingest writes, and
 *   a killed process (kill -9) loses at most the batch it was writing, never consistency.
 * - Each record is kept whole as JSON in `records`, with its title and text indexed by an
 *   external-content FTS5 table (porter + unicode61) and its layers flattened into small
 *   tables (see ../rows.ts) for the queries later issues need.
 * - put() writes a batch in ONE transaction with INSERT OR IGNORE on the content-hash id
 *   (layer rows too: a stage that repeats an id inside one record loses a row, not the batch):
 *   the same record twice is stored once, and the FTS and layer rows are written only for
 *   records actually added, so FTS and records always agree.
 *
 * `openSqliteStore` is synchronous under the hood but async like the port.
 *
 * @example
 * const store = await openSqliteStore('sitrep.db');
 * await store.put(records);
 * const hits = await store.search({ text: 'maternity pay', limit: 5 });
 * await store.close();
 */
import Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';
import type { SitrepRecord } from '../../core/record.js';
import { RECORD_COLUMNS, recordColumns, recordRows, STORED_LAYERS } from '../rows.js';
import {
  checkIdPrefix,
  checkScan,
  LEAD_CHARS,
  SCAN_PAGE,
  type RecordSummary,
  type SummaryReader,
} from '../query.js';
import type { CorpusTable, PutResult, ScanQuery, Store, StoreStats } from '../store.js';
import { sqliteCorpus } from './corpus.js';
import { migrate, SCHEMA_VERSION } from './schema.js';
import { searchStatement } from './search.js';

export interface SqliteOpenOptions {
  /**
   * Open for reading only (search, show, stats): nothing is written, so a 0444 file or a
   * read-only mount works. A file whose schema is older than this sitrep's is opened writable
   * once to migrate it, when it can be.
   */
  readonly?: boolean;
}

export async function openSqliteStore(file: string, opts: SqliteOpenOptions = {}): Promise<Store> {
  return Promise.resolve(openSqliteStoreSync(file, opts));
}

export function openSqliteStoreSync(file: string, opts: SqliteOpenOptions = {}): Store {
  let db: Database.Database;
  try {
    if (opts.readonly) {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      if ((db.pragma('user_version', { simple: true }) as number) >= SCHEMA_VERSION) {
        migrate(db, file); // reads only: refuses a newer schema
        return new SqliteStore(db);
      }
      db.close();
    }
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db, file);
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    const code = (err as { code?: unknown }).code;
    const message = err instanceof Error ? err.message : String(err);
    if (code === 'SQLITE_NOTADB') throw new SitrepError('not a SQLite database', file);
    throw new SitrepError(`cannot open the database (${message})`, file);
  }
  return new SqliteStore(db);
}

class SqliteStore implements Store, SummaryReader {
  private readonly putBatch: (records: readonly SitrepRecord[]) => PutResult;
  private readonly searchFn: ReturnType<typeof searchStatement>;
  private readonly getStmt: Database.Statement<[string], { json: string }>;
  private readonly hasStmt: Database.Statement<[string], { one: number }>;
  private readonly scanStmt: Database.Statement<unknown[], { id: string; json: string }>;
  private closed = false;
  readonly corpus: CorpusTable;

  constructor(private readonly db: Database.Database) {
    this.corpus = sqliteCorpus(db, () => this.open());
    this.putBatch = writer(db);
    this.searchFn = searchStatement(db);
    this.getStmt = db.prepare('SELECT json FROM records WHERE id = ?');
    this.hasStmt = db.prepare('SELECT 1 AS one FROM records WHERE id = ?');
    this.scanStmt = db.prepare(`
      SELECT id, json FROM records
      WHERE id > @after
        AND (@since IS NULL OR substr(published, 1, length(@since)) >= @since)
        AND (@until IS NULL OR substr(published, 1, length(@until)) <= @until)
        AND (@outlet IS NULL OR outlet = @outlet COLLATE NOCASE)
      ORDER BY id LIMIT ${SCAN_PAGE}`);
  }

  async put(records: readonly SitrepRecord[]): Promise<PutResult> {
    this.open();
    return Promise.resolve(this.putBatch(records));
  }

  async get(id: string): Promise<SitrepRecord | null> {
    this.open();
    const row = this.getStmt.get(id);
    return Promise.resolve(row ? (JSON.parse(row.json) as SitrepRecord) : null);
  }

  async idsStartingWith(prefix: string, limit = 2): Promise<string[]> {
    this.open();
    const p = checkIdPrefix(prefix);
    const rows = this.db
      .prepare<{ p: string; limit: number }, { id: string }>(
        `SELECT id FROM records WHERE substr(id, 1, length(@p)) = @p ORDER BY id LIMIT @limit`,
      )
      .all({ p, limit });
    return Promise.resolve(rows.map((r) => r.id));
  }

  async has(id: string): Promise<boolean> {
    this.open();
    return Promise.resolve(this.hasStmt.get(id) !== undefined);
  }

  async search(query: Parameters<Store['search']>[0]) {
    this.open();
    return Promise.resolve(this.searchFn(query));
  }

  async stats(): Promise<StoreStats> {
    this.open();
    const db = this.db;
    const read = db.transaction((): StoreStats => {
      const totals = db
        .prepare(`SELECT count(*) AS n, min(published) AS lo, max(published) AS hi FROM records`)
        .get() as { n: number; lo: string | null; hi: string | null };
      const outlets = db
        .prepare(
          `SELECT outlet, count(*) AS records FROM records GROUP BY outlet ORDER BY records DESC, outlet IS NULL, outlet`,
        )
        .all() as { outlet: string | null; records: number }[];
      const languages = db
        .prepare(
          `SELECT language, count(*) AS records FROM records GROUP BY language ORDER BY records DESC, language IS NULL, language`,
        )
        .all() as { language: string | null; records: number }[];
      const layers: Record<string, number> = {};
      for (const l of STORED_LAYERS) layers[l] = 0;
      const counts = db
        .prepare(`SELECT layer, sum(n) AS n FROM layer_counts GROUP BY layer`)
        .all() as { layer: string; n: number }[];
      for (const c of counts) layers[c.layer] = c.n;
      return {
        records: totals.n,
        outlets,
        languages,
        layers,
        earliest: totals.lo,
        latest: totals.hi,
      };
    });
    return Promise.resolve(read());
  }

  async *scan(query?: ScanQuery): AsyncIterable<SitrepRecord> {
    const q = checkScan(query);
    let after = '';
    for (;;) {
      this.open();
      const page = this.scanStmt.all({ ...q, after });
      for (const row of page) yield JSON.parse(row.json) as SitrepRecord;
      const last = page.at(-1);
      if (!last || page.length < SCAN_PAGE) return;
      after = last.id;
    }
  }

  async summaries(ids: readonly string[]): Promise<RecordSummary[]> {
    this.open();
    const rows = this.db
      .prepare<[string], RecordSummary>(
        `SELECT id, title, published, outlet, substr(text, 1, ${LEAD_CHARS}) AS lead
         FROM records WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      .all(JSON.stringify(ids));
    return Promise.resolve(rows);
  }

  async summariesAfter(query: ScanQuery, after: string, limit: number): Promise<RecordSummary[]> {
    this.open();
    const q = checkScan(query);
    const rows = this.db
      .prepare<Record<string, unknown>, RecordSummary>(
        `SELECT id, title, published, outlet, substr(text, 1, ${LEAD_CHARS}) AS lead
         FROM records
         WHERE id > @after
           AND (@since IS NULL OR substr(published, 1, length(@since)) >= @since)
           AND (@until IS NULL OR substr(published, 1, length(@until)) <= @until)
           AND (@outlet IS NULL OR outlet = @outlet COLLATE NOCASE)
         ORDER BY id LIMIT @limit`,
      )
      .all({ ...q, after, limit });
    return Promise.resolve(rows);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    return Promise.resolve();
  }

  private open(): void {
    if (this.closed) throw new SitrepError('the store is closed');
  }
}

/** The batch writer: one transaction per put(), layer rows only for records newly added. */
function writer(db: Database.Database): (records: readonly SitrepRecord[]) => PutResult {
  const insertRecord = db.prepare(`
    INSERT OR IGNORE INTO records (${RECORD_COLUMNS})
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFts = db.prepare(`INSERT INTO records_fts (rowid, title, text) VALUES (?, ?, ?)`);
  const insertCount = db.prepare(`INSERT OR IGNORE INTO layer_counts VALUES (?, ?, ?)`);
  const insertEntity = db.prepare(`INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?, ?, ?)`);
  const insertMention = db.prepare(`INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?)`);
  const insertTime = db.prepare(`INSERT OR IGNORE INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertQuantity = db.prepare(
    `INSERT OR IGNORE INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAttribution = db.prepare(
    `INSERT OR IGNORE INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertProvenance = db.prepare(`INSERT OR IGNORE INTO provenance VALUES (?, ?, ?, ?)`);

  const one = (r: SitrepRecord): boolean => {
    const info = insertRecord.run(...recordColumns(r));
    if (info.changes === 0) return false;
    insertFts.run(info.lastInsertRowid, r.title, r.text);
    const rows = recordRows(r);
    const id = r.id;
    for (const [layer, n] of rows.counts) insertCount.run(id, layer, n);
    for (const e of rows.entities) insertEntity.run(id, e.id, e.type, e.name, e.role, e.country);
    for (const m of rows.mentions) insertMention.run(id, m.entity, m.start, m.end, m.text);
    for (const t of rows.times)
      insertTime.run(id, t.id, t.type, t.value, t.mod, t.start, t.end, t.text);
    for (const q of rows.quantities) {
      insertQuantity.run(
        id,
        q.id,
        q.value,
        q.low,
        q.high,
        q.unit,
        q.counted,
        q.start,
        q.end,
        q.text,
      );
    }
    for (const a of rows.attributions) {
      insertAttribution.run(
        id,
        a.id,
        a.source,
        a.entity,
        a.kind,
        a.direct ? 1 : 0,
        a.cue,
        a.start,
        a.end,
        a.via,
      );
    }
    for (const e of rows.events) {
      insertEvent.run(
        id,
        e.id,
        e.type,
        e.trigger,
        e.time,
        e.place,
        e.modality,
        e.attribution,
        e.start,
        e.end,
      );
    }
    for (const p of rows.provenance) insertProvenance.run(id, p.step, p.name, p.role);
    return true;
  };

  return db.transaction((records: readonly SitrepRecord[]): PutResult => {
    const added: string[] = [];
    const duplicates: string[] = [];
    for (const r of records) (one(r) ? added : duplicates).push(r.id);
    return { added, duplicates };
  });
}
