/**
 * The PostgreSQL queue end to end, through the CLI as a user runs it: `sitrep ingest
 * --enqueue`, several `sitrep worker` processes, `sitrep stats`, `sitrep requeue`.
 *
 * - multi-worker: three workers on one batch store exactly the records and corpus rows of a
 *   single-process `sitrep ingest` of the same files;
 * - fault: a worker killed with SIGKILL while it holds jobs, then another worker: every article
 *   stored once, the same records and corpus rows as the clean run;
 * - poison: an article that makes the pipeline throw (SITREP_TEST_STAGE_FAULT, test only) is
 *   parked after the retry bound with its error, the rest stored; requeued, it is stored.
 *
 * Skipped, saying so, when PostgreSQL does not answer at 127.0.0.1:5432 (or SITREP_TEST_PG).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRecords,
  dbUrl,
  dropSchemas,
  jobStates,
  newSchema,
  pgUnavailable,
  sitrep,
  sitrepOk,
  snapshot,
  testArticles,
  type Snapshot,
} from './queue-helpers.js';

const why = await pgUnavailable();
if (why) console.warn(`skipped: the queue tests need PostgreSQL (${why})`);

/** a few hundred articles keep the whole file near a minute on two shared cores */
const ARTICLES = testArticles(Number(process.env['SITREP_TEST_QUEUE_ARTICLES'] ?? 160));
const schemas: string[] = [];
const schema = (tag: string) => {
  const s = newSchema(tag);
  schemas.push(s);
  return s;
};

describe.skipIf(why !== null)('sitrep worker on a PostgreSQL queue', () => {
  let clean: Snapshot;
  /** distinct articles */
  let N = 0;

  beforeAll(async () => {
    // the single-process run every queue run must match
    const ref = schema('ref');
    await sitrepOk(['ingest', ...ARTICLES, '--db', dbUrl(ref), '--threads', '0', '--quiet']);
    clean = await snapshot(ref);
    // the BBC workload repeats an article or two: each is stored once
    expect(clean.records.size).toBeGreaterThan(ARTICLES.length * 0.95);
    N = clean.records.size;
    expect(clean.corpus.length).toBeGreaterThan(0);
  }, 300_000);

  afterAll(async () => {
    for (const s of schemas) await dropSchemas(s);
  });

  it('three workers on one batch store what one process stores', async () => {
    const s = schema('multi');
    const db = dbUrl(s);
    const q = await sitrepOk(['ingest', ...ARTICLES, '--enqueue', '--db', db]);
    expect(q.stdout).toContain(`enqueued ${N} · duplicates ${ARTICLES.length - N} `);
    // queueing again queues nothing twice
    await sitrepOk(['ingest', ...ARTICLES.slice(0, 5), '--enqueue', '--db', db, '--quiet']);
    expect((await jobStates(s))['created']).toBe(N);

    const runs = [1, 2, 3].map(() =>
      sitrep(['worker', '--db', db, '--until-empty', '--batch', '8', '--quiet']),
    );
    const results = await Promise.all(runs.map((r) => r.done));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    // each worker took a share: the batch really was split
    const worked = results.map((r) => Number(/worked (\d+) jobs/.exec(r.stdout)?.[1] ?? 0));
    expect(worked.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(N);
    expect(worked.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);

    const got = await snapshot(s);
    expect([...got.records.keys()]).toEqual([...clean.records.keys()]);
    expect(got.records).toEqual(clean.records);
    expect(got.corpus).toEqual(clean.corpus);
    expect(await jobStates(s)).toEqual({ completed: N });
  }, 300_000);

  it('a worker killed mid-batch loses and duplicates nothing: another finishes the batch', async () => {
    const s = schema('kill');
    const db = dbUrl(s);
    await sitrepOk([
      'ingest',
      ...ARTICLES,
      '--enqueue',
      '--db',
      db,
      '--job-timeout',
      '4',
      '--quiet',
    ]);

    const first = sitrep(['worker', '--db', db, '--batch', '8', '--quiet']);
    // wait until it has stored some, then kill it outright while it holds jobs
    const deadline = Date.now() + 120_000;
    let heldAtKill = 0;
    for (;;) {
      expect(Date.now()).toBeLessThan(deadline);
      const stored = await countRecords(s);
      const held = (await jobStates(s).catch(() => ({}) as Record<string, number>))['active'] ?? 0;
      if (stored >= 8 && held > 0) {
        first.child.kill('SIGKILL');
        heldAtKill = held;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(heldAtKill).toBeGreaterThan(0);
    const storedAtKill = await countRecords(s);
    expect(storedAtKill).toBeLessThan(N);
    // the jobs it held are still taken: they come back once their 4 s timeout passes
    expect((await jobStates(s))['active'] ?? 0).toBeGreaterThan(0);

    const second = await sitrepOk([
      'worker',
      '--db',
      db,
      '--until-empty',
      '--batch',
      '8',
      '--quiet',
    ]);
    expect(second.stdout).toMatch(/failed 0/);

    const got = await snapshot(s);
    expect(got.records.size).toBe(N);
    expect(got.records).toEqual(clean.records);
    expect(got.corpus).toEqual(clean.corpus);
    const states = await jobStates(s);
    expect(states).toEqual({ completed: N });
  }, 300_000);

  it('a poison article is parked after the retry bound with its error; the rest is stored', async () => {
    const s = schema('poison');
    const db = dbUrl(s);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-poison-'));
    try {
      const marker = 'POISONMARKER7F3A';
      const poison = path.join(dir, 'poison.txt');
      writeFileSync(
        poison,
        `Officials said on Monday that the talks would resume. ${marker} was in the text.\n`,
      );
      const others = ARTICLES.slice(0, 8);
      await sitrepOk([
        'ingest',
        ...others,
        poison,
        '--enqueue',
        '--db',
        db,
        '--retries',
        '1',
        '--quiet',
      ]);
      const env = { SITREP_TEST_STAGE_FAULT: marker };
      const w = await sitrepOk(['worker', '--db', db, '--until-empty', '--quiet'], env);
      expect(w.stdout).toMatch(/stored 8 /);
      // one try and one retry: two failures, on standard error, naming the file
      const failures = w.stderr.split('\n').filter((l) => l.startsWith('failed '));
      expect(failures).toHaveLength(2);
      expect(failures[0]).toContain('poison.txt');
      expect(failures[0]).toContain(marker);
      expect(await countRecords(s)).toBe(8);

      const stats = JSON.parse((await sitrepOk(['stats', '--db', db, '--json'])).stdout) as {
        records: number;
        queue: {
          states: Record<string, number>;
          parked: { id: string; where: string; tries: number; error: string }[];
        };
      };
      expect(stats.records).toBe(8);
      expect(stats.queue.states).toMatchObject({ completed: 8, failed: 1, created: 0, retry: 0 });
      expect(stats.queue.parked).toHaveLength(1);
      const parked = stats.queue.parked[0]!;
      expect(parked.where).toBe(poison);
      expect(parked.tries).toBe(2);
      expect(parked.error).toContain(`test fault on "${marker}"`);
      const text = (await sitrepOk(['stats', '--db', db])).stdout;
      expect(text).toContain(`parked ${parked.id} ${poison} (2 tries)`);

      // requeued, and the fault gone, it is stored
      const rq = await sitrepOk(['requeue', parked.id, '--db', db]);
      expect(rq.stdout).toContain('requeued 1 job');
      const again = await sitrepOk(['worker', '--db', db, '--until-empty', '--quiet']);
      expect(again.stdout).toMatch(/stored 1 /);
      expect(await countRecords(s)).toBe(9);
      expect(await jobStates(s)).toEqual({ completed: 9 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('SIGTERM stops a worker after the batch in hand: nothing left taken', async () => {
    const s = schema('term');
    const db = dbUrl(s);
    await sitrepOk(['ingest', ...ARTICLES.slice(0, 60), '--enqueue', '--db', db, '--quiet']);
    const w = sitrep(['worker', '--db', db, '--batch', '4', '--quiet']);
    const deadline = Date.now() + 120_000;
    while ((await countRecords(s)) < 4) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 50));
    }
    w.child.kill('SIGTERM');
    const r = await w.done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('stopping after the batch in hand');
    const states = await jobStates(s);
    expect(states['active'] ?? 0).toBe(0);
    expect(states['completed']).toBe(await countRecords(s));
    expect(states['completed']).toBeLessThan(60);
  }, 180_000);

  it('refuses a SQLite --db for the queue commands, creating nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-q-'));
    try {
      const file = path.join(dir, 'x.db');
      for (const args of [
        ['worker', '--db', file, '--until-empty'],
        ['ingest', ARTICLES[0]!, '--enqueue', '--db', file],
      ]) {
        const r = await sitrep(args).done;
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('the job queue lives in PostgreSQL');
      }
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
