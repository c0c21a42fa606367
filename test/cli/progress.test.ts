/**
 * Ingest progress knows its total when every input is a one-article file (issue 15 item 10):
 * the count comes from the inputs before reading, and the plain (non-terminal) line shows it
 * with an ETA.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/apps/cli/progress.js';
import { countArticles } from '../../src/ingest/sources.js';

const dir = path.join(os.tmpdir(), `sitrep-progress-${process.pid}`);
mkdirSync(path.join(dir, 'news'), { recursive: true });
for (const f of ['a.txt', 'b.md', 'c.html']) writeFileSync(path.join(dir, 'news', f), 'Text.');
writeFileSync(path.join(dir, 'rows.csv'), 'text\nOne.\nTwo.\n');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ingest progress', () => {
  it('counts one-article files in directories and globs, and gives up on rows and stdin', async () => {
    expect(await countArticles([path.join(dir, 'news')])).toBe(3);
    expect(await countArticles([path.join(dir, 'news/*.txt')])).toBe(1);
    expect(await countArticles([path.join(dir, 'news'), path.join(dir, 'rows.csv')])).toBeNull();
    expect(await countArticles(['-'])).toBeNull();
    expect(await countArticles([path.join(dir, 'missing')])).toBeNull();
  });

  it('prints done/total and an ETA on a plain line', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-31T10:00:00Z'));
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (lines.push(String(s)), true));
    const p = createProgress(100, false);
    vi.setSystemTime(new Date('2025-01-31T10:00:10Z'));
    p.tick(20);
    p.stop();
    expect(lines).toEqual(['ingest: 20/100 articles · 2/s · ETA 40s\n']);
  });
});
