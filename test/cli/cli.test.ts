/** The CLI end to end, as a user runs it: bin/sitrep in a child process. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HAS_SHARED, ROOT, shared } from '../helpers.js';

// every case spawns bin/sitrep several times (a few seconds each on a busy machine)
vi.setConfig({ testTimeout: 300_000 });

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
    const r = sitrep(
      ['extract', '-', '--date', '2025-02-01', '--format', 'pretty'],
      'Officials said on Monday that talks in Geneva had failed.',
    );
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
    writeFileSync(
      path.join(dir, 'a.txt'),
      'date 2025-01-31 Ukrainian troops launched a new offensive in the Kursk region, officials said.',
    );
    writeFileSync(
      path.join(dir, 'b.txt'),
      'date 2025-02-02 The ministry said maternity pay would rise by 10% next year.',
    );
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const first = sitrep(['ingest', dir, '--db', db, '--threads', '0']);
    expect(first.out).toContain('ingested 2 · duplicates 0 · skipped 0 · failed 1');
    expect(first.err).toContain('empty.txt');
    expect(first.code).toBe(2);
    const again = sitrep(['ingest', dir, '--db', db, '--threads', '0']);
    expect(again.out).toContain('ingested 0 · duplicates 2');
    const hits = sitrep(['search', 'maternity pay', '--db', db, '--json']);
    const parsed = JSON.parse(hits.out) as { id: string; published: string }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.published).toBe('2025-02-02');
    expect(
      sitrep(['search', 'offensive', '--db', db, '--until', '2025-01-31', '--json']).out,
    ).toContain('2025-01-31');
    expect(
      JSON.parse(
        sitrep(['search', 'offensive', '--db', db, '--since', '2025-02-01', '--json']).out,
      ),
    ).toEqual([]);
    const show = sitrep(['show', parsed[0]!.id, '--db', db, '--format', 'json']);
    expect(JSON.parse(show.out).text).toContain('maternity pay');
    // the first digits of an id are enough when they name one record
    const byPrefix = sitrep(['show', parsed[0]!.id.slice(0, 7), '--db', db, '--format', 'json']);
    expect(JSON.parse(byPrefix.out).id).toBe(parsed[0]!.id);
    expect(sitrep(['show', 'xyz', '--db', db]).err).toMatch(/4 to 20 hex digits/);
    // plain text as a person types it is never a syntax error
    const typed = sitrep(['search', 'maternity', '-offensive', '10%', '--db', db, '--json']);
    expect(typed.code).toBe(0);
    expect(JSON.parse(typed.out)).toHaveLength(1);
    expect(sitrep(['search', 'maternity', '--jsn', '--db', db]).err).toMatch(
      /unknown option --jsn/,
    );
    const bad = sitrep(['search', 'NOT', 'maternity', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^sitrep: nothing to search for/);
    expect(sitrep(['stats', '--db', db, '--json']).out).toContain('"records": 2');
  });

  it.skipIf(!HAS_SHARED)(
    'ingests RUWA rows with a column mapping',
    () => {
      const csv = shared('datasets/workloads/ukraine-war-headlines/RUWA_04.08.23.csv');
      const db = path.join(tmp, 'ruwa.db');
      const r = sitrep([
        'ingest',
        csv,
        '--db',
        db,
        '--preset',
        'minimal',
        '--map',
        'text=title,published=Date,outlet=Site,url=src',
        // the reader and store are under test here; the corpus layer has its own tests
        '--no-corpus',
      ]);
      expect(r.code).toBe(0);
      const stats = JSON.parse(sitrep(['stats', '--db', db, '--json']).out);
      expect(stats.records).toBeGreaterThan(10_000);
      expect(stats.earliest).toMatch(/^20\d\d-\d\d-\d\d/);
      expect(stats.outlets.map((o: { outlet: string }) => o.outlet)).toContain('bbc.co.uk');
    },
    300_000,
  );
});

describe('sitrep CLI correctness (issue 15)', () => {
  const dir = path.join(tmp, 'in15');
  const db = path.join(tmp, 'i15.db');
  const rowsDb = path.join(tmp, 'rows15.db');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'a.txt'),
    'date 2025-01-31 Ukrainian troops launched a new offensive in the Kursk region, officials said.',
  );
  writeFileSync(
    path.join(dir, 'b.txt'),
    'date 2025-02-02 The ministry said maternity pay would rise by 10% next year.',
  );
  // no date: a --since filter cannot match it
  writeFileSync(
    path.join(dir, 'c.txt'),
    'Unions said statutory maternity pay was still too low for working mothers.',
  );
  writeFileSync(path.join(dir, 'empty.txt'), '');
  const rows = path.join(tmp, 'rows15.jsonl');
  writeFileSync(
    rows,
    Buffer.concat([
      Buffer.from('{"text": "Talks resumed in Geneva on Monday, diplomats said."}\n'),
      Buffer.from([0xc3, 0x28, 0x0a]),
      Buffer.from('{"text": "Grain ships left Odesa on Tuesday.", "date": "04/03/2024"}\n'),
    ]),
  );

  it('ingest: exit 2 when an input failed, each problem printed once; --json and --quiet', () => {
    const r = sitrep(['ingest', dir, '--db', db, '--threads', '0']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('ingested 3 · duplicates 0 · skipped 0 · failed 1');
    expect(`${r.out}${r.err}`.split('empty.txt')).toHaveLength(2);
    const json = sitrep([
      'ingest',
      rows,
      '--db',
      rowsDb,
      '--threads',
      '0',
      '--json',
      '--day-first',
    ]);
    expect(json.code).toBe(2);
    expect(json.err).not.toContain('rows15.jsonl');
    const summary = JSON.parse(json.out);
    expect(summary).toMatchObject({
      ingested: 2,
      failed: 1,
      problems: [{ kind: 'failed', where: `${rows}:2` }],
    });
    const quiet = sitrep(['ingest', dir, '--db', db, '--threads', '0', '--quiet']);
    expect(quiet.out).toBe('');
    expect(quiet.err.trim().split('\n')).toEqual([expect.stringMatching(/^failed .*empty\.txt: /)]);
  });

  it('read commands open the database read-only; a date filter counts the undated it left out', () => {
    chmodSync(db, 0o444);
    const hits = sitrep([
      'search',
      'maternity',
      'pay',
      '--since',
      '2005-01-01',
      '--db',
      db,
      '--json',
    ]);
    expect(hits.err).toMatch(
      /^note: 1 matching article has no publication date and was left out by --since/,
    );
    const parsed = JSON.parse(hits.out) as { id: string; published: string }[];
    expect(parsed.map((h) => h.published)).toEqual(['2025-02-02']);
    const stats = sitrep(['stats', '--db', db]);
    expect(stats.code).toBe(0);
    expect(stats.out).toContain('3 records, published 2025-01-31 .. 2025-02-02');
    // a closed pipe (the reader exits before reading) ends the command quietly
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${path.join(ROOT, 'bin/sitrep')}" show ${parsed[0]!.id} --db "${db}" --format json | true; echo "status \${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe('status 0\n');
    // every command, the corpus reports too (installed once in main.ts)
    const clusters = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${path.join(ROOT, 'bin/sitrep')}" clusters --all --json --db "${db}" | true; echo "status \${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(clusters.stderr).toBe('');
    expect(clusters.stdout).toBe('status 0\n');
  });

  it('stats says when no record has a date, --day-first reads 04/03/2024 as 4 March, --version', () => {
    expect(sitrep(['stats', '--db', rowsDb]).out).toContain(
      '2 records, published 2024-03-04 .. 2024-03-04',
    );
    const undated = path.join(tmp, 'undated15.db');
    sitrep(['ingest', path.join(dir, 'c.txt'), '--db', undated, '--threads', '0', '--no-corpus']);
    const stats = sitrep(['stats', '--db', undated]);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(sitrep(['--version']).out).toBe(`${pkg.version}\n`);
    expect(stats.out).toContain('1 records, none with a publication date');
    expect(stats.out).not.toContain('?');
  });
});
