/**
 * Helpers for the queue tests: a PostgreSQL database to run them on (skipped, with a message,
 * when none answers), throwaway schemas, the sitrep CLI as a child process, and a snapshot of
 * what a store holds (records and corpus rows) to compare runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { HAS_SHARED, ROOT, shared } from '../helpers.js';

const BASE = process.env['SITREP_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why the tests cannot run (no server), or null; creates the test database when missing. */
export async function pgUnavailable(): Promise<string | null> {
  const url = new URL(BASE);
  const tryConnect = async (u: string) => {
    const c = new pg.Client({ connectionString: u, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      return null;
    } catch (err) {
      return err as Error & { code?: string };
    } finally {
      await c.end().catch(() => undefined);
    }
  };
  const err = await tryConnect(BASE);
  if (!err) return null;
  if (err.code !== '3D000') return err.message; // 3D000: no such database
  const admin = new URL(BASE);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query(`CREATE DATABASE "${url.pathname.slice(1).replaceAll('"', '')}"`);
  } catch (e) {
    if ((e as { code?: string }).code !== '42P04') return (e as Error).message; // exists: a race
  } finally {
    await c.end().catch(() => undefined);
  }
  const again = await tryConnect(BASE);
  return again ? again.message : null;
}

/** A new schema name; `dbUrl(schema)` is the --db value for it. */
export function newSchema(tag: string): string {
  return `sitrep_q${tag}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

export function dbUrl(schema: string): string {
  const u = new URL(BASE);
  u.searchParams.set('schema', schema);
  return u.toString();
}

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** Drops a store's schema and its queue's. */
export async function dropSchemas(schema: string): Promise<void> {
  await sql(
    `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`,
  );
}

/**
 * The articles the tests queue: examples/ (dated, with copies and shared stories, so the corpus
 * layer has groups to get right) and, with ../shared, BBC News 2005 articles up to `total`.
 */
export function testArticles(total: number): string[] {
  const examples = readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(ROOT, 'examples', f));
  const files = [...examples];
  if (HAS_SHARED) {
    const bbc = shared('datasets', 'workloads', 'bbc-news-2005');
    const topics = ['business', 'entertainment', 'politics', 'sport', 'tech'];
    const lists = topics.map((t) =>
      readdirSync(path.join(bbc, t))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(bbc, t, f)),
    );
    // round-robin over the topics, so the batch mixes stories
    for (let i = 0; files.length < total; i++) {
      let added = false;
      for (const list of lists) {
        const f = list[i];
        if (f && files.length < total) {
          files.push(f);
          added = true;
        }
      }
      if (!added) break;
    }
  }
  return files;
}

export interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}

/** Starts `sitrep ARGS...` as a child process. */
export function sitrep(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'sitrep'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Runs `sitrep ARGS...` to the end; throws with its output when it exits non-zero. */
export async function sitrepOk(args: string[], env: Record<string, string> = {}) {
  const r = await sitrep(args, env).done;
  if (r.code !== 0) {
    throw new Error(
      `sitrep ${args.join(' ')} exited ${r.code ?? r.signal}\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r;
}

export interface Snapshot {
  /** id -> the stored record's JSON */
  records: Map<string, string>;
  /** every corpus row, "kind\tkey\trecord\tvalue", sorted */
  corpus: string[];
}

/** What a store holds, for comparing two runs. */
export async function snapshot(schema: string): Promise<Snapshot> {
  const records = await sql<{ id: string; json: string }>(
    `SELECT id, json::text AS json FROM ${schema}.records ORDER BY id`,
  );
  const corpus = await sql<{ row: string }>(
    `SELECT kind || E'\\t' || key || E'\\t' || record || E'\\t' || value AS row
     FROM ${schema}.corpus ORDER BY kind, key, record`,
  );
  return {
    records: new Map(records.map((r) => [r.id, r.json])),
    corpus: corpus.map((r) => r.row),
  };
}

export async function countRecords(schema: string): Promise<number> {
  try {
    const rows = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.records`);
    return rows[0]?.n ?? 0;
  } catch {
    return 0; // not created yet
  }
}

/** Jobs by state in a store's queue. */
export async function jobStates(schema: string): Promise<Record<string, number>> {
  const rows = await sql<{ state: string; n: number }>(
    `SELECT state::text AS state, count(*)::int AS n FROM ${schema}_queue.job GROUP BY state`,
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}
