/**
 * The PostgreSQL schema and its migrations, kept in a `sitrep_migrations` table (one row per
 * applied version). Creating the schema and migrating run in one transaction under an
 * advisory lock, so two processes opening the same database at once apply each version once.
 */
import type pg from 'pg';
import { SitrepError } from '../../core/errors.js';

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE records (
    id TEXT PRIMARY KEY,
    published TEXT,
    outlet TEXT,
    title TEXT,
    language TEXT,
    origin_path TEXT NOT NULL,
    origin_url TEXT,
    origin_format TEXT NOT NULL,
    text TEXT NOT NULL,
    json JSON NOT NULL,
    -- the title weighs more (A) than the body (B) in ts_rank
    tsv TSVECTOR GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('english', text), 'B')
    ) STORED
  );
  CREATE INDEX records_tsv ON records USING GIN (tsv);
  CREATE INDEX records_published ON records (published);
  CREATE INDEX records_outlet ON records (lower(outlet));

  CREATE TABLE layer_counts (
    record_id TEXT NOT NULL, layer TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (record_id, layer)
  );
  CREATE TABLE entities (
    record_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
    role TEXT, country TEXT, PRIMARY KEY (record_id, id)
  );
  CREATE INDEX entities_name ON entities (lower(name));
  CREATE TABLE mentions (
    record_id TEXT NOT NULL, entity_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions (record_id, entity_id);
  CREATE TABLE times (
    record_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
    mod TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (record_id, id)
  );
  CREATE INDEX times_value ON times (value);
  CREATE TABLE quantities (
    record_id TEXT NOT NULL, id TEXT NOT NULL, value DOUBLE PRECISION, low DOUBLE PRECISION,
    high DOUBLE PRECISION, unit TEXT, counted TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, PRIMARY KEY (record_id, id)
  );
  CREATE TABLE attributions (
    record_id TEXT NOT NULL, id TEXT NOT NULL, source TEXT, source_entity TEXT, kind TEXT,
    direct BOOLEAN NOT NULL, cue TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    via TEXT, PRIMARY KEY (record_id, id)
  );
  CREATE INDEX attributions_entity ON attributions (source_entity);
  CREATE TABLE events (
    record_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, trigger TEXT NOT NULL,
    time TEXT, place TEXT, modality TEXT NOT NULL, attribution TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (record_id, id)
  );
  CREATE INDEX events_type ON events (type);
  CREATE TABLE provenance (
    record_id TEXT NOT NULL, step INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (record_id, step)
  );
  CREATE INDEX provenance_name ON provenance (lower(name));
  `,
  // 2: corpus-layer state (src/corpus), see ../store.ts CorpusTable
  `
  CREATE TABLE corpus (
    kind TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL,
    record TEXT COLLATE "C" NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (kind, key, record)
  );
  CREATE INDEX corpus_record ON corpus (kind, record);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** An arbitrary constant for pg_advisory_xact_lock: "sitrep" in ASCII. */
const LOCK = 0x736974726570;

/** Creates `schema` when missing and brings it to SCHEMA_VERSION; `where` names it in errors. */
export async function migrate(client: pg.PoolClient, schema: string, where: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS sitrep_migrations (version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const res = await client.query<{ v: number | null }>(
      'SELECT max(version) AS v FROM sitrep_migrations',
    );
    const version = res.rows[0]?.v ?? 0;
    if (version > SCHEMA_VERSION) {
      throw new SitrepError(
        `database schema version ${version} is newer than this sitrep understands (${SCHEMA_VERSION}); upgrade sitrep`,
        where,
      );
    }
    for (let v = version; v < SCHEMA_VERSION; v++) {
      await client.query(MIGRATIONS[v] as string);
      await client.query('INSERT INTO sitrep_migrations (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
