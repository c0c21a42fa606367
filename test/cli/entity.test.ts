/** `sitrep entity` end to end: bin/sitrep in a child process on a temporary SQLite file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sitrep-entity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const DB = path.join(tmp, 'corpus.db');

function sitrep(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sitrep'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, SITREP_DB: path.join(tmp, 'default.db') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLES = [
  {
    text: 'Syrskyi said on Monday that DPRK soldiers had left the Kursk Oblast. Gen. Syrskyi added that Kim Jong Un had sent more troops.',
    published: '2025-02-03',
    outlet: 'Kyiv Independent',
  },
  {
    text: "Ukraine's top commander, General Oleksandr Syrskyi, said on Monday that North Korea had withdrawn its troops from Kursk region.",
    published: '2025-02-04',
    outlet: 'Reuters',
  },
];

beforeAll(() => {
  const file = path.join(tmp, 'articles.jsonl');
  writeFileSync(file, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const seed = path.join(ROOT, 'examples/000_8968b0838309d791.txt');
  const r = sitrep(['ingest', seed, file, '--db', DB, '--threads', '0']);
  if (r.code !== 0) throw new Error(`ingest failed: ${r.err}`);
}, 120_000);

describe('sitrep entity', () => {
  it('prints one country for DPRK with its aliases, outlets by month and related entities', () => {
    const r = sitrep(['entity', 'dprk', '--db', DB]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('North Korea  [country:kp]');
    expect(lines.find((l) => l.trim().startsWith('aliases'))).toContain('DPRK');
    expect(r.out).toMatch(/seen\s+2025-01-31 \.\. 2025-02-04, 3 articles/);
    expect(r.out).toMatch(/UNN\s+2025-01\s+1 articles/);
    expect(r.out).toMatch(/Reuters\s+2025-02\s+1 articles/);
    expect(r.out).toMatch(/Kursk region \[place:kursk region\]\s+3 articles/);
  });

  it('--json: Kursk Oblast is the Kursk region of all three articles', () => {
    const r = sitrep(['entity', 'Kursk Oblast', '--db', DB, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.matches).toBe(1);
    const [e] = out.entities;
    expect(e.id).toBe('place:kursk region');
    expect(e.records).toBe(3);
    expect([e.name, ...e.aliases].sort()).toEqual(['Kursk Oblast', 'Kursk region']);
    expect(e.perOutletMonth.map((c: { outlet: string }) => c.outlet)).toEqual([
      'Kyiv Independent',
      'Reuters',
      'UNN',
    ]);
    expect(e.related.map((x: { id: string }) => x.id)).toContain('country:kp');
  });

  it('a title before the name still finds the person across two outlets', () => {
    const r = sitrep(['entity', 'General Oleksandr Syrskyi', '--db', DB, '--json']);
    expect(r.code).toBe(0);
    const [e] = JSON.parse(r.out).entities;
    expect(e.id).toBe('person:oleksandr syrsky');
    expect(e.records).toBe(2);
  });

  it('says so in one line when nothing matches', () => {
    const r = sitrep(['entity', 'Nobody Atall', '--db', DB]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('no entity named "Nobody Atall"');
    expect(r.out).toBe('');
  });
});
