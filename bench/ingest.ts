/**
 * The ingest path, measured: read each BBC file (first line the title, then the body), build
 * its record through the worker pool, store.put in batches into a FRESH temporary SQLite
 * database (FTS index included), for the "minimal" and the "default" preset, and the default
 * preset with the corpus layer (copies, corpus entities, clusters) updated after each batch, as
 * `sitrep ingest` does: issue 11 asks it to keep >= 80% of the throughput without it.
 *
 * Each preset runs in its own child process so that peak RSS (process.resourceUsage().maxRSS,
 * which covers the worker threads too: they share the process) belongs to that ingest alone,
 * and no other bench's heap or warm caches count. Pool start-up is inside the timing.
 *
 * Run alone: `node --import tsx bench/ingest.ts [minimal|default]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SitrepRecord } from '../src/core/record.js';
import { createRecordBuilder } from '../src/runtime/workers.js';
import { updateCorpus } from '../src/corpus/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { bbcFiles, countWords, loadContext, type BenchContext, type BenchLine } from './lib.js';

/** Records per store.put transaction. */
const BATCH = 250;
/** Batches handed to the pool ahead of the one being stored, so workers never wait on SQLite. */
const AHEAD = 2;

interface Measured {
  preset: string;
  threads: number;
  docs: number;
  added: number;
  failed: number;
  words: number;
  ms: number;
  /** CPU time of the whole process, worker threads included */
  cpuMs: number;
  /** wall time from creating the pool to its first record */
  startMs: number;
  maxRssMb: number;
  dbMb: number;
  /** 1-minute load average when the ingest started: other work on the machine */
  load: number;
  hits: number;
  /** wall time spent in updateCorpus */
  corpusMs: number;
}

async function ingest(name: string, files: readonly string[]): Promise<Measured> {
  const withCorpus = name.endsWith('+corpus');
  const preset = withCorpus ? name.slice(0, -'+corpus'.length) : name;
  let corpusMs = 0;
  // the workload's size, counted before the clock starts: counting is not ingesting
  const words = countWords(files.map((f) => readFileSync(f, 'utf8')));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-'));
  const file = path.join(dir, 'bench.db');
  try {
    const load = os.loadavg()[0] ?? 0;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const builder = createRecordBuilder({ preset });
    let startMs = -1;
    const started = (): void => {
      if (startMs < 0) startMs = performance.now() - t0;
    };
    const store = await openSqliteStore(file);
    const inFlight: Promise<(SitrepRecord | Error)[]>[] = [];
    let added = 0;
    let failed = 0;
    const flush = async (): Promise<void> => {
      const batch = await (inFlight.shift() as Promise<(SitrepRecord | Error)[]>);
      const records = batch.filter((r): r is SitrepRecord => !(r instanceof Error));
      failed += batch.length - records.length;
      const stored = new Set((await store.put(records)).added);
      added += stored.size;
      if (withCorpus) {
        const c0 = performance.now();
        await updateCorpus(
          store,
          records.filter((r) => stored.has(r.id)),
        );
        corpusMs += performance.now() - c0;
      }
    };
    for (let i = 0; i < files.length; i += BATCH) {
      const texts = await Promise.all(files.slice(i, i + BATCH).map((f) => readFile(f, 'utf8')));
      inFlight.push(
        Promise.all(
          texts.map((content, j) => {
            const nl = content.indexOf('\n');
            return builder
              .build({
                origin: { path: files[i + j] as string, url: null, format: 'text' },
                title: nl < 0 ? null : content.slice(0, nl),
                text: nl < 0 ? content : content.slice(nl + 1),
              })
              .then(
                (r) => (started(), r),
                (e: unknown) => (started(), e instanceof Error ? e : new Error(String(e))),
              );
          }),
        ),
      );
      if (inFlight.length > AHEAD) await flush();
    }
    while (inFlight.length > 0) await flush();
    await builder.close();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const hits = (await store.search({ text: 'maternity pay', limit: 100 })).length;
    await store.close();
    return {
      preset: name,
      corpusMs,
      threads: builder.threads,
      docs: files.length,
      added,
      failed,
      words,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      startMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      dbMb: (statSync(file).size + walSize(file)) / 1e6,
      hits,
      load,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

function line(m: Measured): BenchLine {
  return {
    name: `${m.preset} preset → SQLite (${m.threads} threads, batch ${BATCH})`,
    docs: m.docs,
    words: m.words,
    ms: m.ms,
    note:
      `${(m.ms / 1000).toFixed(2)} s (pool start ${(m.startMs / 1000).toFixed(2)} s; ` +
      `${(m.docs / ((m.ms - m.startMs) / 1000)).toFixed(0)} articles/s after it), ` +
      `CPU ${(m.cpuMs / m.docs).toFixed(2)} ms/article all threads ` +
      `(= ${((os.availableParallelism() * 1000 * m.docs) / m.cpuMs).toFixed(0)}/s on ${os.availableParallelism()} idle cores), peak RSS ${m.maxRssMb.toFixed(0)} MB, db ${m.dbMb.toFixed(1)} MB, ` +
      `${m.added} stored, ${m.failed} failed, "maternity pay" ${m.hits} hits, ` +
      `load average ${m.load.toFixed(1)} at the start` +
      (m.corpusMs > 0 ? `, corpus layer ${(m.corpusMs / 1000).toFixed(2)} s` : ''),
  };
}

const SELF = fileURLToPath(import.meta.url);

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const out: BenchLine[] = [];
  for (const preset of ['minimal', 'default', 'default+corpus']) {
    const json = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--json', preset], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const m = JSON.parse(json) as Measured;
    if (m.docs !== ctx.files.length)
      throw new Error(`ingest bench read ${m.docs} of ${ctx.files.length} files`);
    out.push(line(m));
  }
  return Promise.resolve(out);
}

if (process.argv[1] === SELF) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const presets = args.filter((a) => !a.startsWith('--'));
  const files = bbcFiles();
  if (files.length === 0) {
    console.error('bench/ingest: ../shared/datasets/workloads/bbc-news-2005 not found');
    process.exit(json ? 1 : 0);
  }
  if (json) {
    process.stdout.write(JSON.stringify(await ingest(presets[0] ?? 'minimal', files)));
  } else {
    const ctx = { ...loadContext() };
    const lines = presets.length ? [] : await bench(ctx);
    for (const p of presets) lines.push(line(await ingest(p, files)));
    for (const l of lines) {
      const s = l.ms / 1000;
      console.log(
        `${l.name}: ${(l.docs / s).toFixed(0)} articles/s, ${(l.words / s).toFixed(0)} words/s; ${l.note}`,
      );
    }
  }
}
