/**
 * The shared Store cases against PostgreSQL at 127.0.0.1:5432 (CI starts it; override with
 * SITREP_TEST_PG). Each case gets a throwaway schema, dropped afterwards. When the server is
 * not reachable the suite is skipped with a message saying so.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/core/errors.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { SCHEMA_VERSION } from '../../src/store/postgres/schema.js';
import { fixtureRecords } from './fixtures/records.js';
import { storeCases } from './store.cases.js';

const URL = process.env['SITREP_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

const freshSchema = () => `sitrep_test_${process.pid}_${randomBytes(4).toString('hex')}`;

const why = await reachable();
if (why) {
  console.warn(`skipped: PostgreSQL not reachable at ${URL} (${why})`);
  describe.skip(`Store cases: postgres (PostgreSQL not reachable at ${URL})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  storeCases(
    'postgres',
    async () => {
      const schema = freshSchema();
      return {
        store: await openPostgresStore({ connectionString: URL, schema }),
        reopen: () => openPostgresStore({ connectionString: URL, schema }),
        cleanup: () => dropSchema(schema),
      };
    },
    { strictSyntax: false },
  );

  describe('PostgreSQL store specifics', () => {
    it('records the schema version and refuses a newer one', async () => {
      const schema = freshSchema();
      try {
        await (await openPostgresStore({ connectionString: URL, schema })).close();
        const client = new pg.Client({ connectionString: URL });
        await client.connect();
        const v = await client.query(`SELECT max(version) AS v FROM ${schema}.sitrep_migrations`);
        expect(v.rows[0].v).toBe(SCHEMA_VERSION);
        await client.query(`INSERT INTO ${schema}.sitrep_migrations (version) VALUES ($1)`, [
          SCHEMA_VERSION + 1,
        ]);
        await client.end();
        await expect(openPostgresStore({ connectionString: URL, schema })).rejects.toThrow(
          /is newer than/,
        );
      } finally {
        await dropSchema(schema);
      }
    });

    it('applies the migrations once when two stores open a new schema at the same time', async () => {
      const schema = freshSchema();
      try {
        const stores = await Promise.all(
          [1, 2, 3].map(() => openPostgresStore({ connectionString: URL, schema })),
        );
        await stores[0]!.put(fixtureRecords());
        expect((await stores[1]!.stats()).records).toBe(5);
        for (const s of stores) await s.close();
      } finally {
        await dropSchema(schema);
      }
    });

    it('fills the layer tables', async () => {
      const schema = freshSchema();
      try {
        const store = await openPostgresStore({ connectionString: URL, schema });
        const records = fixtureRecords();
        await store.put(records);
        await store.close();
        const client = new pg.Client({ connectionString: URL });
        await client.connect();
        const q = async (sql: string) => (await client.query(sql.replaceAll('$s', schema))).rows;
        expect(await q('SELECT id, type, name, country FROM $s.entities')).toEqual([
          { id: 'e1', type: 'place', name: 'Kyiv', country: 'UA' },
        ]);
        expect(await q('SELECT entity_id, text FROM $s.mentions')).toEqual([
          { entity_id: 'e1', text: 'Kyiv' },
        ]);
        expect(await q('SELECT id, value FROM $s.times')).toEqual([
          { id: 't1', value: '2025-01-30' },
        ]);
        expect(await q('SELECT value, counted FROM $s.quantities')).toEqual([
          { value: 23, counted: 'drones' },
        ]);
        expect(await q('SELECT source, direct, cue FROM $s.attributions')).toEqual([
          { source: "Ukraine's air force", direct: false, cue: 'said' },
        ]);
        expect(await q('SELECT type, trigger, place FROM $s.events')).toEqual([
          { type: 'attack', trigger: 'shot down', place: 'e1' },
        ]);
        expect(await q('SELECT step, name, role FROM $s.provenance')).toEqual([
          { step: 0, name: 'The New York Times', role: 'source' },
        ]);
        await client.end();
      } finally {
        await dropSchema(schema);
      }
    });

    it('reports an unreachable server as a one-line SitrepError', async () => {
      const err = await openPostgresStore({
        connectionString: 'postgres://postgres@127.0.0.1:1/none',
        schema: 'x',
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SitrepError);
      expect((err as Error).message).toMatch(
        /^postgres postgres:\/\/postgres@127\.0\.0\.1:1\/none: cannot open the database/,
      );
    });

    it('rejects a schema name that is not a plain identifier', async () => {
      await expect(
        openPostgresStore({ connectionString: URL, schema: 'x; DROP TABLE y' }),
      ).rejects.toThrow(SitrepError);
    });
  });
}
