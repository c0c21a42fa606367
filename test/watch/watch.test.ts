/**
 * The feed watcher against a local HTTP server: new items stored once, nothing twice across
 * polls and a restart, conditional GET, article pages for summary-only items, refused links,
 * robots.txt, and every kind of failing feed reported in one line without stopping the others.
 * Records are built with the minimal preset inline, and stored on a SQLite file (the restart
 * reopens it); the state rows are checked on both stores in state.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestProblem, RawArticle } from '../../src/ingest/types.js';
import { createRecordBuilder } from '../../src/runtime/workers.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { politeGet } from '../../src/watch/http.js';
import { HostGate } from '../../src/watch/hosts.js';
import { RobotsCache } from '../../src/watch/robots.js';
import { storeSink, Watcher, type WatchOptions } from '../../src/watch/index.js';
import { WatchState } from '../../src/watch/state.js';
import {
  huge,
  page,
  redirect,
  rss,
  serve,
  slow,
  startServer,
  story,
  type TestServer,
} from './server.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sitrep-watch-'));
const builder = createRecordBuilder({ preset: 'minimal', threads: 0 });
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/robots.txt', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('User-agent: *\nDisallow: /private/\n');
  });
});
afterAll(async () => {
  await server.close();
  await builder.close();
  rmSync(tmp, { recursive: true, force: true });
});

function watcher(store: Store, extra: Partial<WatchOptions> = {}) {
  const lines: IngestProblem[] = [];
  const w = new Watcher({
    store,
    sink: storeSink(store, builder),
    report: (p) => lines.push(p),
    timeoutMs: 400,
    delayMs: 0,
    maxBytes: 256 * 1024,
    backoffMs: 60_000,
    today: '2025-06-10',
    ...extra,
  });
  return { w, lines };
}

const url = (p: string) => `${server.base}${p}`;

describe('watch: new items once', () => {
  it('stores new items once across polls and across a restart, with conditional GETs', async () => {
    const file = path.join(tmp, 'once.db');
    const a = { guid: 'a', title: 'A', content: story('Kharkiv') };
    const b = { guid: 'b', title: 'B', content: story('Odesa') };
    const c = { guid: 'c', title: 'C', content: story('Dnipro') };
    const d = { guid: 'd', title: 'D', content: story('Sumy') };
    server.routes.set('/news.xml', serve(rss([a, b]), { etag: '"1"' }));
    let store = await openSqliteStore(file);
    let { w, lines } = watcher(store);

    const first = await w.poll([url('/news.xml')]);
    expect(first).toMatchObject({ failed: 0, items: 2, stored: 2, duplicates: 0 });
    const second = await w.poll([url('/news.xml')]);
    expect(second).toMatchObject({ notModified: 1, items: 0, stored: 0 });
    expect(server.log.filter((l) => l.path === '/news.xml').at(-1)?.ifNoneMatch).toBe('"1"');

    server.routes.set('/news.xml', serve(rss([c, a, b]), { etag: '"2"' }));
    expect(await w.poll([url('/news.xml')])).toMatchObject({ items: 1, stored: 1 });
    expect(lines).toEqual([]);
    await store.close();

    // restart: a new store handle and watcher on the same file
    store = await openSqliteStore(file);
    ({ w, lines } = watcher(store));
    expect(await w.poll([url('/news.xml')])).toMatchObject({ notModified: 1, stored: 0 });
    expect(server.log.filter((l) => l.path === '/news.xml').at(-1)?.ifNoneMatch).toBe('"2"');
    // b edited under the same guid is not taken again; d is new; Last-Modified instead of ETag
    const edited = { ...b, content: story('Odesa') + ' Updated at noon.' };
    const lm = 'Tue, 03 Jun 2025 08:00:00 GMT';
    server.routes.set('/news.xml', serve(rss([d, c, a, edited]), { 'last-modified': lm }));
    expect(await w.poll([url('/news.xml')])).toMatchObject({ items: 1, stored: 1 });
    expect(await w.poll([url('/news.xml')])).toMatchObject({ notModified: 1, items: 0 });
    expect(server.log.filter((l) => l.path === '/news.xml').at(-1)?.ifModifiedSince).toBe(lm);

    expect((await store.stats()).records).toBe(4);
    expect(await store.corpus.count('copies:sig')).toBe(4); // the corpus layer ran on each
    expect(lines).toEqual([]);
    await store.close();
  });

  it('fetches the article page of a summary-only item once, even when two feeds link it', async () => {
    const store = await openSqliteStore(':memory:');
    const { w, lines } = watcher(store);
    const text = story('Zaporizhzhia');
    server.routes.set(
      '/a/1.html',
      serve(page('Drones down over Zaporizhzhia', text), {
        'content-type': 'text/html; charset=utf-8',
      }),
    );
    const teaser = {
      guid: 't1',
      title: 'Drones down',
      description: 'Three drones.',
      link: url('/a/1.html'),
    };
    server.routes.set('/teasers.xml', serve(rss([teaser])));
    server.routes.set('/teasers2.xml', serve(rss([{ ...teaser, guid: 'other-guid' }])));

    const pass = await w.poll([url('/teasers.xml'), url('/teasers2.xml')]);
    expect(pass).toMatchObject({ failed: 0, items: 2, stored: 1, duplicates: 1 });
    expect(server.hits('/a/1.html')).toBe(1);
    const [hit] = await store.search({ text: 'Zaporizhzhia' });
    const record = await store.get(hit!.id);
    expect(record?.text).toContain('Schools in Zaporizhzhia will open');
    expect(record?.title).toBe('Drones down over Zaporizhzhia');
    expect(record?.published).toBe('2025-06-02T10:00:00Z'); // the item's date: the page has none
    expect(record?.origin.url).toBe(url('/a/1.html'));
    await w.poll([url('/teasers.xml'), url('/teasers2.xml')]);
    expect(server.hits('/a/1.html')).toBe(1);
    expect(lines).toEqual([]);
    await store.close();
  });

  it('waits for a page that timed out, then stores it on a later poll', async () => {
    const store = await openSqliteStore(':memory:');
    const { w, lines } = watcher(store, { pageAttempts: 3 });
    const text = story('Kherson');
    let calls = 0;
    server.routes.set('/a/slow.html', (req, res) => {
      calls++;
      const ok = serve(page('Kherson', text), { 'content-type': 'text/html' });
      if (calls === 1) slow(2000, ok)(req, res);
      else void ok(req, res);
    });
    server.routes.set(
      '/slowpage.xml',
      serve(
        rss([{ guid: 's', title: 'Kherson', description: 'Teaser.', link: url('/a/slow.html') }]),
        { etag: '"s"' },
      ),
    );
    expect(await w.poll([url('/slowpage.xml')])).toMatchObject({ failed: 0, stored: 0 });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.message).toMatch(
      /timed out after 400 ms \(try 1 of 3; tried again next poll\)/,
    );
    // the feed is unchanged, but an item is waiting: no If-None-Match, so no 304
    expect(await w.poll([url('/slowpage.xml')])).toMatchObject({ items: 1, stored: 1 });
    expect(server.log.filter((l) => l.path === '/slowpage.xml').map((l) => l.ifNoneMatch)).toEqual([
      null,
      null,
    ]);
    const [hit] = await store.search({ text: 'Kherson' });
    expect((await store.get(hit!.id))?.text).toContain('Schools in Kherson');
    expect(await w.poll([url('/slowpage.xml')])).toMatchObject({ notModified: 1 });
    await store.close();
  });

  it('takes at most maxItems new items a poll, and the rest on the next', async () => {
    const store = await openSqliteStore(':memory:');
    const { w } = watcher(store, { maxItems: 2 });
    const items = ['Lutsk', 'Rivne', 'Uzhhorod'].map((c, i) => ({
      guid: `m${i}`,
      title: c,
      content: story(c),
    }));
    server.routes.set('/many.xml', serve(rss(items), { etag: '"m"' }));
    expect(await w.poll([url('/many.xml')])).toMatchObject({ items: 2, stored: 2 });
    expect(await w.poll([url('/many.xml')])).toMatchObject({ items: 1, stored: 1 });
    expect(await w.poll([url('/many.xml')])).toMatchObject({ notModified: 1, items: 0 });
    expect((await store.stats()).records).toBe(3);
    await store.close();
  });
});

describe('watch: refused links and robots.txt', () => {
  it('never fetches file:, data: or robots-disallowed links; stores the summary, one line each', async () => {
    const store = await openSqliteStore(':memory:');
    const { w, lines } = watcher(store);
    server.routes.set('/private/p.html', serve(page('x', story('Secret'))));
    server.routes.set(
      '/links.xml',
      serve(
        rss([
          {
            guid: 'f',
            title: 'File',
            description: 'A teaser about Lviv.',
            link: 'file:///etc/passwd',
          },
          {
            guid: 'd',
            title: 'Data',
            description: 'A teaser about Poltava.',
            link: 'data:text/html,<p>hi</p>',
          },
          {
            guid: 'p',
            title: 'Private',
            description: 'A teaser about Chernihiv.',
            link: url('/private/p.html'),
          },
        ]),
      ),
    );
    const pass = await w.poll([url('/links.xml')]);
    expect(pass).toMatchObject({ failed: 0, items: 3, stored: 3 });
    expect(server.hits('/private/p.html')).toBe(0);
    expect(lines.map((l) => l.message)).toEqual([
      expect.stringMatching(
        /link refused: only http and https are fetched, not file:.*summary is stored/,
      ),
      expect.stringMatching(/link refused: only http and https are fetched, not data:/),
      expect.stringMatching(/disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt \(line 2\)/),
    ]);
    for (const l of lines) expect(`${l.where}: ${l.message}`).not.toContain('\n');
    // the summaries are stored, and a second poll reports nothing again
    lines.length = 0;
    await w.poll([url('/links.xml')]);
    expect(lines).toEqual([]);
    await store.close();
  });

  it('does not fetch a feed robots.txt disallows', async () => {
    const store = await openSqliteStore(':memory:');
    const { w, lines } = watcher(store);
    server.routes.set(
      '/private/feed.xml',
      serve(rss([{ guid: 'x', title: 'X', content: story('Kyiv') }])),
    );
    expect(await w.poll([url('/private/feed.xml')])).toMatchObject({ failed: 1, stored: 0 });
    expect(server.hits('/private/feed.xml')).toBe(0);
    expect(lines[0]!.message).toMatch(
      /^disallowed by .*robots\.txt \(line 2\) \(failure 1; next try in 1 min\)$/,
    );
    await store.close();
  });
});

describe('robots.txt answers', () => {
  it('reads a 4xx as no rules, a 5xx as keep out, and takes a Crawl-delay for the host', async () => {
    const other = await startServer();
    try {
      const limits = { timeoutMs: 400, maxBytes: 65536, maxRedirects: 5, userAgent: 'test' };
      const feedUrl = new URL(`${other.base}/news/feed.xml`);
      let gate = new HostGate(0);
      // no robots.txt route: 404
      expect(await new RobotsCache({ limits, gate, agent: 'sitrep' }).refusal(feedUrl)).toBeNull();
      other.routes.set('/robots.txt', (_req, res) => {
        res.writeHead(503);
        res.end();
      });
      expect(await new RobotsCache({ limits, gate, agent: 'sitrep' }).refusal(feedUrl)).toBe(
        `robots.txt unreachable (HTTP 503 Service Unavailable), so nothing on ${other.base} is fetched`,
      );
      other.routes.set(
        '/robots.txt',
        serve('User-agent: sitrep\nCrawl-delay: 3\nDisallow: /news/\n', {
          'content-type': 'text/plain',
        }),
      );
      gate = new HostGate(0);
      const robots = new RobotsCache({ limits, gate, agent: 'sitrep' });
      expect(await robots.refusal(feedUrl)).toMatch(/^disallowed by .*robots\.txt \(line 3\)$/);
      expect(await robots.refusal(new URL(`${other.base}/other.xml`))).toBeNull();
      expect(gate.delayOf('127.0.0.1')).toBe(3000);
      expect(other.hits('/robots.txt')).toBe(3); // kept: asked once per cache
    } finally {
      await other.close();
    }
  });
});

describe('watch: failures', () => {
  it('reports each failing feed in one line and stores the good one in the same pass, in bounded time', async () => {
    const store = await openSqliteStore(':memory:');
    const { w, lines } = watcher(store, { concurrency: 4 });
    const good = rss([{ guid: 'g', title: 'Good', content: story('Mykolaiv') }]);
    server.routes.set('/slow.xml', slow(3000, serve(good)));
    server.routes.set('/drip.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const t = setInterval(() => res.write('<!-- still here -->'), 100);
      res.on('close', () => clearInterval(t));
    });
    server.routes.set(
      '/broken.xml',
      serve('<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>'),
    );
    server.routes.set('/loop1.xml', redirect('/loop2.xml'));
    server.routes.set('/loop2.xml', redirect(url('/loop1.xml'), 301));
    for (let i = 0; i < 8; i++) server.routes.set(`/hop${i}.xml`, redirect(`/hop${i + 1}.xml`));
    server.routes.set('/to-file.xml', redirect('file:///etc/passwd'));
    server.routes.set('/huge.xml', huge(server, '/huge.xml', 50 * 1048576));
    server.routes.set('/busy.xml', (_req, res) => {
      res.writeHead(503, { 'retry-after': '3600' });
      res.end();
    });
    server.routes.set('/moved.xml', redirect('/good.xml', 308));
    server.routes.set('/good.xml', serve(good));
    const feeds = [
      '/slow.xml',
      '/drip.xml',
      '/broken.xml',
      '/loop1.xml',
      '/hop0.xml',
      '/to-file.xml',
      '/huge.xml',
      '/busy.xml',
      '/gone.xml',
      '/moved.xml',
    ].map(url);
    const t0 = Date.now();
    const pass = await w.poll(feeds);
    const seconds = (Date.now() - t0) / 1000;
    expect(pass).toMatchObject({ feeds: 10, failed: 9, stored: 1 });
    expect(seconds).toBeLessThan(8);
    const said = new Map(lines.map((l) => [l.where.replace(server.base, ''), l.message]));
    expect(lines).toHaveLength(9);
    for (const l of lines) expect(`${l.kind} ${l.where}: ${l.message}`).not.toMatch(/[\r\n]/);
    expect(said.get('/slow.xml')).toMatch(
      /^timed out after 400 ms \(failure 1; next try in 1 min\)$/,
    );
    expect(said.get('/drip.xml')).toMatch(/^timed out after 400 ms/);
    expect(said.get('/broken.xml')).toMatch(/^malformed XML at line 1: /);
    expect(said.get('/loop1.xml')).toMatch(
      /^redirect loop \(.*loop1\.xml -> .*loop2\.xml -> .*loop1\.xml\)/,
    );
    expect(said.get('/hop0.xml')).toMatch(/^more than 5 redirects/);
    expect(said.get('/to-file.xml')).toMatch(
      /^redirected: only http and https are fetched, not file:/,
    );
    expect(said.get('/huge.xml')).toMatch(/^larger than the 256 KB cap; cut after \d+ KB/);
    expect(said.get('/busy.xml')).toMatch(
      /^HTTP 503 Service Unavailable \(failure 1; next try in 1 h\)$/,
    );
    expect(said.get('/gone.xml')).toMatch(/^HTTP 404 Not Found/);
    expect(server.hits('/hop5.xml')).toBe(1);
    expect(server.hits('/hop6.xml')).toBe(0);
    // the 50 MB body was cut off, not read: far less than 50 MB left the server
    expect(server.bytesSent.get('/huge.xml')!).toBeLessThan(16 * 1048576);
    await store.close();
  });

  it('cuts a 50 MB body at the cap without holding it in memory', async () => {
    server.routes.set('/huge2.xml', huge(server, '/huge2.xml', 50 * 1048576));
    server.routes.set('/declared.xml', huge(server, '/declared.xml', 50 * 1048576, true));
    const limits = { timeoutMs: 5000, maxBytes: 1048576, maxRedirects: 5, userAgent: 'test' };
    const gate = new HostGate(0);
    globalThis.gc?.();
    const base = process.memoryUsage().arrayBuffers;
    let peak = base;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }, 5);
    const t0 = Date.now();
    await expect(politeGet(url('/huge2.xml'), { limits, gate })).rejects.toThrow(
      /^larger than the 1 MB cap; cut after 1(?:\.\d)? MB$/,
    );
    await expect(politeGet(url('/declared.xml'), { limits, gate })).rejects.toThrow(
      /^larger than the 1 MB cap \(Content-Length 50 MB\); not read$/,
    );
    clearInterval(sample);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(peak - base).toBeLessThan(24 * 1048576);
    expect(server.bytesSent.get('/huge2.xml')!).toBeLessThan(16 * 1048576);
    expect(server.bytesSent.get('/declared.xml')!).toBeLessThan(16 * 1048576);
  });

  it('backs off a failing feed, doubling the wait, and clears it when the feed answers', async () => {
    const store = await openSqliteStore(':memory:');
    let now = Date.parse('2025-06-10T12:00:00Z');
    const { w, lines } = watcher(store, { now: () => now });
    let failing = true;
    const good = serve(rss([{ guid: 'f', title: 'F', content: story('Kramatorsk') }]));
    server.routes.set('/flaky.xml', (req, res) => {
      if (!failing) return good(req, res);
      res.writeHead(500);
      res.end();
    });
    const feed = url('/flaky.xml');
    const state = new WatchState(store.corpus);
    expect(await w.poll([feed])).toMatchObject({ failed: 1 });
    expect(lines.at(-1)!.message).toBe(
      'HTTP 500 Internal Server Error (failure 1; next try in 1 min)',
    );
    expect(await w.poll([feed])).toMatchObject({ failed: 0, waiting: 1 });
    expect(server.hits('/flaky.xml')).toBe(1);
    now += 61_000;
    expect(await w.poll([feed])).toMatchObject({ failed: 1 });
    expect(lines.at(-1)!.message).toBe(
      'HTTP 500 Internal Server Error (failure 2; next try in 2 min)',
    );
    expect((await state.feed(feed)).retryAt).toBe(new Date(now + 120_000).toISOString());
    now += 121_000;
    failing = false;
    expect(await w.poll([feed])).toMatchObject({ failed: 0, stored: 1 });
    expect(await state.feed(feed)).toMatchObject({ failures: 0, retryAt: null, lastError: null });
    expect(lines).toHaveLength(2);
    await store.close();
  });

  it('fails an article whose build throws, in one line, once; a store that fails fails the feed', async () => {
    const store = await openSqliteStore(':memory:');
    let storeDown = true;
    const poisoned = {
      build: (a: RawArticle) =>
        a.text.includes('Poison')
          ? Promise.reject(new Error('stage events threw:\n  at run'))
          : builder.build(a),
    };
    const sink = storeSink(store, poisoned);
    const { w, lines } = watcher(store, {
      sink: (articles) =>
        storeDown ? Promise.reject(new Error('database is locked')) : sink(articles),
    });
    server.routes.set(
      '/poison.xml',
      serve(
        rss([
          { guid: 'p1', title: 'Poison', content: story('Poison Town') },
          { guid: 'p2', title: 'Fine', content: story('Vinnytsia') },
        ]),
      ),
    );
    expect(await w.poll([url('/poison.xml')])).toMatchObject({ failed: 1, stored: 0 });
    expect(lines.map((l) => l.message)).toEqual([
      'database is locked (failure 1; next try in 1 min)',
    ]);
    storeDown = false;
    const state = new WatchState(store.corpus);
    await state.saveFeed(url('/poison.xml'), {
      ...(await state.feed(url('/poison.xml'))),
      retryAt: null,
    });
    expect(await w.poll([url('/poison.xml')])).toMatchObject({
      failed: 0,
      stored: 1,
      itemFailures: 1,
    });
    expect(lines.slice(1)).toEqual([
      { kind: 'failed', where: `${url('/poison.xml')}:1`, message: 'stage events threw: at run' },
    ]);
    expect(await w.poll([url('/poison.xml')])).toMatchObject({ items: 0, itemFailures: 0 });
    expect(lines).toHaveLength(2);
    await store.close();
  });

  it('keeps polling on a schedule until stopped', async () => {
    const store = await openSqliteStore(':memory:');
    const stop = new AbortController();
    const { w } = watcher(store, { signal: stop.signal });
    server.routes.set(
      '/tick.xml',
      serve(rss([{ guid: 't', title: 'T', content: story('Izium') }]), { etag: '"t"' }),
    );
    const passes: number[] = [];
    const run = w.run([url('/tick.xml')], {
      every: 50,
      onPass: (s) => {
        passes.push(s.stored);
        if (passes.length === 2) stop.abort();
      },
    });
    const done = await run;
    expect(done).toHaveLength(2);
    expect(passes).toEqual([1, 0]);
    await store.close();
  });
});
