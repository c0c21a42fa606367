/**
 * A worker-thread pool that builds records in parallel.
 *
 * Each worker builds its pipeline once (`pipelineFor(preset)`) and runs `buildRecord` on the
 * articles it is sent. `build(raw)` returns a promise for that article's record, so callers
 * keep their own order by holding the promises (e.g. `await Promise.all(batch.map(build))`
 * resolves in the order requested). A build error (a SitrepError such as an empty article)
 * rejects that one promise with the same message and class; the pool keeps working. If a
 * worker dies, its pending builds are rejected and a fresh worker takes its place.
 *
 * `threads` defaults to `os.availableParallelism()`; 0 or 1 builds inline on the calling
 * thread, without workers. Workers run the TypeScript sources through tsx (a small eval
 * bootstrap registers tsx's loader, then imports worker.ts), so the pool works from
 * `node --import tsx`, from `bin/sitrep` and from vitest alike.
 *
 * @example
 * const builder = createRecordBuilder({ preset: 'minimal' });
 * const records = await Promise.all(raws.map((raw) => builder.build(raw)));
 * await builder.close();
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.js';
import { pipelineFor } from '../presets/default.js';
import { buildRecord } from './build.js';
import { SitrepError } from './errors.js';
import type { Pipeline } from './pipeline.js';
import type { SitrepRecord } from './record.js';
import type { BuildReply, BuildRequest, WireError } from './worker.js';

export interface RecordBuilderOptions {
  /** preset name, as for pipelineFor(): "default", "minimal" ... */
  preset: string;
  /** worker threads; default os.availableParallelism(); 0 or 1 = inline, no workers */
  threads?: number;
}

export interface RecordBuilder {
  /** the number of worker threads (0 when building inline) */
  readonly threads: number;
  build(raw: RawArticle): Promise<SitrepRecord>;
  /** waits for the builds already requested, then stops the workers */
  close(): Promise<void>;
}

/** Builds sent to one worker before it answers: enough to hide the message round trip. */
const IN_FLIGHT_PER_WORKER = 8;

export function createRecordBuilder(opts: RecordBuilderOptions): RecordBuilder {
  // Reject a bad preset here, at start-up, with the preset's own message.
  const pipeline = pipelineFor(opts.preset);
  const threads = opts.threads ?? os.availableParallelism();
  if (!Number.isInteger(threads) || threads < 0) {
    throw new SitrepError(`threads must be a whole number >= 0, not ${String(opts.threads)}`);
  }
  return threads <= 1 ? inlineBuilder(pipeline) : poolBuilder(opts.preset, threads);
}

function inlineBuilder(pipeline: Pipeline): RecordBuilder {
  let closed = false;
  return {
    threads: 0,
    build(raw) {
      if (closed) return Promise.reject(new SitrepError('the record builder is closed'));
      try {
        return Promise.resolve(buildRecord(raw, pipeline));
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
    },
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
}

interface Job {
  id: number;
  raw: RawArticle;
  resolve: (record: SitrepRecord) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

function poolBuilder(preset: string, threads: number): RecordBuilder {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let pending = 0;
  let drained: (() => void) | null = null;

  const settle = (): void => {
    pending--;
    if (pending === 0 && drained) drained();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(preset), jobs: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (reply: BuildReply) => {
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      if ('record' in reply) job.resolve(reply.record);
      else job.reject(fromWireError(reply.error));
      settle();
      pump();
    });
    const fail = (why: string): void => {
      const i = slots.indexOf(slot);
      if (i < 0) return;
      slots.splice(i, 1);
      for (const job of slot.jobs.values()) {
        job.reject(
          new Error(`record builder worker stopped (${why}) while building ${job.raw.origin.path}`),
        );
        settle();
      }
      slot.jobs.clear();
      if (!closed) {
        slots.push(spawn());
        pump();
      }
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  };

  const pump = (): void => {
    while (queue.length > 0) {
      let best: Slot | null = null;
      for (const s of slots) if (!best || s.jobs.size < best.jobs.size) best = s;
      if (!best || best.jobs.size >= IN_FLIGHT_PER_WORKER) return;
      const job = queue.shift() as Job;
      best.jobs.set(job.id, job);
      if (best.jobs.size === 1) best.worker.ref();
      const msg: BuildRequest = { id: job.id, raw: job.raw };
      try {
        best.worker.postMessage(msg);
      } catch (err) {
        // e.g. a field that cannot be cloned: this article fails, the pool does not
        best.jobs.delete(job.id);
        job.reject(err instanceof Error ? err : new Error(String(err)));
        settle();
      }
    }
    for (const s of slots) if (s.jobs.size === 0) s.worker.unref();
  };

  for (let i = 0; i < threads; i++) slots.push(spawn());

  return {
    threads,
    build(raw) {
      if (closed) return Promise.reject(new SitrepError('the record builder is closed'));
      return new Promise<SitrepRecord>((resolve, reject) => {
        pending++;
        queue.push({ id: nextId++, raw, resolve, reject });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (pending > 0) await new Promise<void>((r) => (drained = r));
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Starts one worker. Under tsx (this file is .ts) an eval bootstrap registers tsx's loader in
 * the worker and then imports worker.ts; compiled to .js, worker.js is started directly.
 */
function startWorker(preset: string): Worker {
  const workerData = { preset };
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then((m) => { m.register(); return import(${JSON.stringify(entry)}); })` +
    `.catch((e) => { console.error(e); process.exit(70); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

function fromWireError(e: WireError): Error {
  if (e.user) {
    // message already carries the "where: " prefix; keep `where` for callers that read it
    const err = new SitrepError(e.message);
    Object.defineProperty(err, 'where', { value: e.where });
    if (e.name !== err.name) err.name = e.name;
    return err;
  }
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}
