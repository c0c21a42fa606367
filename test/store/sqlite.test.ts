import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/core/errors.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { SCHEMA_VERSION } from '../../src/store/sqlite/schema.js';
import { build, fixtureRecords } from './fixtures/records.js';
import { storeCases } from './store.cases.js';

storeCases(
  'sqlite',
  async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));
    const file = path.join(dir, 'test.db');
    return {
      store: await openSqliteStore(file),
      reopen: () => openSqliteStore(file),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  { strictSyntax: true },
);

describe('SQLite store specifics', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-sqlite-'));
    file = path.join(dir, 'x.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const raw = (f: string = file) => new Database(f);

  it('uses WAL and records the schema version', async () => {
    const store = await openSqliteStore(file);
    await store.close();
    const db = raw();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    // opening again runs no migration twice
    await (await openSqliteStore(file)).close();
  });

  it('refuses a database from a newer sitrep', async () => {
    await (await openSqliteStore(file)).close();
    const db = raw();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await expect(openSqliteStore(file)).rejects.toThrow(
      new SitrepError(
        `database schema version ${SCHEMA_VERSION + 1} is newer than this sitrep understands (${SCHEMA_VERSION}); upgrade sitrep`,
        file,
      ),
    );
  });

  it('refuses a SQLite file that is not a sitrep store, and leaves it alone', async () => {
    const db = raw();
    db.exec('CREATE TABLE mine (x)');
    db.close();
    await expect(openSqliteStore(file)).rejects.toThrow(/not a sitrep store/);
    const again = raw();
    expect(again.pragma('user_version', { simple: true })).toBe(0);
    again.close();
  });

  it('refuses a file that is not a database with a one-line error naming it', async () => {
    writeFileSync(file, 'date 2025-01-31 this is an article, not a database\n'.repeat(100));
    const err = await openSqliteStore(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SitrepError);
    expect((err as Error).message).toBe(`${file}: not a SQLite database`);
  });

  it('refuses a path it cannot create', async () => {
    await expect(openSqliteStore(path.join(dir, 'missing', 'x.db'))).rejects.toBeInstanceOf(
      SitrepError,
    );
  });

  it('fills the layer tables and keeps the FTS index equal to its content', async () => {
    const store = await openSqliteStore(file);
    const records = fixtureRecords();
    await store.put(records);
    await store.put(records);
    await store.close();
    const kyiv = records[2]!;
    const db = raw();
    const one = (sql: string) => db.prepare(sql).all();
    expect(one('SELECT record_id, id, type, name, country FROM entities')).toEqual([
      { record_id: kyiv.id, id: 'e1', type: 'place', name: 'Kyiv', country: 'UA' },
    ]);
    expect(one('SELECT entity_id, start, "end", text FROM mentions')).toEqual([
      {
        entity_id: 'e1',
        start: kyiv.text.indexOf('Kyiv'),
        end: kyiv.text.indexOf('Kyiv') + 4,
        text: 'Kyiv',
      },
    ]);
    expect(one('SELECT id, type, value FROM times')).toEqual([
      { id: 't1', type: 'DATE', value: '2025-01-30' },
    ]);
    expect(one('SELECT id, value, counted FROM quantities')).toEqual([
      { id: 'q1', value: 23, counted: 'drones' },
    ]);
    expect(one('SELECT id, source, kind, direct, cue FROM attributions')).toEqual([
      { id: 'a1', source: "Ukraine's air force", kind: 'organisation', direct: 0, cue: 'said' },
    ]);
    expect(one('SELECT id, type, trigger, place, time FROM events')).toEqual([
      { id: 'v1', type: 'attack', trigger: 'shot down', place: 'e1', time: 't1' },
    ]);
    expect(one('SELECT step, name, role FROM provenance')).toEqual([
      { step: 0, name: 'The New York Times', role: 'source' },
    ]);
    expect(one('SELECT count(*) AS n FROM records_fts_docsize')).toEqual([{ n: records.length }]);
    expect(() =>
      db.prepare(`INSERT INTO records_fts (records_fts, rank) VALUES ('integrity-check', 1)`).run(),
    ).not.toThrow();
    db.close();
  });

  it('lets a second connection search while the first holds the database open', async () => {
    const writer = await openSqliteStore(file);
    await writer.put(fixtureRecords());
    const reader = await openSqliteStore(file);
    expect((await reader.search({ text: 'drones' })).length).toBe(1);
    await writer.put([
      build({
        title: 'Drones again',
        text: 'More drones were seen.',
        published: null,
        outlet: null,
      }),
    ]);
    expect((await reader.search({ text: 'drones' })).length).toBe(2);
    await reader.close();
    await writer.close();
  });
});
