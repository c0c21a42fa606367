/**
 * The queue worker behind `sitrep worker`: takes article jobs from the queue (jobs.ts) a batch
 * at a time, builds their records (on a worker-thread pool of `concurrency` threads), stores
 * them in one transaction, brings the corpus layer up to date under the store's corpus lock
 * (corpus-lock.ts), and only then marks the jobs done. Any number of these run at once, on
 * any number of machines, against one PostgreSQL.
 *
 * Delivery is at least once, writes are idempotent: a record's id is its content hash and
 * `store.put` skips an id it holds, and the corpus update of records it has seen changes
 * nothing; so a job run twice (its worker was killed after storing, before marking it done)
 * leaves what one run leaves. A job whose build throws is failed with its error and retried
 * by the queue up to its bound, then parked; the rest of its batch is stored. When a batch's
 * write or corpus update throws, each record is tried alone, so one bad record fails only its
 * own job.
 *
 * @example
 * const summary = await runQueueWorker({ db: 'postgres://postgres@127.0.0.1/db?schema=news', concurrency: 2 });
 */
import { SitrepError } from '../../core/errors.js';
import type { SitrepRecord } from '../../core/record.js';
import { updateCorpus } from '../../corpus/index.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { createRecordBuilder, type RecordBuilder } from '../workers.js';
import { openCorpusLock, type CorpusLock } from './corpus-lock.js';
import {
  fromStored,
  openQueue,
  queueLocation,
  QUEUE_NAME,
  type ArticleJob,
  type ArticleQueue,
  type StoredJob,
} from './jobs.js';

export interface QueueWorkerOptions {
  /** the postgres:// URL of the store (its queue is found from it) */
  db: string;
  /** worker threads building records; default 1 (inline, no threads) */
  concurrency?: number;
  /** jobs taken at a time; default 16 per thread */
  batch?: number;
  /** update the corpus layer after each batch; default true */
  corpus?: boolean;
  /** stop once no job is waiting, retrying or being worked on (all done or parked) */
  untilEmpty?: boolean;
  /** how long to wait before looking again when the queue is empty; default 1000 ms */
  pollMs?: number;
  /** stops the worker after the batch in hand */
  signal?: AbortSignal;
  /** called after each batch */
  onBatch?: (batch: BatchResult, total: WorkerSummary) => void;
}

export interface BatchResult {
  /** records newly stored */
  stored: number;
  /** records stored before (the article was there, or an earlier try stored it) */
  duplicates: number;
  /** jobs failed with an error (retried by the queue, or parked past its bound) */
  failed: { id: string; where: string; message: string }[];
}

export interface WorkerSummary {
  jobs: number;
  stored: number;
  duplicates: number;
  failed: number;
  seconds: number;
  /** wall-clock seconds spent building, storing, waiting for the corpus lock, updating the corpus */
  time: StepTimes;
}

export interface StepTimes {
  build: number;
  store: number;
  lockWait: number;
  corpus: number;
}

type Job = { id: string; data: ArticleJob };

export async function runQueueWorker(opts: QueueWorkerOptions): Promise<WorkerSummary> {
  const concurrency = opts.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new SitrepError(
      `"${String(opts.concurrency)}" is not a whole number from 1 to 256`,
      '--concurrency',
    );
  }
  const batchSize = opts.batch ?? 16 * concurrency;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new SitrepError(
      `"${String(opts.batch)}" is not a whole number from 1 to 10000`,
      '--batch',
    );
  }
  queueLocation(opts.db); // refuses a SQLite --db before anything is opened or created
  const started = Date.now();
  const store = await openStore(opts.db);
  let queue: ArticleQueue | null = null;
  let lock: CorpusLock | null = null;
  const builders = new Map<string, RecordBuilder>();
  const total: WorkerSummary = {
    jobs: 0,
    stored: 0,
    duplicates: 0,
    failed: 0,
    seconds: 0,
    time: { build: 0, store: 0, lockWait: 0, corpus: 0 },
  };
  try {
    queue = await openQueue(opts.db, { role: 'worker', connections: 3 });
    lock = await openCorpusLock(queue.location.url, queue.location.storeSchema);
    const ctx: BatchContext = {
      store,
      queue,
      lock,
      corpus: opts.corpus !== false,
      time: total.time,
      builder(preset) {
        let b = builders.get(preset);
        if (!b) {
          b = createRecordBuilder({ preset, threads: concurrency === 1 ? 0 : concurrency });
          builders.set(preset, b);
        }
        return b;
      },
    };
    while (!opts.signal?.aborted) {
      const fetched = await queue.boss.fetch<StoredJob>(QUEUE_NAME, { batchSize });
      const jobs: Job[] = [];
      for (const j of fetched) {
        try {
          jobs.push({ id: j.id, data: fromStored(j.data) });
        } catch (err) {
          // not a job this version wrote: parked with the reason once its tries are spent
          await queue.boss.fail(QUEUE_NAME, j.id, { message: `job ${j.id}: ${messageOf(err)}` });
        }
      }
      if (jobs.length === 0) {
        if (opts.untilEmpty && (await unfinished(queue)) === 0) break;
        await sleep(opts.pollMs ?? 1000, opts.signal);
        continue;
      }
      const result = await runBatch(ctx, jobs);
      total.jobs += jobs.length;
      total.stored += result.stored;
      total.duplicates += result.duplicates;
      total.failed += result.failed.length;
      total.seconds = (Date.now() - started) / 1000;
      opts.onBatch?.(result, total);
    }
  } finally {
    await Promise.all([...builders.values()].map((b) => b.close()));
    await lock?.close();
    await queue?.close();
    await store.close();
  }
  total.seconds = (Date.now() - started) / 1000;
  return total;
}

interface BatchContext {
  store: Store;
  queue: ArticleQueue;
  lock: CorpusLock;
  corpus: boolean;
  /** added to as the steps run */
  time: StepTimes;
  builder(preset: string): RecordBuilder;
}

async function runBatch(ctx: BatchContext, jobs: readonly Job[]): Promise<BatchResult> {
  const result: BatchResult = { stored: 0, duplicates: 0, failed: [] };
  const built: { job: Job; record: SitrepRecord }[] = [];
  const fail = (job: Job, err: unknown) =>
    result.failed.push({ id: job.id, where: whereOf(job), message: messageOf(err) });
  const t0 = performance.now();
  await Promise.all(
    jobs.map(async (job) => {
      try {
        const record = await ctx.builder(job.data.preset).build(job.data.article);
        built.push({ job, record });
      } catch (err) {
        fail(job, err);
      }
    }),
  );
  ctx.time.build += (performance.now() - t0) / 1000;
  // one transaction and one corpus update for the batch; one record at a time if that fails
  let done: { job: Job; record: SitrepRecord }[] = [];
  try {
    const counts = await storeAndUpdate(ctx, built);
    result.stored += counts.stored;
    result.duplicates += counts.duplicates;
    done = built;
  } catch {
    for (const one of built) {
      try {
        const counts = await storeAndUpdate(ctx, [one]);
        result.stored += counts.stored;
        result.duplicates += counts.duplicates;
        done.push(one);
      } catch (err) {
        fail(one.job, err);
      }
    }
  }
  if (done.length > 0)
    await ctx.queue.boss.complete(
      QUEUE_NAME,
      done.map((d) => d.job.id),
    );
  for (const f of result.failed) {
    // the error travels with the job: `sitrep stats` shows it once the job is parked
    const message = f.message.startsWith(`${f.where}: `) ? f.message : `${f.where}: ${f.message}`;
    await ctx.queue.boss.fail(QUEUE_NAME, f.id, { message });
  }
  return result;
}

/** Stores the records, then updates the corpus with all of them: a record stored by an
 * earlier try of its job (which died before marking it done) may lack its corpus rows. */
async function storeAndUpdate(
  ctx: BatchContext,
  items: readonly { record: SitrepRecord }[],
): Promise<{ stored: number; duplicates: number }> {
  if (items.length === 0) return { stored: 0, duplicates: 0 };
  const records = items.map((i) => i.record);
  const t0 = performance.now();
  const put = await ctx.store.put(records);
  const t1 = performance.now();
  ctx.time.store += (t1 - t0) / 1000;
  if (ctx.corpus) {
    let t2 = t1;
    await ctx.lock.run(() => {
      t2 = performance.now();
      return updateCorpus(ctx.store, records);
    });
    ctx.time.lockWait += (t2 - t1) / 1000;
    ctx.time.corpus += (performance.now() - t2) / 1000;
  }
  return { stored: put.added.length, duplicates: put.duplicates.length };
}

/** Jobs not yet done or parked: waiting, to be retried, or held by a worker. */
async function unfinished(queue: ArticleQueue): Promise<number> {
  const res = await queue.boss.getDb().executeSql(
    `SELECT count(*)::int AS n FROM "${queue.location.schema}".job
       WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
    [QUEUE_NAME],
  );
  return (res.rows[0] as { n: number } | undefined)?.n ?? 0;
}

function whereOf(job: Job): string {
  const o = job.data.article.origin;
  return o.item ? `${o.path}:${o.item}` : o.path;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
