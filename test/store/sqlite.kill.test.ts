/**
 * An ingest killed with SIGKILL in the middle of a batch leaves a consistent database (the
 * batch is either all there or not at all, FTS agrees with records) and a re-run completes
 * the rest, reporting what was already stored as duplicates.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCHES, FILLER, SMALL } from './fixtures/ingest-child.js';

const CHILD = fileURLToPath(new URL('./fixtures/ingest-child.ts', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-kill-'));
const file = path.join(dir, 'kill.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  out: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs the child; with killAt, sends SIGKILL as soon as it prints "begin killAt". */
function run(killAt: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (killAt !== null && out.includes(`begin ${killAt}\n`)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ out, code, signal }));
  });
}

function inspect(): { integrity: string; records: number; indexed: number; big: number } {
  const db = new Database(file, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const records = (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    // docsize holds one row per document in the FTS index
    const indexed = (
      db.prepare('SELECT count(*) AS n FROM records_fts_docsize').get() as { n: number }
    ).n;
    const big = (
      db.prepare(`SELECT count(*) AS n FROM records WHERE title LIKE 'Big record %'`).get() as {
        n: number;
      }
    ).n;
    return { integrity, records, indexed, big };
  } finally {
    db.close();
  }
}

function ftsIntegrity(): void {
  const db = new Database(file);
  try {
    // compares the index with the external content table; throws SQLITE_CORRUPT_VTAB on mismatch
    db.prepare(`INSERT INTO records_fts (records_fts, rank) VALUES ('integrity-check', 1)`).run();
  } finally {
    db.close();
  }
}

describe('SQLite store under kill -9', () => {
  const perBatch = 1 + SMALL + FILLER;

  it('keeps whole batches only when killed mid-batch', async () => {
    const killed = await run(2);
    expect(killed.signal).toBe('SIGKILL');
    // killed after "begin 2" and before "done 2": in the middle of the third batch's write
    expect(killed.out).toContain('done 1\n');
    expect(killed.out).not.toContain('done 2\n');
    const s = inspect();
    expect(s.integrity).toBe('ok');
    expect(s.records).toBe(2 * perBatch);
    expect(s.indexed).toBe(s.records);
    expect(s.big).toBe(2);
    ftsIntegrity();
  });

  it('completes the rest on a re-run, storing nothing twice', async () => {
    const again = await run(null);
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.out.trim().split('\n').at(-1) ?? '{}') as {
      added: number;
      duplicates: number;
    };
    expect(summary).toEqual({ added: (BATCHES - 2) * perBatch, duplicates: 2 * perBatch });
    const s = inspect();
    expect(s).toEqual({
      integrity: 'ok',
      records: BATCHES * perBatch,
      indexed: BATCHES * perBatch,
      big: BATCHES,
    });
    ftsIntegrity();
  });
});
