/**
 * The article queue: a durable job queue in PostgreSQL, kept by pg-boss (v10, the last line
 * that runs on Node 20). `sitrep ingest --enqueue` puts one job per article on it, `sitrep
 * worker` takes them (consume.ts), `sitrep stats` counts them and `sitrep requeue` gives parked
 * jobs another try.
 *
 * The queue lives beside the store it feeds: a store in schema S keeps its jobs in schema
 * `S_queue` (`sitrep_queue` for the default "public"), queue "articles". A job's id is derived
 * from the article's content hash (the record id's hash, as a UUID), so enqueueing the same
 * article twice queues it once. A job that fails (a stage throws, the worker dies holding it
 * and its timeout passes) is retried `retries` times, then parked: state "failed", with the
 * error, kept for a year (pg-boss would archive it after 12 hours), until `requeue`.
 *
 * @example
 * const queue = await openQueue('postgres://postgres@127.0.0.1/sitrep?schema=news', { role: 'client' });
 * await queue.enqueue([{ article, preset: 'default' }]);
 * await queue.close();
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { SitrepError } from '../../core/errors.js';
import { normaliseText } from '../../core/normalise.js';
import type { RawArticle } from '../../ingest/types.js';
import { parseStoreSpec } from '../../store/open.js';

export const QUEUE_NAME = 'articles';

/** What a job carries: the article as read, and the preset to build it with. */
export interface ArticleJob {
  article: RawArticle;
  preset: string;
}

/**
 * A job's data as stored: the article as JSON text, since pg-boss keeps data as jsonb, which
 * reorders keys, and the record keeps the article's `origin` object as it was read.
 */
export interface StoredJob {
  article: string;
  preset: string;
}

export function toStored(job: ArticleJob): StoredJob {
  return { article: JSON.stringify(job.article), preset: job.preset };
}

export function fromStored(data: StoredJob): ArticleJob {
  return { article: JSON.parse(data.article) as RawArticle, preset: data.preset };
}

export interface QueueSettings {
  /** tries after the first before a job is parked; default 2 (three tries in all) */
  retries?: number;
  /** seconds a job may stay taken before it counts as failed (its worker died); default 300 */
  jobTimeoutSeconds?: number;
}

export const DEFAULT_RETRIES = 2;
export const DEFAULT_JOB_TIMEOUT = 300;
/** parked jobs stay visible (and requeueable) this long */
const PARKED_KEEP_SECONDS = 365 * 24 * 3600;

export interface QueueLocation {
  /** the connection string without the schema parameter */
  url: string;
  /** the store's schema */
  storeSchema: string;
  /** the queue's schema */
  schema: string;
}

/** Where the queue of the store a --db value names lives; a SQLite store has none. */
export function queueLocation(db: string): QueueLocation {
  const spec = parseStoreSpec(db);
  if (spec.kind !== 'postgres') {
    throw new SitrepError(
      'the job queue lives in PostgreSQL: give --db postgres://user@host/db (SITREP_DB works too)',
      '--db',
    );
  }
  const schema = spec.schema === 'public' ? 'sitrep_queue' : `${spec.schema}_queue`;
  return { url: spec.url, storeSchema: spec.schema, schema };
}

/** The job id of an article: its content hash (as record ids are) in UUID form. */
export function jobId(article: RawArticle): string {
  const h = createHash('sha256').update(normaliseText(article.text)).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export interface OpenQueueOptions {
  /**
   * "worker" runs pg-boss's maintenance (timeouts of jobs whose worker died, archiving) every
   * `maintenanceSeconds`; "client" (enqueue, requeue) runs none
   */
  role: 'worker' | 'client';
  maintenanceSeconds?: number;
  /** connections in pg-boss's pool; default 3 */
  connections?: number;
}

export interface ArticleQueue {
  readonly location: QueueLocation;
  readonly boss: PgBoss;
  /**
   * creates the queue when missing (with `settings`, else the defaults); with `settings`,
   * updates an existing queue's retry bound and timeout (for the jobs queued from then on)
   */
  configure(settings?: QueueSettings): Promise<void>;
  /** queues the jobs (an article already queued, by content, is left as it is) */
  enqueue(jobs: readonly ArticleJob[]): Promise<void>;
  close(): Promise<void>;
}

export async function openQueue(db: string, opts: OpenQueueOptions): Promise<ArticleQueue> {
  const location = queueLocation(db);
  const boss = new PgBoss({
    connectionString: location.url,
    schema: location.schema,
    max: opts.connections ?? 3,
    application_name: `sitrep ${opts.role}`,
    supervise: opts.role === 'worker',
    schedule: false,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 10,
    archiveFailedAfterSeconds: PARKED_KEEP_SECONDS,
  });
  let lastError: unknown = null;
  boss.on('error', (err) => {
    lastError = err;
  });
  try {
    await boss.start();
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    const message = err instanceof Error ? err.message : String(lastError ?? err);
    throw new SitrepError(`cannot open the job queue (${message})`, `schema ${location.schema}`);
  }
  return {
    location,
    boss,
    async configure(settings) {
      const options = queueOptions(settings ?? {});
      if (!(await boss.getQueue(QUEUE_NAME))) await boss.createQueue(QUEUE_NAME, options);
      else if (settings) await boss.updateQueue(QUEUE_NAME, options);
    },
    async enqueue(jobs) {
      if (jobs.length === 0) return;
      if (!(await boss.getQueue(QUEUE_NAME))) {
        await boss.createQueue(QUEUE_NAME, queueOptions({}));
      }
      await boss.insert(
        jobs.map((job) => ({ id: jobId(job.article), name: QUEUE_NAME, data: toStored(job) })),
      );
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

function queueOptions(settings: QueueSettings): PgBoss.Queue {
  const retries = settings.retries ?? DEFAULT_RETRIES;
  const timeout = settings.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT;
  if (!Number.isInteger(retries) || retries < 0 || retries > 100) {
    throw new SitrepError(`"${String(retries)}" is not a whole number from 0 to 100`, '--retries');
  }
  if (!Number.isInteger(timeout) || timeout < 1 || timeout >= 24 * 3600) {
    throw new SitrepError(
      `"${String(timeout)}" is not a whole number of seconds from 1 to 86399`,
      '--job-timeout',
    );
  }
  return {
    name: QUEUE_NAME,
    retryLimit: retries,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: timeout,
    // a job waits for a worker this long (pg-boss's default, 14 days, would drop older ones)
    retentionMinutes: PARKED_KEEP_SECONDS / 60,
  };
}

export interface ParkedJob {
  id: string;
  /** where the article came from: path, with ":item" for an item of a multi-record file */
  where: string;
  tries: number;
  error: string;
  /** when it was parked, ISO */
  parked: string;
}

export interface QueueStats {
  schema: string;
  /** jobs by state: created (waiting), retry (failed, will run again), active, completed, failed (parked) */
  states: Record<'created' | 'retry' | 'active' | 'completed' | 'failed', number>;
  /** the parked jobs, oldest first, at most `limit` */
  parked: ParkedJob[];
}

/**
 * The queue's counts and parked jobs, read with plain SQL so a read-only command creates
 * nothing; null when the database has no queue for this store.
 */
export async function queueStats(db: string, limit = 20): Promise<QueueStats | null> {
  const location = queueLocation(db);
  const client = new pg.Client({ connectionString: location.url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [
      `${location.schema}.job`,
    ]);
    if (!exists.rows[0]?.t) return null;
    const q = quoteIdent(location.schema);
    const states: QueueStats['states'] = {
      created: 0,
      retry: 0,
      active: 0,
      completed: 0,
      failed: 0,
    };
    const counts = await client.query<{ state: string; n: number }>(
      `SELECT state::text AS state, count(*)::int AS n FROM ${q}.job WHERE name = $1 GROUP BY state`,
      [QUEUE_NAME],
    );
    for (const row of counts.rows) {
      if (row.state in states) states[row.state as keyof typeof states] = row.n;
    }
    const parked = await client.query<{
      id: string;
      origin: { path?: string; item?: string | number } | null;
      tries: number;
      output: unknown;
      parked: Date | null;
    }>(
      `SELECT id::text, (data->>'article')::jsonb->'origin' AS origin, retry_count + 1 AS tries, output,
              completed_on AS parked
       FROM ${q}.job WHERE name = $1 AND state = 'failed'
       ORDER BY completed_on, id LIMIT $2`,
      [QUEUE_NAME, limit],
    );
    return {
      schema: location.schema,
      states,
      parked: parked.rows.map((r) => ({
        id: r.id,
        where: r.origin?.path
          ? r.origin.item !== undefined && r.origin.item !== null
            ? `${r.origin.path}:${r.origin.item}`
            : r.origin.path
          : '(unknown origin)',
        tries: r.tries,
        error: errorText(r.output),
        parked: r.parked ? r.parked.toISOString() : '',
      })),
    };
  } finally {
    await client.end();
  }
}

/** The error a failed job keeps: our own {message}, or pg-boss's for a timeout. */
function errorText(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as { message?: unknown; value?: { message?: unknown } | string };
    if (typeof o.message === 'string') return o.message;
    if (typeof o.value === 'string') return o.value;
    if (typeof o.value?.message === 'string') return o.value.message;
    return JSON.stringify(output);
  }
  return output === null || output === undefined ? '(no error recorded)' : String(output);
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Gives parked jobs one more try each (pg-boss raises their retry bound by one): the ids
 * given, or every parked job when `ids` is "all". Returns how many were requeued.
 */
export async function requeue(
  queue: ArticleQueue,
  ids: readonly string[] | 'all',
): Promise<number> {
  let targets: string[];
  if (ids === 'all') {
    const res = await queue.boss
      .getDb()
      .executeSql(
        `SELECT id::text AS id FROM ${quoteIdent(queue.location.schema)}.job WHERE name = $1 AND state = 'failed'`,
        [QUEUE_NAME],
      );
    targets = (res.rows as { id: string }[]).map((r) => r.id);
  } else {
    for (const id of ids) {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
        throw new SitrepError(`"${id}" is not a job id (as \`sitrep stats\` lists them)`);
      }
    }
    targets = [...ids];
  }
  if (targets.length === 0) return 0;
  let requeued = 0;
  for (let i = 0; i < targets.length; i += 500) {
    // pg-boss's retry(): state failed -> retry, one more try
    const res = (await queue.boss.retry(QUEUE_NAME, targets.slice(i, i + 500))) as unknown as {
      affected?: number;
    };
    requeued += res.affected ?? 0;
  }
  return requeued;
}
