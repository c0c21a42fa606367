/**
 * HTTP load benchmark (not a test): starts `sitrep serve` over a database in a second process on
 * loopback, then sends N requests with C concurrent connections per route mix from this one and
 * prints p50/p95/p99 latency and requests per second. Targets from issue 12: p95 <= 50 ms for
 * search, <= 100 ms for a timeline.
 *
 * @example
 * node --import tsx bench/http/load.ts --db bbc.db --requests 10000 --concurrency 32
 */
import { spawn } from 'node:child_process';
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
const MIXES: Record<string, (i: number) => string> = {
  search: (i) => `/api/records?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}&limit=20`,
  'search+filters': (i) =>
    `/api/records?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}&since=2005-01-01&limit=20`,
  timeline: (i) =>
    `/api/timeline?entity=${encodeURIComponent(['North Korea', 'Ukraine', 'Russia', 'Tony Blair'][i % 4]!)}`,
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

try {
  for (const [name, pathOf] of Object.entries(MIXES)) {
    if (values.only && !values.only.includes(name)) continue;
    const n = name === 'timeline' ? Math.min(total, 200) : total;
    await fetch(url + pathOf(0)); // warm-up (first query compiles statements, loads modules)
    const times: number[] = [];
    let next = 0;
    let failed = 0;
    let resets = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) {
          const i = next++;
          const t0 = performance.now();
          // a pooled keep-alive socket the server closed as it was reused resets once: retry
          const res = await fetch(url + pathOf(i)).catch(() => {
            resets++;
            return fetch(url + pathOf(i));
          });
          await res.arrayBuffer();
          if (!res.ok) failed++;
          times.push(performance.now() - t0);
        }
      }),
    );
    const secs = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(15)} ${n} requests, ${concurrency} concurrent: p50 ${pct(times, 50).toFixed(1)} ms · p95 ${pct(times, 95).toFixed(1)} ms · p99 ${pct(times, 99).toFixed(1)} ms · ${(n / secs).toFixed(0)} req/s · ${failed} failed · ${resets} retried after a reset`,
    );
  }
} finally {
  server.kill('SIGTERM');
}
