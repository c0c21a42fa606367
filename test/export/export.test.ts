/**
 * Exports over records built by the default preset: CSV quoting (read back by csv-parse),
 * ACLED-like rows with the strike's place, coordinates and death toll, GeoJSON points with
 * longitude first, JSON Lines, TimeML that is well-formed XML whose text is the record's text,
 * whose instances and links point at tags that exist; the same exports over the API, and the
 * CLI writing a file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/apps/server/app.js';
import { createContext } from '../../src/apps/server/context.js';
import type { SitrepRecord } from '../../src/core/record.js';
import { createRecordBuilder } from '../../src/runtime/workers.js';
import { ACLED_COLUMNS } from '../../src/export/acled.js';
import { csvLine } from '../../src/export/csv.js';
import { exportChunks, type ExportOptions } from '../../src/export/index.js';
import { toTimeMl } from '../../src/export/timeml.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { HAS_SHARED, ROOT, shared } from '../helpers.js';
import { ARTICLES, TEXT_ARTICLE } from '../server/articles.js';

const run = promisify(execFile);
let store: Store;
let records: SitrepRecord[];
let dbFile: string;

async function collect(opts: ExportOptions): Promise<string> {
  let out = '';
  for await (const chunk of exportChunks(store, opts)) out += chunk;
  return out;
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-export-'));
  dbFile = path.join(dir, 'export.db');
  store = await openSqliteStore(dbFile);
  const builder = createRecordBuilder({ preset: 'default', threads: 0 });
  const raws = [
    ...ARTICLES.map((a, i) => ({
      origin: { path: `a${i}.json`, url: null, format: 'json' },
      text: a.text,
      title: a.title,
      published: a.published,
      outlet: a.outlet,
    })),
    {
      origin: { path: 'odesa.txt', url: null, format: 'text' },
      text: TEXT_ARTICLE.split('\n\n')[1]!,
      published: '2025-03-05',
      outlet: 'Test Wire',
    },
    {
      origin: { path: 'hostile.txt', url: null, format: 'text' },
      text: 'A Russian missile strike hit Kharkiv on Monday, officials said <script>alert(1)</script> & "quotes", =cmd|calc.\nA second line, with a comma.',
      published: '2025-03-10',
      outlet: '=Evil, "Outlet"',
    },
  ];
  records = await Promise.all(raws.map((r) => builder.build(r)));
  await builder.close();
  await store.put(records);
});

afterAll(async () => {
  await store?.close();
});

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks, and reads back field for field', () => {
    const fields = ['a,b', 'say "hi"', null, 3, 'line\nbreak', 'cr\ronly', 'plain', '', 2.5];
    const line = csvLine(fields);
    expect(line.endsWith('\r\n')).toBe(true);
    const [back] = parse(line) as string[][];
    expect(back).toEqual([
      'a,b',
      'say "hi"',
      '',
      '3',
      'line\nbreak',
      'cr\ronly',
      'plain',
      '',
      '2.5',
    ]);
  });

  it('never starts a text field with a formula character', () => {
    const [back] = parse(
      csvLine(['=1+1', '+A1', '-2 killed', '@SUM(A1)', '\tx', 'ok']),
    ) as string[][];
    expect(back).toEqual(["'=1+1", "'+A1", "'-2 killed", "'@SUM(A1)", "'\tx", 'ok']);
    expect(csvLine([-2])).toBe('-2\r\n');
  });
});

describe('acled-csv', () => {
  it('has the ACLED columns, one value per column on every row', async () => {
    const rows = parse(await collect({ format: 'acled-csv' })) as string[][];
    expect(rows[0]).toEqual([...ACLED_COLUMNS]);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r).toHaveLength(ACLED_COLUMNS.length);
  });

  it('codes the Kharkiv strike with its place, coordinates, source and death toll', async () => {
    const rows = parse(await collect({ format: 'acled-csv', outlet: 'Kharkiv Today' }), {
      columns: true,
    }) as Record<string, string>[];
    const strike = rows.find((r) => r.event_type === 'Explosions/Remote violence');
    expect(strike).toMatchObject({
      sub_event_type: 'Shelling/artillery/missile attack',
      location: 'Kharkiv',
      country: 'UA',
      source: 'Kharkiv Today',
    });
    expect(Number(strike!.latitude)).toBeCloseTo(50, 0);
    expect(Number(strike!.longitude)).toBeCloseTo(36.2, 0);
    expect(rows.some((r) => r.fatalities === '5')).toBe(true);
    // a stated toll only: no row claims zero deaths
    expect(rows.every((r) => r.fatalities === '' || Number(r.fatalities) > 0)).toBe(true);
    expect(rows.every((r) => r.sitrep_record === records[0]!.id && r.sitrep_rule !== '')).toBe(
      true,
    );
  });

  it('keeps hostile text in its field and out of formulas', async () => {
    const rows = parse(
      await collect({ format: 'acled-csv', since: '2025-03-10', until: '2025-03-10' }),
      {
        columns: true,
      },
    ) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.source).toBe('\'=Evil, "Outlet"');
      expect(r.notes).toContain('<script>');
    }
  });

  it('leaves out what ACLED does not code (statements, generic events)', async () => {
    const rows = parse(await collect({ format: 'acled-csv' }), { columns: true }) as Record<
      string,
      string
    >[];
    const events = new Map(
      records.flatMap((r) => r.events.map((e) => [`${r.id}#${e.id}`, e.type])),
    );
    for (const r of rows)
      expect(['other', 'statement']).not.toContain(
        events.get(`${r.sitrep_record}#${r.sitrep_event}`),
      );
  });
});

describe('geojson', () => {
  it('is a FeatureCollection of points, longitude first, each with its provenance', async () => {
    const fc = JSON.parse(await collect({ format: 'geojson' })) as {
      type: string;
      features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(f.properties.record).toMatch(/^[0-9a-f]+$/);
      expect(f.properties.rule).toBeTruthy();
    }
    const kharkiv = fc.features.find((f) => f.properties.place === 'Kharkiv')!;
    expect(kharkiv.geometry.coordinates[0]).toBeCloseTo(36.2, 0);
  });

  it('is valid JSON when no event has coordinates', async () => {
    const fc = JSON.parse(await collect({ format: 'geojson', since: '2030-01-01' }));
    expect(fc).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('jsonl', () => {
  it('writes one record per line, filtered by publication date', async () => {
    const lines = (await collect({ format: 'jsonl' })).trimEnd().split('\n');
    expect(lines).toHaveLength(records.length);
    expect(new Set(lines.map((l) => (JSON.parse(l) as SitrepRecord).id))).toEqual(
      new Set(records.map((r) => r.id)),
    );
    const march = (await collect({ format: 'jsonl', since: '2025-03-05', until: '2025-03-10' }))
      .trimEnd()
      .split('\n');
    expect(march.map((l) => (JSON.parse(l) as SitrepRecord).published).sort()).toEqual([
      '2025-03-05',
      '2025-03-10',
    ]);
  });
});

describe('timeml', () => {
  const check = (record: SitrepRecord) => {
    const xml = toTimeMl(record);
    expect(XMLValidator.validate(xml)).toBe(true);
    const inner = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)![1]!;
    const plain = inner
      .replace(/<[^>]+>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
    expect(plain).toBe(record.text);
    const eids = new Set([...inner.matchAll(/<EVENT eid="(e\d+)"/g)].map((m) => m[1]));
    const tids = new Set(['t0', ...[...inner.matchAll(/<TIMEX3 tid="(t\d+)"/g)].map((m) => m[1])]);
    const instances = [...xml.matchAll(/<MAKEINSTANCE eventID="(e\d+)"/g)].map((m) => m[1]);
    expect(instances.length).toBe(eids.size);
    for (const e of instances) expect(eids.has(e)).toBe(true);
    for (const m of xml.matchAll(/relatedToTime="(t\d+)"/g)) expect(tids.has(m[1])).toBe(true);
    return xml;
  };

  it('inlines times and events in the text, with instances and links that resolve', () => {
    for (const r of records) check(r);
    const xml = check(records[0]!);
    expect(xml).toContain(
      '<TIMEX3 tid="t0" type="DATE" value="2025-03-02" functionInDocument="CREATION_TIME">',
    );
    expect(xml).toMatch(/<EVENT eid="e\d+" class="OCCURRENCE">(missile )?strike<\/EVENT>/);
    const doc = new XMLParser().parse(xml) as { TimeML: { DOCID: string } };
    expect(doc.TimeML.DOCID).toBe(records[0]!.id);
  });

  it('escapes markup in the article text', () => {
    const xml = check(records.at(-1)!);
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<script>');
  });

  it('handles the seed article (overlapping annotations left out, counted)', async (t) => {
    if (!HAS_SHARED) return t.skip('../shared absent: no seed article');
    const builder = createRecordBuilder({ preset: 'default', threads: 0 });
    const text = readFileSync(shared('corpus/seed/000_8968b0838309d791.txt'), 'utf8');
    const seed = await builder.build({
      origin: { path: 'seed.txt', url: null, format: 'dated-text' },
      text: text.replace(/^date \S+\s*/, ''),
      published: '2025-01-31',
    });
    await builder.close();
    const xml = check(seed);
    expect(xml).toContain('Syrskyi');
  });

  it('needs an id', async () => {
    await expect(collect({ format: 'timeml' })).rejects.toThrow(/record id/);
  });
});

describe('GET /api/export', () => {
  const app = () => createApp(createContext({ store, threads: 0 }));

  it('streams each format with its media type', async () => {
    const csv = await app().request('/api/export?format=acled-csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe(await collect({ format: 'acled-csv' }));
    const geo = await app().request('/api/export?format=geojson&outlet=Kharkiv%20Today');
    expect(geo.headers.get('content-type')).toMatch(/geo\+json/);
    expect(JSON.parse(await geo.text()).features.length).toBeGreaterThan(0);
    const tml = await app().request(`/api/export?format=timeml&id=${records[0]!.id}`);
    expect(tml.status).toBe(200);
    expect(XMLValidator.validate(await tml.text())).toBe(true);
  });

  it('refuses a bad format, a bad date, a missing or unknown id before streaming', async () => {
    for (const [q, status] of [
      ['format=kml', 400],
      ['format=jsonl&since=2025-02-31', 400],
      ['format=timeml', 400],
      ['format=timeml&id=00000000000000000000', 404],
    ] as const) {
      const r = await app().request(`/api/export?${q}`);
      expect(r.status, q).toBe(status);
      expect(((await r.json()) as { error: { status: number } }).error.status).toBe(status);
    }
  });
});

describe('sitrep export', () => {
  const cli = (...args: string[]) =>
    run('node', [path.join(ROOT, 'bin/sitrep'), 'export', '--db', dbFile, ...args]);

  it('writes a file with --out, and refuses an unknown format with one line', async () => {
    const out = path.join(path.dirname(dbFile), 'events.csv');
    await cli('--format', 'acled-csv', '--out', out);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe(await collect({ format: 'acled-csv' }));
    const bad = await cli('--format', 'kml').then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stderr).toMatch(/unknown export format "kml"/);
  });
});
