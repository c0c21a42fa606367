/**
 * The SQLite schema and its migrations. `PRAGMA user_version` holds the schema version; each
 * migration runs in its own transaction and bumps it, so a database is always at one whole
 * version. A database from a newer sitrep, or a SQLite file that is not a sitrep store, is
 * refused with a one-line error.
 */
import type Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';

/** Migrations in order: MIGRATIONS[i] takes the schema from version i to i + 1. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    published TEXT,
    outlet TEXT,
    title TEXT,
    language TEXT,
    origin_path TEXT NOT NULL,
    origin_url TEXT,
    origin_format TEXT NOT NULL,
    text TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX records_published ON records(published);
  CREATE INDEX records_outlet ON records(outlet COLLATE NOCASE);

  -- external content: the index reads title and text from records, so they are stored once
  CREATE VIRTUAL TABLE records_fts USING fts5(
    title, text, content='records', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
  );

  CREATE TABLE layer_counts (
    record_id TEXT NOT NULL, layer TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (record_id, layer)
  ) WITHOUT ROWID;

  CREATE TABLE entities (
    record_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
    role TEXT, country TEXT,
    PRIMARY KEY (record_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

  CREATE TABLE mentions (
    record_id TEXT NOT NULL, entity_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(record_id, entity_id);

  CREATE TABLE times (
    record_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
    mod TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (record_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX times_value ON times(value);

  CREATE TABLE quantities (
    record_id TEXT NOT NULL, id TEXT NOT NULL, value REAL, low REAL, high REAL,
    unit TEXT, counted TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (record_id, id)
  ) WITHOUT ROWID;

  CREATE TABLE attributions (
    record_id TEXT NOT NULL, id TEXT NOT NULL, source TEXT, source_entity TEXT, kind TEXT,
    direct INTEGER NOT NULL, cue TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    via TEXT,
    PRIMARY KEY (record_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX attributions_entity ON attributions(source_entity);

  CREATE TABLE events (
    record_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, trigger TEXT NOT NULL,
    time TEXT, place TEXT, modality TEXT NOT NULL, attribution TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (record_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX events_type ON events(type);

  CREATE TABLE provenance (
    record_id TEXT NOT NULL, step INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (record_id, step)
  ) WITHOUT ROWID;
  CREATE INDEX provenance_name ON provenance(name COLLATE NOCASE);
  `,
  // 2: corpus-layer state (src/corpus), see ../store.ts CorpusTable
  `
  CREATE TABLE corpus (
    kind TEXT NOT NULL, key TEXT NOT NULL, record TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (kind, key, record)
  ) WITHOUT ROWID;
  CREATE INDEX corpus_record ON corpus(kind, record);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to SCHEMA_VERSION; `file` names it in errors. */
export function migrate(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new SitrepError(
      `database schema version ${version} is newer than this sitrep understands (${SCHEMA_VERSION}); upgrade sitrep`,
      file,
    );
  }
  if (version === 0) {
    const tables = db
      .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`)
      .get() as { n: number };
    if (tables.n > 0) {
      throw new SitrepError(
        'this SQLite database is not a sitrep store (it has other tables)',
        file,
      );
    }
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const sql = MIGRATIONS[v] as string;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
