/**
 * The HTTP API against a real server on a random loopback port, over a real SQLite store and
 * the default preset: every endpoint, and bad requests (malformed JSON, oversized bodies, bad
 * dates, unknown ids, hostile search syntax, forged cursors) answered with a 4xx in the one
 * error shape, never a 500.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/apps/server/app.js';
import { createContext } from '../../src/apps/server/context.js';
import { startServer, type RunningServer } from '../../src/apps/server/serve.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { HAS_SHARED, shared } from '../helpers.js';
import { ARTICLES, HTML_ARTICLE, TEXT_ARTICLE } from './articles.js';

let store: Store;
let server: RunningServer;
const MAX_BODY = 64 * 1024;

async function call(path: string, init?: RequestInit) {
  const res = await fetch(server.url + path, init);
  const body = (await res.json()) as Record<string, unknown> & { error?: ErrorShape };
  return { status: res.status, body, headers: res.headers };
}
interface ErrorShape {
  status: number;
  code: string;
  message: string;
}
const postJson = (body: unknown) =>
  call('/api/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** a 4xx in the one error shape, with a message that says something */
function expectClientError(r: { status: number; body: { error?: ErrorShape } }, status?: number) {
  expect(r.status).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  if (status !== undefined) expect(r.status).toBe(status);
  expect(r.body.error?.status).toBe(r.status);
  expect(r.body.error?.code).toMatch(/^[a-z_]+$/);
  expect(r.body.error?.message.length).toBeGreaterThan(5);
}

const ids = { strike: '', copy: '', talks: '', text: '', html: '' };

beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  const ctx = createContext({ store, threads: 0, limits: { maxBodyBytes: MAX_BODY, maxBatch: 5 } });
  server = await startServer(ctx, { port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe('POST /api/ingest', () => {
  it('builds, stores and returns a JSON batch, then answers a repeat with the stored records', async () => {
    const r = await postJson({ articles: ARTICLES });
    expect(r.status).toBe(201);
    const records = r.body.records as { id: string; outlet: string; events: unknown[] }[];
    expect(records.map((x) => x.outlet)).toEqual(ARTICLES.map((a) => a.outlet));
    expect((r.body.added as string[]).length).toBe(ARTICLES.length);
    for (const rec of records) expect(rec.events.length).toBeGreaterThan(0);
    ids.strike = records[0]!.id;
    ids.copy = records[1]!.id;
    ids.talks = records[2]!.id;
    const again = await postJson(ARTICLES[0]);
    expect(again.status).toBe(200);
    expect(again.body.duplicates).toEqual([ids.strike]);
    expect((again.body.records as { id: string }[])[0]!.id).toBe(ids.strike);
  });

  it('reads a dated text body, with outlet and title from the query', async () => {
    const r = await call('/api/ingest?outlet=Test%20Wire&title=Drone%20attack', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: TEXT_ARTICLE,
    });
    expect(r.status).toBe(201);
    const rec = (
      r.body.records as { id: string; outlet: string; title: string; published: string }[]
    )[0]!;
    expect(rec).toMatchObject({
      outlet: 'Test Wire',
      title: 'Drone attack',
      published: '2025-03-05',
    });
    ids.text = rec.id;
  });

  it('reads an HTML page: title from <title>, scripts not part of the text', async () => {
    const r = await call('/api/ingest?published=2025-03-06', {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: HTML_ARTICLE,
    });
    expect(r.status).toBe(201);
    const rec = (
      r.body.records as { id: string; title: string; text: string; published: string }[]
    )[0]!;
    expect(rec.title).toContain('Ceasefire');
    expect(rec.text).not.toContain('alert(');
    expect(rec.published).toBe('2025-03-06');
    ids.html = rec.id;
  });

  it('ingests the seed article when ../shared is present', async (t) => {
    if (!HAS_SHARED) return t.skip('../shared absent: the seed article is not ingested');
    const text = readFileSync(shared('corpus/seed/000_8968b0838309d791.txt'), 'utf8');
    const r = await call('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    });
    expect(r.status).toBe(201);
    expect((r.body.records as { outlet: string }[])[0]!.outlet).toBe('UNN');
  });

  it('runs concurrent ingests one after the other, both stored', async () => {
    const [a, b] = await Promise.all([
      postJson({
        text: 'Protesters rallied in Tbilisi on Sunday against the government.',
        published: '2025-03-07',
        outlet: 'A',
      }),
      postJson({
        text: 'Police arrested twelve protesters in Tbilisi on Sunday, officials said.',
        published: '2025-03-07',
        outlet: 'B',
      }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
  });

  it('refuses malformed JSON, a schema mismatch, a bad date, an empty text', async () => {
    const bad = await call('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": "unterminated',
    });
    expectClientError(bad, 400);
    expect(bad.body.error!.message).toMatch(/JSON/);
    const noText = await postJson({ title: 'no body' });
    expectClientError(noText, 400);
    expect(noText.body.error!.message).toMatch(/text/);
    const badDate = await postJson({ text: 'Some text here.', published: '2025-02-30' });
    expectClientError(badDate, 400);
    expect(badDate.body.error!.message).toMatch(/published.*ISO date/);
    const empty = await call('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '   ',
    });
    expectClientError(empty, 422);
    expect(empty.body.error!.message).toMatch(/empty/);
  });

  it('refuses an oversized body, an oversized batch and an unknown media type', async () => {
    const big = await call('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      // just over the limit: a client still uploading a huge body may see the early 413 as a reset
      body: 'x'.repeat(MAX_BODY + 1),
    });
    expectClientError(big, 413);
    const batch = await postJson(
      Array.from({ length: 6 }, (_, i) => ({ text: `Article number ${i}.` })),
    );
    expectClientError(batch, 413);
    expect(batch.body.error!.message).toMatch(/at most 5/);
    const xml = await call('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expectClientError(xml);
  });
});

describe('GET /api/records', () => {
  it('gets one record by id; an unknown id is 404, a malformed one 400', async () => {
    const r = await call(`/api/records/${ids.strike}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: ids.strike, schema: 'sitrep/record@1' });
    expectClientError(await call('/api/records/00000000000000000000'), 404);
    const bad = await call('/api/records/not-an-id');
    expectClientError(bad, 400);
    expect(bad.body.error!.message).toMatch(/hex/);
  });

  it('searches with filters, and pages with a cursor to the end', async () => {
    const first = await call('/api/records?q=Kharkiv&limit=1');
    expect(first.status).toBe(200);
    const items = first.body.items as { id: string; snippet: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.snippet).toMatch(/\[Kharkiv\]/);
    const second = await call(`/api/records?q=Kharkiv&limit=1&cursor=${first.body.next as string}`);
    const ids2 = (second.body.items as { id: string }[]).map((x) => x.id);
    expect(ids2).toHaveLength(1);
    expect(ids2[0]).not.toBe(items[0]!.id);
    expect(new Set([items[0]!.id, ids2[0]])).toEqual(new Set([ids.strike, ids.copy]));
    expect(second.body.next).toBeNull();
    const outlet = await call('/api/records?q=Kharkiv&outlet=Kyiv%20Wire');
    expect((outlet.body.items as { id: string }[]).map((x) => x.id)).toEqual([ids.copy]);
    const dated = await call('/api/records?q=Kharkiv&since=2025-03-03');
    expect(dated.body.items).toEqual([]);
  });

  it('lists every record in id order across pages without a query', async () => {
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const r = await call(`/api/records?limit=2${next ? `&cursor=${next}` : ''}`);
      expect(r.status).toBe(200);
      seen.push(...(r.body.items as { id: string }[]).map((x) => x.id));
      next = r.body.next as string | null;
    } while (next);
    const stats = await store.stats();
    expect(seen).toHaveLength(stats.records);
    expect([...seen].sort()).toEqual(seen);
  });

  it('answers hostile search syntax and bad parameters with a 4xx, never a 500', async () => {
    const hostile = [
      '"',
      'title:',
      'nope:word',
      'AND',
      'OR OR',
      'NOT',
      '*',
      '(((',
      'a"b',
      'NEAR(',
      '^',
      "'; DROP TABLE records; --",
      'x'.repeat(501),
      '\u0000',
    ];
    for (const q of hostile) {
      const r = await call(`/api/records?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBeLessThan(500);
      if (r.status !== 200) expectClientError(r, 400);
    }
    const bad = [
      'since=2025-02-30',
      'until=yesterday',
      'since=2025-03-05&until=2025-03-01',
      'limit=0',
      'limit=101',
      'limit=abc',
      'cursor=%%%',
      'cursor=eyJxIjoxfQ',
    ];
    for (const p of bad) {
      const r = await call(`/api/records?q=Kharkiv&${p}`);
      expectClientError(r, 400);
    }
    const since = await call('/api/records?since=2025-02-30');
    expect(since.body.error!.message).toMatch(/since: not an ISO date/);
  });

  it('refuses a cursor from a query with other filters', async () => {
    const first = await call('/api/records?q=Kharkiv&limit=1');
    const r = await call(`/api/records?q=missile&limit=1&cursor=${first.body.next as string}`);
    expectClientError(r, 400);
    expect(r.body.error!.message).toMatch(/other filters/);
  });
});

describe('GET /api/entities', () => {
  it('finds an entity by a word of its name, with the records and mentions it comes from', async () => {
    const r = await call('/api/entities?name=Kharkiv');
    expect(r.status).toBe(200);
    const items = r.body.items as {
      name: string;
      type: string;
      records: { record: string; mentions: { text: string }[] }[];
      geo: unknown;
    }[];
    const kharkiv = items.find((e) => e.name === 'Kharkiv');
    expect(kharkiv).toBeDefined();
    expect(kharkiv!.geo).not.toBeNull();
    expect(new Set(kharkiv!.records.map((x) => x.record))).toEqual(new Set([ids.strike, ids.copy]));
    expect(kharkiv!.records[0]!.mentions[0]!.text).toMatch(/Kharkiv/);
  });

  it('needs a name; an unknown type is 400; a name with query syntax is no error', async () => {
    expectClientError(await call('/api/entities'), 400);
    expectClientError(await call('/api/entities?name=Kharkiv&type=planet'), 400);
    const r = await call(`/api/entities?name=${encodeURIComponent('"NEAR( title:')}`);
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([]);
  });
});

describe('GET /api/events', () => {
  it('filters by type and by the event date, with resolved places and figures', async () => {
    const r = await call('/api/events?type=attack');
    expect(r.status).toBe(200);
    const items = r.body.items as {
      type: string;
      record: string;
      place: { name: string } | null;
      date: string | null;
    }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.type === 'attack')).toBe(true);
    expect(items.some((e) => e.record === ids.strike && e.place?.name === 'Kharkiv')).toBe(true);
    const killed = await call(`/api/events?type=casualties&record=${ids.strike}`);
    const rows = killed.body.items as { fatalities: number | null }[];
    expect(rows.some((e) => e.fatalities === 5)).toBe(true);
    const march = await call('/api/events?since=2025-03-05&until=2025-03-31');
    const dates = (march.body.items as { date: string }[]).map((e) => e.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d >= '2025-03-05' && d <= '2025-03-31')).toBe(true);
  });

  it('pages through events with a cursor, each event once', async () => {
    const all = await call('/api/events?limit=100&typed=false');
    const total = (all.body.items as unknown[]).length;
    expect(total).toBeGreaterThan(3);
    const seen = new Set<string>();
    let next: string | null = null;
    do {
      const r = await call(`/api/events?typed=false&limit=3${next ? `&cursor=${next}` : ''}`);
      for (const e of r.body.items as { record: string; event: string }[]) {
        const key = `${e.record}#${e.event}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      next = r.body.next as string | null;
    } while (next);
    expect(seen.size).toBe(total);
  });

  it('gives GeoJSON points with longitude first for events with coordinates', async () => {
    const r = await call('/api/events?format=geojson&type=attack');
    expect(r.body.type).toBe('FeatureCollection');
    const features = r.body.features as {
      geometry: { coordinates: [number, number] };
      properties: { place: string };
    }[];
    const kharkiv = features.find((f) => f.properties.place === 'Kharkiv');
    expect(kharkiv).toBeDefined();
    const [lon, lat] = kharkiv!.geometry.coordinates;
    expect(lat).toBeCloseTo(50, 0);
    expect(lon).toBeCloseTo(36.2, 0);
  });

  it('refuses a bad date, a bad format and a bad record id', async () => {
    expectClientError(await call('/api/events?since=2025-13-01'), 400);
    expectClientError(await call('/api/events?format=kml'), 400);
    expectClientError(await call('/api/events?record=XYZ'), 400);
  });
});

describe('GET /api/clusters', () => {
  it('lists the copy group of a copy and its original, counting one original', async () => {
    const r = await call('/api/clusters?kind=copies');
    expect(r.status).toBe(200);
    const items = r.body.items as {
      id: string;
      members: string[];
      originals: number;
      firstReport: { id: string };
    }[];
    const group = items.find((g) => g.members.includes(ids.strike));
    expect(group).toBeDefined();
    expect(group!.members).toContain(ids.copy);
    expect(group!.originals).toBe(1);
    expect(group!.firstReport.id).toBe(ids.strike);
    const one = await call(`/api/clusters/copies/${group!.id}`);
    expect(one.status).toBe(200);
    expectClientError(await call('/api/clusters/copies/ffff'), 404);
    expectClientError(await call('/api/clusters?kind=planets'), 400);
  });
});

describe('the API as a whole', () => {
  it('describes every route in /openapi.json, generated from the request schemas', async () => {
    const r = await call('/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.0.0');
    const paths = r.body.paths as Record<
      string,
      Record<string, { parameters?: { name: string }[] }>
    >;
    for (const p of [
      '/api/ingest',
      '/api/records',
      '/api/records/{id}',
      '/api/entities',
      '/api/events',
      '/api/clusters',
      '/api/clusters/{kind}/{id}',
      '/api/contradictions',
      '/api/series',
      '/api/timeline',
      '/api/export',
    ])
      expect(paths[p], p).toBeDefined();
    const params = paths['/api/records']!.get!.parameters!.map((x) => x.name);
    expect(params).toEqual(
      expect.arrayContaining(['q', 'outlet', 'since', 'until', 'limit', 'cursor']),
    );
  });

  it('answers an unknown route with a 404 in the error shape', async () => {
    expectClientError(await call('/api/nothing-here'), 404);
  });

  it('sends no CORS headers by default, and only for the origins given', async () => {
    const r = await call('/api/records?limit=1', { headers: { origin: 'http://evil.example' } });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const app = createApp(createContext({ store, threads: 0 }), {
      corsOrigins: ['http://ok.example'],
    });
    const ok = await app.request('/api/records?limit=1', {
      headers: { origin: 'http://ok.example' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://ok.example');
    const other = await app.request('/api/records?limit=1', {
      headers: { origin: 'http://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('listens on loopback', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });
});
