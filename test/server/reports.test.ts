/**
 * The corpus routes over a real server: examples/ (the seed, its copies, disagreeing drone
 * counts, talks announced then denied ...) ingested through POST /api/ingest one file at a
 * time, then clusters with independent sources, contradictions, a figure series and a
 * timeline read back, and their bad requests refused with a 4xx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/apps/server/context.js';
import { startServer, type RunningServer } from '../../src/apps/server/serve.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { ROOT } from '../helpers.js';

let store: Store;
let server: RunningServer;
const ids = new Map<string, string>();

async function call(p: string) {
  const res = await fetch(server.url + p);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json')
    ? ((await res.json()) as Record<string, unknown>)
    : await res.text();
  return { status: res.status, type, body };
}
const jsonOf = (r: { body: unknown }) => r.body as Record<string, unknown>;

beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  server = await startServer(createContext({ store, threads: 0 }), { port: 0, host: '127.0.0.1' });
  const dir = path.join(ROOT, 'examples');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const res = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: readFileSync(path.join(dir, file), 'utf8'),
    });
    expect(res.status, file).toBe(201);
    const body = (await res.json()) as { records: { id: string }[] };
    ids.set(file, body.records[0]!.id);
  }
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe('GET /api/clusters', () => {
  it('groups the seed and its copy, one original, and counts independent sources of stories', async () => {
    const copies = jsonOf(await call('/api/clusters?kind=copies')).items as {
      members: string[];
      originals: number;
    }[];
    const seed = ids.get('000_8968b0838309d791.txt')!;
    const group = copies.find((g) => g.members.includes(seed));
    expect(group?.members).toContain(ids.get('001_ukrinform_seed_copy.txt'));
    expect(group?.originals).toBe(1);
    const stories = jsonOf(await call('/api/clusters?kind=stories&limit=100')).items as {
      members: string[];
      independentSources: number;
      sourceChains: { origin: string; rule: string }[];
      articles: { id: string }[];
    }[];
    expect(stories.length).toBeGreaterThan(0);
    for (const s of stories) {
      expect(s.independentSources).toBe(s.sourceChains.length);
      expect(s.independentSources).toBeGreaterThan(0);
      expect(s.articles.length).toBeGreaterThan(1);
      for (const c of s.sourceChains) expect(c.rule).toMatch(/^sources#/);
    }
  });

  it('pages clusters with a cursor', async () => {
    const all = (
      jsonOf(await call('/api/clusters?kind=events&limit=100')).items as { id: string }[]
    ).map((c) => c.id);
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const r = jsonOf(
        await call(`/api/clusters?kind=events&limit=2${next ? `&cursor=${next}` : ''}`),
      );
      seen.push(...(r.items as { id: string }[]).map((c) => c.id));
      next = r.next as string | null;
    } while (next);
    expect(seen).toEqual(all);
  });
});

describe('GET /api/contradictions', () => {
  it('lists contradictions with both sides, their source paths and the rule', async () => {
    const r = await call('/api/contradictions?limit=100');
    expect(r.status).toBe(200);
    const items = jsonOf(r).items as {
      kind: string;
      rule: string;
      reason: string;
      a: { record: string; path: string };
      b: { record: string };
    }[];
    expect(items.length).toBeGreaterThan(0);
    const known = new Set(ids.values());
    for (const c of items) {
      expect(c.rule).toMatch(/^contradictions\//);
      expect(c.reason.length).toBeGreaterThan(5);
      expect(known.has(c.a.record) && known.has(c.b.record)).toBe(true);
      expect(c.a.path).toContain('→');
    }
    const figures = jsonOf(await call('/api/contradictions?kind=figures')).items as {
      kind: string;
    }[];
    expect(figures.every((c) => c.kind === 'figures')).toBe(true);
  });

  it('refuses an unknown kind', async () => {
    const r = await call('/api/contradictions?kind=vibes');
    expect(r.status).toBe(400);
  });
});

describe('GET /api/series', () => {
  it('gives the reported North Korean troop figures with their sources, as JSON and CSV', async () => {
    const r = await call('/api/series?q=North%20Korean%20troops');
    expect(r.status).toBe(200);
    const points = jsonOf(r).points as {
      value: number | null;
      path: string;
      record: string;
      rule: string;
    }[];
    expect(
      points.some((p) => p.value === 11000 && p.record === ids.get('000_8968b0838309d791.txt')),
    ).toBe(true);
    for (const p of points) expect(p.rule).toMatch(/^series#/);
    const csv = await call('/api/series?q=North%20Korean%20troops&format=csv');
    expect(csv.type).toMatch(/^text\/csv/);
    expect((csv.body as string).split('\n')[0]).toMatch(/^refers_to,/);
    expect(csv.body as string).toContain('11000');
  });

  it('needs q', async () => {
    const r = await call('/api/series');
    expect(r.status).toBe(400);
    expect((jsonOf(r).error as { message: string }).message).toMatch(/^q:/);
  });
});

describe('GET /api/timeline', () => {
  it("lists North Korea's events, dated ones in order", async () => {
    const r = await call('/api/timeline?entity=North%20Korea');
    expect(r.status).toBe(200);
    const entries = jsonOf(r).entries as { when: string | null; type: string }[];
    expect(entries.length).toBeGreaterThan(0);
    const dated = entries.map((e) => e.when).filter((w): w is string => w !== null);
    expect(dated).toEqual([...dated].sort());
  });

  it('needs an entity; a bad date is 400', async () => {
    expect((await call('/api/timeline')).status).toBe(400);
    expect((await call('/api/timeline?entity=Kyiv&since=2025-99-01')).status).toBe(400);
  });
});

describe('GET /api/entities/profile', () => {
  it('gives one corpus entity: aliases, mentions per day adding up, related entities', async () => {
    const r = await call('/api/entities/profile?name=KYIV');
    expect(r.status).toBe(200);
    const p = jsonOf(r) as {
      name: string;
      aliases: string[];
      mentions: number;
      records: number;
      perDay: { day: string; records: number; mentions: number }[];
      related: { name: string; records: number }[];
    };
    expect(p.name).toBe('Kyiv');
    expect(p.aliases).toContain('KYIV');
    expect(p.perDay.map((d) => d.day)).toEqual([...p.perDay.map((d) => d.day)].sort());
    // every example is dated, so the days hold every mention and article
    expect(p.perDay.reduce((n, d) => n + d.mentions, 0)).toBe(p.mentions);
    expect(p.perDay.reduce((n, d) => n + d.records, 0)).toBe(p.records);
    expect(p.related.map((x) => x.name)).toContain('Russia');
  });

  it('answers 404 for a name no entity has, 400 for none', async () => {
    const missing = await call('/api/entities/profile?name=Atlantis%20Republic');
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).toContain('Atlantis Republic');
    expect((await call('/api/entities/profile')).status).toBe(400);
  });
});

describe('GET /api/clusters headlines and events', () => {
  it("names each article by a headline and an event cluster by its first report's event", async () => {
    const events = jsonOf(await call('/api/clusters?kind=events&limit=100')).items as {
      articles: { headline: string }[];
      event: { type: string; text: string } | null;
    }[];
    expect(events.length).toBeGreaterThan(0);
    for (const c of events) {
      expect(c.event?.text.length).toBeGreaterThan(0);
      for (const a of c.articles) expect(a.headline.split(/\s+/).length).toBeGreaterThanOrEqual(4);
    }
    expect(events.some((c) => c.event?.type === 'attack' && /drones/.test(c.event.text))).toBe(
      true,
    );
  });
});
