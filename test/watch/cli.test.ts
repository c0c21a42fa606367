/**
 * `sitrep watch --once` as a user runs it (bin/sitrep in a child process, started
 * asynchronously so this process's test server can answer): a first run stores the new items,
 * a second process on the same database (a restart) sends conditional GETs and stores nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { rss, serve, startServer, story, type TestServer } from './server.js';

const run = promisify(execFile);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sitrep-watch-cli-'));
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function sitrep(args: string[]) {
  try {
    const r = await run(process.execPath, [path.join(ROOT, 'bin/sitrep'), ...args], { cwd: tmp });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string };
    return { code: r.code, out: r.stdout, err: r.stderr };
  }
}

it('stores new items, then after a restart sends conditional GETs and stores nothing twice', async () => {
  server.routes.set(
    '/feed.xml',
    serve(
      rss([
        { guid: '1', title: 'One', content: story('Kharkiv') },
        { guid: '2', title: 'Two', content: story('Odesa') },
      ]),
      { etag: '"v1"' },
    ),
  );
  const feeds = path.join(tmp, 'feeds.txt');
  writeFileSync(
    feeds,
    `# test feeds\n${server.base}/feed.xml  # the wire\nftp://example.org/feed.xml\n`,
  );
  const args = [
    'watch',
    feeds,
    '--once',
    '--db',
    path.join(tmp, 'w.db'),
    '--preset',
    'minimal',
    '--threads',
    '0',
    '--delay',
    '0s',
  ];
  const first = await sitrep(args);
  expect(first.err).toBe(
    `failed ${feeds}:3: only http and https are fetched, not ftp: (ftp://example.org/feed.xml)\n`,
  );
  expect(first.out).toMatch(
    /watch: 1 feeds · 0 not modified · 0 failed · 2 new items · 2 stored · 0 duplicates · 0 item problems\n$/,
  );
  expect(first.code).toBe(2); // a line of the feeds file was refused
  const second = await sitrep(args);
  expect(second.out).toMatch(/watch: 1 feeds · 1 not modified · 0 failed · 0 new items · 0 stored/);
  expect(server.log.filter((l) => l.path === '/feed.xml').map((l) => l.ifNoneMatch)).toEqual([
    null,
    '"v1"',
  ]);
  expect(server.log[0]!.userAgent).toMatch(/^sitrep\/\d+\.\d+\.\d+ \(feed watcher\)$/);
});
