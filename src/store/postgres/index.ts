/**
 * The PostgreSQL Store: the scale-out backend, on `pg`. Same tables as SQLite (records kept
 * whole as JSON, layer rows from ../rows.ts), with a generated, weighted tsvector (title A,
 * body B) under a GIN index for full-text search. The user's text is parsed by ../websearch.ts
 * (the same parse as SQLite's) and passed to websearch_to_tsquery in its canonical form.
 *
 * put() runs one transaction per batch with INSERT ... ON CONFLICT (id) DO NOTHING: the same
 * record twice is stored once; layer rows are written only for records newly added.
 *
 * @example
 * const store = await openPostgresStore({ connectionString: 'postgres://postgres@127.0.0.1/test', schema: 'sitrep' });
 * await store.put(records);
 * await store.close();
 */
import pg from 'pg';
import { SitrepError } from '../../core/errors.js';
import type { SitrepRecord } from '../../core/record.js';
import {
  checkQuery,
  checkIdPrefix,
  checkScan,
  LEAD_CHARS,
  SCAN_PAGE,
  type RecordSummary,
  type SummaryReader,
} from '../query.js';
import { RECORD_COLUMNS, recordColumns, recordRows, STORED_LAYERS } from '../rows.js';
import { toWebsearch } from '../websearch.js';
import type {
  CorpusTable,
  PutResult,
  ScanQuery,
  SearchHit,
  SearchQuery,
  Store,
  StoreStats,
} from '../store.js';
import { postgresCorpus } from './corpus.js';
import { migrate } from './schema.js';

export interface PostgresOptions {
  /** e.g. postgres://postgres@127.0.0.1:5432/test; default: the PG* environment variables */
  connectionString?: string;
  /** the schema holding sitrep's tables (created when missing); default "public" */
  schema?: string;
  /** pool size; default 4 */
  max?: number;
}

export async function openPostgresStore(opts: PostgresOptions = {}): Promise<Store> {
  const schema = opts.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new SitrepError(`schema name "${schema}" must be lower-case letters, digits and _`);
  }
  const where = `postgres ${redact(opts.connectionString ?? '(PG* environment)')}`;
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 4,
    options: `-c search_path=${schema}`,
    connectionTimeoutMillis: 5000,
  });
  // an idle client losing its connection must not crash the process
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client, schema, where);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof SitrepError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new SitrepError(`cannot open the database (${message})`, where);
  }
  return new PostgresStore(pool);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

class PostgresStore implements Store, SummaryReader {
  private closed = false;
  readonly corpus: CorpusTable;
  constructor(private readonly pool: pg.Pool) {
    this.corpus = postgresCorpus(pool, () => this.open());
  }

  async put(records: readonly SitrepRecord[]): Promise<PutResult> {
    this.open();
    const added: string[] = [];
    const duplicates: string[] = [];
    if (records.length === 0) return { added, duplicates };
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const r of records) {
        const fresh = await insertOne(client, r);
        (fresh ? added : duplicates).push(r.id);
      }
      await client.query('COMMIT');
      return { added, duplicates };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async get(id: string): Promise<SitrepRecord | null> {
    this.open();
    const res = await this.pool.query<{ json: SitrepRecord }>(
      'SELECT json FROM records WHERE id = $1',
      [id],
    );
    return res.rows[0]?.json ?? null;
  }

  async idsStartingWith(prefix: string, limit = 2): Promise<string[]> {
    this.open();
    const p = checkIdPrefix(prefix);
    const res = await this.pool.query<{ id: string }>(
      `SELECT id FROM records WHERE left(id, length($1)) = $1 ORDER BY id COLLATE "C" LIMIT $2`,
      [p, limit],
    );
    return res.rows.map((r) => r.id);
  }

  async has(id: string): Promise<boolean> {
    this.open();
    const res = await this.pool.query('SELECT 1 FROM records WHERE id = $1', [id]);
    return res.rowCount === 1;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.open();
    const q = checkQuery(query);
    const res = await this.pool.query<SearchHit>(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q)
       SELECT r.id, r.title, r.published, r.outlet,
              CASE WHEN to_tsvector('english', r.text) @@ q.q
                   THEN ts_headline('english', r.text, q.q, $6)
                   ELSE ts_headline('english', coalesce(r.title, ''), q.q, $6) END AS snippet,
              ts_rank(r.tsv, q.q) AS score
       FROM records r, q
       WHERE r.tsv @@ q.q
         AND ($2::text IS NULL OR substr(r.published, 1, length($2)) >= $2)
         AND ($3::text IS NULL OR substr(r.published, 1, length($3)) <= $3)
         AND ($4::text IS NULL OR lower(r.outlet) = lower($4))
       ORDER BY score DESC, r.id
       LIMIT $5`,
      [
        toWebsearch(q.parsed),
        q.since,
        q.until,
        q.outlet,
        q.limit,
        'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=…',
      ],
    );
    return res.rows.map((r) => ({ ...r, score: Number(r.score) }));
  }

  async stats(): Promise<StoreStats> {
    this.open();
    const client = await this.pool.connect();
    try {
      // one snapshot for every figure
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const totals = await client.query<{ n: number; lo: string | null; hi: string | null }>(
        'SELECT count(*)::int AS n, min(published) AS lo, max(published) AS hi FROM records',
      );
      const outlets = await client.query<{ outlet: string | null; records: number }>(
        `SELECT outlet, count(*)::int AS records FROM records GROUP BY outlet
         ORDER BY records DESC, outlet COLLATE "C" NULLS LAST`,
      );
      const languages = await client.query<{ language: string | null; records: number }>(
        `SELECT language, count(*)::int AS records FROM records GROUP BY language
         ORDER BY records DESC, language COLLATE "C" NULLS LAST`,
      );
      const counts = await client.query<{ layer: string; n: number }>(
        'SELECT layer, sum(n)::int AS n FROM layer_counts GROUP BY layer',
      );
      await client.query('COMMIT');
      const layers: Record<string, number> = {};
      for (const l of STORED_LAYERS) layers[l] = 0;
      for (const c of counts.rows) layers[c.layer] = c.n;
      const t = totals.rows[0] ?? { n: 0, lo: null, hi: null };
      return {
        records: t.n,
        outlets: outlets.rows,
        languages: languages.rows,
        layers,
        earliest: t.lo,
        latest: t.hi,
      };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async *scan(query?: ScanQuery): AsyncIterable<SitrepRecord> {
    const q = checkScan(query);
    let after = '';
    for (;;) {
      this.open();
      const page = await this.pool.query<{ id: string; json: SitrepRecord }>(
        `SELECT id, json FROM records
         WHERE id COLLATE "C" > $1
           AND ($2::text IS NULL OR substr(published, 1, length($2)) >= $2)
           AND ($3::text IS NULL OR substr(published, 1, length($3)) <= $3)
           AND ($4::text IS NULL OR lower(outlet) = lower($4))
         ORDER BY id COLLATE "C" LIMIT ${SCAN_PAGE}`,
        [after, q.since, q.until, q.outlet],
      );
      for (const row of page.rows) yield row.json;
      const last = page.rows.at(-1);
      if (!last || page.rows.length < SCAN_PAGE) return;
      after = last.id;
    }
  }

  async summaries(ids: readonly string[]): Promise<RecordSummary[]> {
    this.open();
    const res = await this.pool.query<RecordSummary>(
      `SELECT id, title, published, outlet, left(text, ${LEAD_CHARS}) AS lead
       FROM records WHERE id = ANY($1::text[]) ORDER BY id COLLATE "C"`,
      [[...ids]],
    );
    return res.rows;
  }

  async summariesAfter(query: ScanQuery, after: string, limit: number): Promise<RecordSummary[]> {
    this.open();
    const q = checkScan(query);
    const res = await this.pool.query<RecordSummary>(
      `SELECT id, title, published, outlet, left(text, ${LEAD_CHARS}) AS lead FROM records
       WHERE id COLLATE "C" > $1
         AND ($2::text IS NULL OR substr(published, 1, length($2)) >= $2)
         AND ($3::text IS NULL OR substr(published, 1, length($3)) <= $3)
         AND ($4::text IS NULL OR lower(outlet) = lower($4))
       ORDER BY id COLLATE "C" LIMIT $5`,
      [after, q.since, q.until, q.outlet, limit],
    );
    return res.rows;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private open(): void {
    if (this.closed) throw new SitrepError('the store is closed');
  }
}

/** Inserts one record and its layer rows; false when the id was stored already. */
async function insertOne(client: pg.PoolClient, r: SitrepRecord): Promise<boolean> {
  const res = await client.query(
    `INSERT INTO records (${RECORD_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    recordColumns(r),
  );
  if (res.rowCount !== 1) return false;
  const rows = recordRows(r);
  // one statement per table: the rows go over as JSON and are unpacked by json_to_recordset
  const tables: [string, string, unknown[]][] = [
    ['layer_counts', 'layer text, n int', rows.counts.map(([layer, n]) => ({ layer, n }))],
    ['entities', 'id text, type text, name text, role text, country text', rows.entities],
    ['mentions', 'entity text, start int, "end" int, text text', rows.mentions],
    [
      'times',
      'id text, type text, value text, mod text, start int, "end" int, text text',
      rows.times,
    ],
    [
      'quantities',
      'id text, value float8, low float8, high float8, unit text, counted text, start int, "end" int, text text',
      rows.quantities,
    ],
    [
      'attributions',
      'id text, source text, entity text, kind text, direct boolean, cue text, start int, "end" int, via text',
      rows.attributions,
    ],
    [
      'events',
      'id text, type text, trigger text, time text, place text, modality text, attribution text, start int, "end" int',
      rows.events,
    ],
    ['provenance', 'step int, name text, role text', rows.provenance],
  ];
  for (const [table, columns, values] of tables) {
    if (values.length === 0) continue;
    const names = columns.split(', ').map((c) => c.slice(0, c.lastIndexOf(' ')));
    await client.query(
      `INSERT INTO ${table} SELECT $1::text, ${names.join(', ')} FROM json_to_recordset($2) AS x(${columns})
       ON CONFLICT DO NOTHING`,
      [r.id, JSON.stringify(values)],
    );
  }
  return true;
}
