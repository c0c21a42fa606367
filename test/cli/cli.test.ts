/** The CLI end to end, as a user runs it: bin/sitrep in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, ROOT, shared } from '../helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sitrep-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sitrep(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sitrep'), ...args], {
    cwd: tmp,
    input,
    encoding: 'utf8',
    env: { ...process.env, SITREP_DB: path.join(tmp, 'default.db') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SEED = path.join(ROOT, 'examples/000_8968b0838309d791.txt');

describe('sitrep extract', () => {
  it('prints the seed record: date, outlet, provenance chain, 14 or 15 sentences', () => {
    const r = sitrep(['extract', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.out);
    expect(record.schema).toBe('sitrep/record@1');
    expect(record.published).toBe('2025-01-31');
    expect(record.outlet).toBe('UNN');
    expect(record.provenance.map((p: { name: string; role: string }) => [p.role, p.name])).toEqual([
      ['publisher', 'UNN'],
      ['source', 'The New York Times'],
    ]);
    expect(record.sentences.length).toBeGreaterThanOrEqual(14);
    expect(record.sentences.length).toBeLessThanOrEqual(15);
  });
  it('reads standard input with --date, and prints pretty output', () => {
    const r = sitrep(['extract', '-', '--date', '2025-02-01', '--format', 'pretty'], 'Officials said on Monday that talks in Geneva had failed.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('published 2025-02-01');
  });
  it('reports user errors in one line, without a stack trace', () => {
    const cases = [
      sitrep(['extract', path.join(tmp, 'missing.txt')]),
      sitrep(['extract', SEED, '--format', 'xml']),
      sitrep(['extract', '-'], 'date 2025-13-45 Officials said the talks failed.'),
      sitrep(['search', 'troops', '--db', path.join(tmp, 'none.db')]),
    ];
    for (const r of cases) {
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe('sitrep ingest, search, show, stats', () => {
  it('stores once, searches, shows and explains a bad query', () => {
    const dir = path.join(tmp, 'in');
    const db = path.join(tmp, 'x.db');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(path.join(dir, 'a.txt'), 'date 2025-01-31 Ukrainian troops launched a new offensive in the Kursk region, officials said.');
    writeFileSync(path.join(dir, 'b.txt'), 'date 2025-02-02 The ministry said maternity pay would rise by 10% next year.');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const first = sitrep(['ingest', dir, '--db', db, '--threads', '0']);
    expect(first.out).toContain('ingested 2 · duplicates 0 · skipped 0 · failed 1');
    expect(first.out).toContain('empty.txt');
    const again = sitrep(['ingest', dir, '--db', db, '--threads', '0']);
    expect(again.out).toContain('ingested 0 · duplicates 2');
    const hits = sitrep(['search', 'maternity pay', '--db', db, '--json']);
    const parsed = JSON.parse(hits.out) as { id: string; published: string }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.published).toBe('2025-02-02');
    expect(sitrep(['search', 'offensive', '--db', db, '--until', '2025-01-31', '--json']).out).toContain('2025-01-31');
    expect(JSON.parse(sitrep(['search', 'offensive', '--db', db, '--since', '2025-02-01', '--json']).out)).toEqual([]);
    const show = sitrep(['show', parsed[0]!.id, '--db', db, '--format', 'json']);
    expect(JSON.parse(show.out).text).toContain('maternity pay');
    const bad = sitrep(['search', '"unbalanced', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not valid full-text syntax/);
    expect(sitrep(['stats', '--db', db, '--json']).out).toContain('"records": 2');
  });

  it.skipIf(!HAS_SHARED)('ingests RUWA rows with a column mapping', () => {
    const csv = shared('datasets/workloads/ukraine-war-headlines/RUWA_04.08.23.csv');
    const db = path.join(tmp, 'ruwa.db');
    const r = sitrep(['ingest', csv, '--db', db, '--preset', 'minimal', '--map', 'text=title,published=Date,outlet=Site,url=src']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(sitrep(['stats', '--db', db, '--json']).out);
    expect(stats.records).toBeGreaterThan(10_000);
    expect(stats.earliest).toMatch(/^20\d\d-\d\d-\d\d/);
    expect(stats.outlets.map((o: { outlet: string }) => o.outlet)).toContain('bbc.co.uk');
  });
});
