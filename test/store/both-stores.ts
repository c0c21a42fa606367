/**
 * Runs a suite of store-backed cases on a throwaway SQLite store and, when a server answers at
 * 127.0.0.1:5432 (CI starts it; override with SITREP_TEST_PG), on a throwaway PostgreSQL schema
 * dropped afterwards. Without PostgreSQL its cases are skipped with a message saying so.
 *
 * @example
 * await onBothStores('copies stage', copiesCases);
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

export const PG_URL = process.env['SITREP_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  /** drops what the store created (after it is closed) */
  cleanup?: () => Promise<void>;
}

export type StoreCases = (backend: string, open: () => Promise<TestStore>) => void;

/** why PostgreSQL cannot be reached, or null when it can */
export async function pgUnreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** a store on a new PostgreSQL schema, and its cleanup */
export async function throwawayPgStore(): Promise<TestStore> {
  const schema = `sitrep_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    store: await openPostgresStore({ connectionString: PG_URL, schema }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function onBothStores(name: string, cases: StoreCases): Promise<void> {
  cases('sqlite', async () => ({ store: await openSqliteStore(':memory:') }));
  const why = await pgUnreachable();
  if (why) {
    console.warn(`skipped: PostgreSQL not reachable at ${PG_URL} (${why})`);
    describe.skip(`${name}: postgres (not reachable at ${PG_URL})`, () => {
      it('needs PostgreSQL', () => undefined);
    });
  } else {
    cases('postgres', throwawayPgStore);
  }
}
