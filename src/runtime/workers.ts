/**
 * A worker-thread pool that builds records in parallel.
 *
 * Each worker builds its pipeline once (`pipelineFor(preset)`) and runs `buildRecord` on the
 * articles it is sent. `build(raw)` returns a promise for that article's record, so callers
 * keep their own order by holding the promises (e.g. `await Promise.all(batch.map(build))`
 * resolves in the order requested). A build error (a SitrepError such as an empty article)
 * rejects that one promise with the same message and class; the pool keeps working. If a
 * worker dies (e.g. an article too big for `maxMemoryMb`), a fresh worker takes its place and
 * the builds it had in flight run again one at a time, so only the article that kills a
 * worker on its own is rejected.
 *
 * `threads` defaults to `os.availableParallelism()` and is capped there (`note` says so); 0 or 1 builds inline on the calling
 * thread, without workers. Running from the TypeScript sources, workers load one ES module
 * bundled from worker.ts by esbuild (npm packages left external), cached in
 * node_modules/.cache/sitrep and rebuilt when a source changes: a worker then starts in about
 * half the CPU time it takes through tsx's loader hooks. If bundling fails, workers fall back
 * to tsx (an eval bootstrap registers tsx's loader, then imports worker.ts). Either way the
 * pool works from `node --import tsx`, from `bin/sitrep` and from vitest alike.
 *
 * @example
 * const builder = createRecordBuilder({ preset: 'minimal' });
 * const records = await Promise.all(raws.map((raw) => builder.build(raw)));
 * await builder.close();
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.js';
import { pipelineFor } from '../presets/default.js';
import { buildRecord } from '../core/build.js';
import { SitrepError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import type { SitrepRecord } from '../core/record.js';
import { withTestFault } from './fault.js';
import type { BuildReply, BuildRequest, WireError } from './worker.js';

export interface RecordBuilderOptions {
  /** preset name, as for pipelineFor(): "default", "minimal" ... */
  preset: string;
  /** worker threads; default os.availableParallelism(); 0 or 1 = inline, no workers */
  threads?: number;
  /**
   * heap limit per worker in MB (V8 old generation). An article too big for it kills only
   * its worker: that build rejects, a fresh worker takes over. Default: V8's own limit.
   */
  maxMemoryMb?: number;
}

/** How workers load their code: an esbuild bundle, tsx's loader, compiled .js, or no workers. */
export type WorkerLoader = 'bundle' | 'tsx' | 'js' | 'inline';

export interface RecordBuilder {
  /** the number of worker threads (0 when building inline) */
  readonly threads: number;
  /** why fewer threads run than were asked for (capped at the cores), else null */
  readonly note?: string | null;
  /** how the workers load (resolves once they are being started) */
  loader(): Promise<WorkerLoader>;
  build(raw: RawArticle): Promise<SitrepRecord>;
  /** waits for the builds already requested, then stops the workers */
  close(): Promise<void>;
}

/** Builds sent to one worker before it answers: enough to hide the message round trip. */
const IN_FLIGHT_PER_WORKER = 8;

export function createRecordBuilder(opts: RecordBuilderOptions): RecordBuilder {
  // Reject a bad preset here, at start-up, with the preset's own message.
  const pipeline = withTestFault(pipelineFor(opts.preset));
  const cores = os.availableParallelism();
  const asked = opts.threads ?? cores;
  if (!Number.isInteger(asked) || asked < 0) {
    throw new SitrepError(`threads must be a whole number >= 0, not ${String(opts.threads)}`);
  }
  // more threads than cores only add memory (a pipeline each) and contention: 64 threads on
  // one article took 223 s and 10.5 GB
  const threads = Math.min(asked, cores);
  const note =
    asked > cores ? `${asked} threads asked for, ${cores} used: no more than the cores` : null;
  const mem = opts.maxMemoryMb;
  if (mem !== undefined && !(Number.isFinite(mem) && mem >= 16)) {
    throw new SitrepError(`maxMemoryMb must be a number of MB >= 16, not ${String(mem)}`);
  }
  const builder = threads <= 1 ? inlineBuilder(pipeline) : poolBuilder(opts.preset, threads, mem);
  return { ...builder, note };
}

function inlineBuilder(pipeline: Pipeline): RecordBuilder {
  let closed = false;
  return {
    threads: 0,
    loader: () => Promise.resolve('inline'),
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
  /** was in flight on a worker that died: runs again, alone on its worker */
  suspect: boolean;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** holds a suspect: takes no other job until it is answered */
  solo: boolean;
  /** the worker has built its pipeline */
  ready: boolean;
}

function poolBuilder(preset: string, threads: number, maxMemoryMb?: number): RecordBuilder {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let pending = 0;
  let drained: (() => void) | null = null;
  // workers that died before they were ready, since one last was; too many = the pool is broken
  let startFailures = 0;
  let broken: Error | null = null;
  const maxStartFailures = threads + 2;

  const settle = (): void => {
    pending--;
    if (pending === 0 && drained) drained();
  };

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: startWorker(source, preset, maxMemoryMb),
      jobs: new Map(),
      solo: false,
      ready: false,
    };
    slot.worker.unref();
    slot.worker.on('message', (reply: BuildReply | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        startFailures = 0;
        return;
      }
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      if (job.suspect) slot.solo = false;
      if ('record' in reply) job.resolve(reply.record);
      else job.reject(fromWireError(reply.error));
      settle();
      pump();
    });
    const fail = (why: string): void => {
      const i = slots.indexOf(slot);
      if (i < 0) return;
      slots.splice(i, 1);
      if (!slot.ready) {
        // died while starting: no article is to blame; give up after a few in a row, but
        // first try tsx instead of the bundle, in case bundling is what broke the code
        if (++startFailures >= maxStartFailures && source.loader === 'bundle') {
          source = { loader: 'tsx' };
          startFailures = 0;
        }
        if (startFailures >= maxStartFailures) {
          broken = new Error(`record builder workers cannot start (${why})`);
          for (const job of [...slot.jobs.values(), ...queue.splice(0)]) {
            job.reject(broken);
            settle();
          }
          slot.jobs.clear();
          return;
        }
        queue.unshift(...slot.jobs.values());
        slot.jobs.clear();
        slots.push(spawn());
        pump();
        return;
      }
      // The article that killed the worker is one of those in flight. One alone, or one that
      // was a suspect already, is the culprit; the others run again, one at a time.
      const retry: Job[] = [];
      for (const job of slot.jobs.values()) {
        if (job.suspect || slot.jobs.size === 1) {
          job.reject(
            new Error(
              `record builder worker stopped (${why}) while building ${job.raw.origin.path}`,
            ),
          );
          settle();
        } else {
          job.suspect = true;
          retry.push(job);
        }
      }
      slot.jobs.clear();
      queue.unshift(...retry);
      // close() removes the slots before it terminates them, so this is an unexpected death
      slots.push(spawn());
      pump();
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  };

  const pump = (): void => {
    while (queue.length > 0) {
      const head = queue[0] as Job;
      let best: Slot | null = null;
      for (const s of slots) {
        if (s.solo || (head.suspect && s.jobs.size > 0)) continue;
        if (!best || s.jobs.size < best.jobs.size) best = s;
      }
      if (!best || best.jobs.size >= IN_FLIGHT_PER_WORKER) break;
      const job = queue.shift() as Job;
      if (job.suspect) best.solo = true;
      best.jobs.set(job.id, job);
      if (best.jobs.size === 1) best.worker.ref();
      const msg: BuildRequest = { id: job.id, raw: job.raw };
      try {
        best.worker.postMessage(msg);
      } catch (err) {
        // e.g. a field that cannot be cloned: this article fails, the pool does not
        best.jobs.delete(job.id);
        if (job.suspect) best.solo = false;
        job.reject(err instanceof Error ? err : new Error(String(err)));
        settle();
      }
    }
    for (const s of slots) if (s.jobs.size === 0) s.worker.unref();
  };

  // Workers start once their code is ready (the bundle may need building); builds queue meanwhile.
  let source: WorkerSource = { loader: 'tsx' };
  const starting = workerSource().then((found) => {
    source = found;
    if (closed && pending === 0) return;
    for (let i = 0; i < threads; i++) slots.push(spawn());
    pump();
  });

  return {
    threads,
    loader: () => starting.then(() => source.loader),
    build(raw) {
      if (closed) return Promise.reject(new SitrepError('the record builder is closed'));
      if (broken) return Promise.reject(broken);
      return new Promise<SitrepRecord>((resolve, reject) => {
        pending++;
        queue.push({ id: nextId++, raw, resolve, reject, suspect: false });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await starting;
      if (pending > 0) await new Promise<void>((r) => (drained = r));
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

interface WorkerSource {
  loader: 'bundle' | 'tsx' | 'js';
  /** the bundle file, for loader "bundle" */
  file?: string;
}

/** Starts one worker from the bundle, from compiled worker.js, or through tsx. */
function startWorker(source: WorkerSource, preset: string, maxMemoryMb?: number): Worker {
  const workerData = { preset };
  const resourceLimits = maxMemoryMb ? { maxOldGenerationSizeMb: maxMemoryMb } : undefined;
  if (source.loader === 'bundle' && source.file) {
    return new Worker(pathToFileURL(source.file), { workerData, resourceLimits });
  }
  if (source.loader === 'js') {
    return new Worker(new URL('./worker.js', import.meta.url), { workerData, resourceLimits });
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then((m) => { m.register(); return import(${JSON.stringify(entry)}); })` +
    `.catch((e) => { console.error(e); process.exit(70); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
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

/** The project root: this file is src/runtime/workers.ts. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the project, so that the bundle's bare imports resolve to the project's node_modules. */
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'sitrep');
const MANIFEST = path.join(CACHE, 'worker-bundle.json');

interface Manifest {
  bundle: string;
  /** every bundled source: [path relative to ROOT, mtimeMs, size] */
  inputs: [string, number, number][];
}

/** Where workers get their code: compiled .js as is; from .ts, the bundle, else tsx. */
async function workerSource(): Promise<WorkerSource> {
  if (!import.meta.url.endsWith('.ts')) return { loader: 'js' };
  try {
    return { loader: 'bundle', file: cachedBundle() ?? (await buildBundle()) };
  } catch {
    return { loader: 'tsx' };
  }
}

/** The cached bundle when none of its sources changed since it was built. */
function cachedBundle(): string | null {
  try {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    for (const [rel, mtime, size] of m.inputs) {
      const st = statSync(path.join(ROOT, rel));
      if (st.mtimeMs !== mtime || st.size !== size) return null;
    }
    const file = path.join(CACHE, m.bundle);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Bundles worker.ts and the sources it imports into one ES module. Each source keeps its own
 * `import.meta.url`, `.dirname` and `.filename` (stages find their data files relative to
 * them); npm packages stay external. Files are written under a temporary name and renamed,
 * so concurrent processes never see half a bundle.
 */
async function buildBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  // stat each source as it is read, so the manifest describes exactly what was bundled
  const seen = new Map<string, [number, number]>();
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'keep-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
            const st = statSync(args.path);
            seen.set(path.relative(ROOT, args.path), [st.mtimeMs, st.size]);
            const contents = (await readFile(args.path, 'utf8'))
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
              .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
              .replaceAll('import.meta.filename', JSON.stringify(args.path));
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
  });
  const text = result.outputFiles[0]?.text;
  if (!text) throw new Error('esbuild produced no bundle');
  const name = `worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`;
  mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, name);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  const inputs: [string, number, number][] = Object.keys(result.metafile.inputs).map((rel) => {
    const known = seen.get(path.normalize(rel));
    if (known) return [rel, ...known];
    const st = statSync(path.join(ROOT, rel)); // JSON and other files esbuild read itself
    return [rel, st.mtimeMs, st.size];
  });
  const manifest: Manifest = { bundle: name, inputs };
  writeFileSync(`${MANIFEST}.${process.pid}.tmp`, JSON.stringify(manifest));
  renameSync(`${MANIFEST}.${process.pid}.tmp`, MANIFEST);
  removeOldBundles(name);
  return file;
}

/** Bundles left by earlier sources: removed an hour on, when no process can still be starting from them. */
function removeOldBundles(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const f of readdirSync(CACHE)) {
    if (f === keep || !/^worker-[0-9a-f]{16}\.mjs(?:\.\d+\.tmp)?$/.test(f)) continue;
    try {
      if (statSync(path.join(CACHE, f)).mtimeMs < hourAgo) rmSync(path.join(CACHE, f));
    } catch {
      // another process removed it first
    }
  }
}
