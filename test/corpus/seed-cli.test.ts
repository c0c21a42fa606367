/**
 * The corpus commands end to end on the seed database, as a user runs them (bin/sitrep in a
 * child process): `sitrep ingest` the seed, its Ukrinform copy and the Kyiv Independent report
 * (test/fixtures/corpus), then clusters, contradictions, series and timeline.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/corpus/build.js';
import { ROOT, shared } from '../helpers.js';

const SEED = shared('corpus/seed/000_8968b0838309d791.txt');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sitrep-corpus-cli-'));
const db = path.join(tmp, 'seed.db');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sitrep'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, SITREP_DB: db },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (...args: string[]) => {
  const r = sitrep(...args, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

describe.skipIf(!existsSync(SEED))(
  'corpus commands on the seed database',
  { timeout: 180_000 },
  () => {
    beforeAll(() => {
      const dir = path.join(tmp, 'in');
      mkdirSync(dir);
      copyFileSync(SEED, path.join(dir, path.basename(SEED)));
      for (const f of ['seed-copy-ukrinform.txt', 'third-kyiv-independent.txt'])
        copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
      const r = sitrep('ingest', dir, '--threads', '0');
      expect(r.out).toContain('ingested 3');
    }, 180_000);

    it('clusters: the withdrawal cluster has three articles, one independent source, one copy', () => {
      const { stories, events } = json('clusters');
      expect(stories[0].articles).toHaveLength(3);
      const w = events.find(
        (e: { type: string; articles: unknown[] }) =>
          e.type === 'withdrawal' && e.articles.length === 3,
      );
      expect(w).toBeDefined();
      expect(w.independent).toBe(1);
      expect(w.copies).toHaveLength(1);
      expect(w.sources[0].origin).toBe('The New York Times');
      expect(w.firstReport.outlet).toBe('UNN');
      const text = sitrep('clusters').out;
      expect(text).toMatch(/\(withdrawal\): 3 articles, 1 independent source, 1 copy/);
    });

    it('contradictions: none for about 11,000 vs about 12,000', () => {
      expect(json('contradictions')).toEqual([]);
    });

    it('series: 11,000 (2024-11), 12,000 (2024-11) and the derived halved point, as JSON and CSV', () => {
      const s = json('series', 'North', 'Korean', 'troops');
      expect(
        s.points.map((p: { refersTo: string; value: number; derived: boolean }) => [
          p.refersTo,
          p.value,
          p.derived,
        ]),
      ).toEqual([
        ['2024-11', 11000, false],
        ['2024-11', 12000, false],
        ['2025-01-31', 5500, true],
      ]);
      const csv = sitrep('series', 'North Korean troops', '--csv').out.trim().split('\n');
      expect(csv).toHaveLength(4);
      expect(csv[0]).toMatch(/^refers_to,/);
    });

    it('timeline: North Korea in event order, the arrival before the withdrawal, with --until', () => {
      const t = json('timeline', 'North', 'Korea');
      expect(t.entity.id).toBe('country:kp');
      const order = t.entries.map((e: { type: string }) => e.type);
      expect(order.indexOf('deployment')).toBeLessThan(order.indexOf('withdrawal'));
      const w = t.entries.find((e: { type: string }) => e.type === 'withdrawal');
      expect(w.independent).toBe(1);
      const early = json('timeline', 'North Korea', '--until', '2024-12-31');
      expect(early.entries.map((e: { when: string }) => e.when)).toEqual(['2024-11']);
      const bad = sitrep('timeline', 'North Korea', '--since', 'soon');
      expect(bad.code).toBe(1);
      expect(bad.err).toMatch(/--since/);
    });
  },
);
