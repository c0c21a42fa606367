/**
 * HTTP load benchmark (not a test): starts `sitrep serve` over a database in a second process on
 * loopback, then sends N requests with C concurrent connections per route mix from this one and
 * prints p50/p95/p99 latency and requests per second, with the load average it ran under.
 * Targets from issue 12: p95 <= 50 ms for search, <= 100 ms for a timeline. The server keeps
 * report answers (timelines) until the store changes, so the first request for each entity is
 * timed apart from the rest; the warm-up request of each mix is not timed.
 *
 * @example
 * node --import tsx bench/http/load.ts --db bbc.db --requests 10000 --concurrency 32
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    requests: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '32' },
    only: { type: 'string', multiple: true },
  },
});
if (!values.db) throw new Error('give --db FILE (a database built with sitrep ingest)');
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

/** search words from everyday news, so queries hit, miss and rank */
const WORDS = [
  'troops',
  'economy',
  'election',
  'film',
  'market',
  'minister',
  'music',
  'game',
  'oil',
  'police',
  'court',
  'Kyiv',
  'drones',
  'bank',
  'price',
];
/** timelines asked for: the server keeps each answer, so the first of each is reported apart */
const ENTITIES = [
  'North Korea',
  'Ukraine',
  'Russia',
  'Tony Blair',
  'Gordon Brown',
  'Michael Howard',
  'Iraq',
  'London',
  'Kyiv',
  'Microsoft',
  'Chelsea',
  'China',
];
const MIXES: Record<string, (i: number) => string> = {
  search: (i) => `/api/records?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}&limit=20`,
  'search+filters': (i) =>
    `/api/records?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}&since=2005-01-01&limit=20`,
  timeline: (i) => `/api/timeline?entity=${encodeURIComponent(ENTITIES[i % ENTITIES.length]!)}`,
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = spawn(
  'node',
  [path.join(root, 'bin/sitrep'), 'serve', '--db', values.db, '--port', '0'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise<string>((resolve, reject) => {
  server.stdout.on('data', (b: Buffer) => {
    const m = /on (http:\/\/\S+)/.exec(b.toString());
    if (m?.[1]) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`load average at start: ${load()}`);
try {
  for (const [name, pathOf] of Object.entries(MIXES)) {
    if (values.only && !values.only.includes(name)) continue;
    const n = name === 'timeline' ? Math.min(total, 200) : total;
    await fetch(url + pathOf(0)); // warm-up (first query compiles statements, loads modules)
    const times: number[] = [];
    const firstTimes: number[] = [];
    const seen = new Set<string>([pathOf(0)]);
    let next = 0;
    let failed = 0;
    let resets = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) {
          const i = next++;
          const p = pathOf(i);
          const first = !seen.has(p);
          seen.add(p);
          const t0 = performance.now();
          // a pooled keep-alive socket the server closed as it was reused resets: retry twice
          let ok = false;
          for (let attempt = 0; attempt < 3 && !ok; attempt++) {
            try {
              const res = await fetch(url + p);
              await res.arrayBuffer();
              ok = res.ok;
              if (!ok) break;
            } catch {
              resets++;
            }
          }
          if (!ok) failed++;
          (first ? firstTimes : times).push(performance.now() - t0);
        }
      }),
    );
    const secs = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    firstTimes.sort((a, b) => a - b);
    if (firstTimes.length > 0)
      console.log(
        `${name.padEnd(15)} first request of each of ${firstTimes.length} distinct requests: p50 ${pct(firstTimes, 50).toFixed(1)} ms · max ${firstTimes.at(-1)!.toFixed(1)} ms`,
      );
    console.log(
      `${name.padEnd(15)} ${times.length} requests, ${concurrency} concurrent: p50 ${pct(times, 50).toFixed(1)} ms · p95 ${pct(times, 95).toFixed(1)} ms · p99 ${pct(times, 99).toFixed(1)} ms · ${(n / secs).toFixed(0)} req/s · ${failed} failed · ${resets} retried after a reset`,
    );
  }
  console.log(`load average at end: ${load()}`);
} finally {
  server.kill('SIGTERM');
}
