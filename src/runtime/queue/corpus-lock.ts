/**
 * One corpus update at a time per store, across processes and machines: a PostgreSQL session
 * advisory lock keyed by the store's schema, held on a connection of its own while
 * `updateCorpus` runs on the store's pool. Workers build and store records in parallel; only
 * the corpus step waits its turn, so the corpus rows come out as one process would leave them
 * (the corpus stages are order-free and idempotent: see src/corpus/stage.ts).
 *
 * If the lock's connection is lost while the step runs, the server has released the lock, so
 * `run` throws after the step: the caller must not count the step as done (the queue worker
 * lets its jobs run again; a second update of the same records changes nothing).
 *
 * @example
 * const lock = await openCorpusLock('postgres://postgres@127.0.0.1/db', 'news');
 * await lock.run(() => updateCorpus(store, records));
 * await lock.close();
 */
import pg from 'pg';

export interface CorpusLock {
  run<T>(step: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openCorpusLock(url: string, storeSchema: string): Promise<CorpusLock> {
  const key = `sitrep:corpus:${storeSchema}`;
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 5000,
    application_name: 'sitrep corpus lock',
  });
  // set by the client's error event, whenever it comes
  const conn: { lost: Error | null } = { lost: null };
  client.on('error', (err) => {
    conn.lost = err;
  });
  await client.connect();
  return {
    async run<T>(step: () => Promise<T>): Promise<T> {
      if (conn.lost)
        throw new Error(`the corpus lock's connection was lost (${conn.lost.message})`);
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
      let result: T;
      try {
        result = await step();
      } finally {
        if (!conn.lost) await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
      }
      // the error event may have come while the step ran
      const lost = conn.lost as Error | null;
      if (lost) {
        throw new Error(
          `the corpus lock's connection was lost during the update (${lost.message})`,
        );
      }
      return result;
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}
