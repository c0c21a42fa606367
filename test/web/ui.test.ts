/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core (playwright's own
 * browser download does not work on these machines). The UI is built with Vite into a temporary
 * folder and served by the API server over examples/ plus a hostile article. Covered: search
 * with the query highlighted, open an article, its highlights, a source's path on click, an
 * article holding <script> and <img onerror> executing nothing, and the corpus pages checked
 * against the API's own answers: an entity (aliases, chart, related, timeline), a cluster
 * (articles, copies, independent sources, contradictions side by side), a figure series
 * (points with sources, derived points marked), the events map (markers on offline country
 * shapes) and the events table's CSV download. Screenshots are saved under
 * $SITREP_ARTIFACTS (default: the OS temp folder) for a person to look at.
 * Skips with a message when /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/apps/server/context.js';
import { webRoutes } from '../../src/apps/server/routes/web.js';
import { startServer, type RunningServer } from '../../src/apps/server/serve.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { ROOT } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM)
  console.warn(`${CHROMIUM} not found: browser tests skipped (apt-get install -y chromium)`);

const ARTIFACTS = process.env.SITREP_ARTIFACTS ?? path.join(os.tmpdir(), 'sitrep-ui-screenshots');
const HOSTILE =
  'Officials in Kharkiv said on Monday that a drone strike damaged a school. ' +
  '<script>window.__pwned = "script"</script> <img src=x onerror="window.__pwned = \'img\'"> ' +
  'The strike happened at night, the mayor said.';

let store: Store;
let server: RunningServer;
let browser: Browser;
let page: Page;
const ids = new Map<string, string>();

async function ingest(body: string, type: string, query = '') {
  const res = await fetch(`${server.url}/api/ingest${query}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  expect(res.status).toBeLessThan(300);
  return ((await res.json()) as { records: { id: string }[] }).records[0]!.id;
}

async function apiJson<T>(url: string): Promise<T> {
  const res = await fetch(server.url + url);
  expect(res.status, url).toBe(200);
  return (await res.json()) as T;
}

const texts = (selector: string) => page.locator(selector).allTextContents();

const shot = (name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

describe.skipIf(!HAS_CHROMIUM)('web UI in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-web-'));
    await build({
      configFile: path.join(ROOT, 'web/vite.config.ts'),
      build: { outDir, emptyOutDir: true },
      logLevel: 'error',
    });
    store = await openSqliteStore(':memory:');
    server = await startServer(
      createContext({ store, threads: 0 }),
      { port: 0, host: '127.0.0.1' },
      { extra: [webRoutes(outDir)] },
    );
    // every example, one request each (the corpus layer updates after each)
    for (const file of readdirSync(path.join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.txt'))
      .sort())
      ids.set(
        file,
        await ingest(readFileSync(path.join(ROOT, 'examples', file), 'utf8'), 'text/plain'),
      );
    ids.set(
      'hostile',
      await ingest(
        JSON.stringify({
          text: HOSTILE,
          title: '<b>Hostile</b> <img src=x onerror=alert(1)>',
          published: '2025-03-03',
          outlet: 'Test',
        }),
        'application/json',
      ),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (err) => console.error('page error:', err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('searches, highlights the query, opens an article and shows a source path on click', async () => {
    await page.goto(server.url + '/');
    await page.fill('input[name=q]', 'troops');
    await page.click('button[type=submit]');
    await page.waitForSelector('.hits li');
    expect(await page.locator('.hits li').count()).toBeGreaterThanOrEqual(3);
    expect((await page.locator('.snippet mark').first().textContent())?.toLowerCase()).toBe(
      'troops',
    );
    await shot('search');
    await page.click(`a[href="#/record/${ids.get('000_8968b0838309d791.txt')}"]`);
    await page.waitForSelector('.text .hl');
    for (const kind of ['entity', 'time', 'figure', 'source', 'cue'])
      expect(await page.locator(`.text .hl-${kind}`).count(), kind).toBeGreaterThan(0);
    // a source's run (an entity may lie inside it): its details give the whole source path
    await page.locator('.text [data-marks~="source"]', { hasText: 'officials' }).first().click();
    const detail = await page.locator('.details').textContent();
    expect(detail).toContain('UNN → The New York Times');
    // an entity's details lead to its page across articles
    await page.locator('.text [data-marks~="entity"]', { hasText: 'Syrskyi' }).first().click();
    expect(
      await page.locator('.details a', { hasText: 'across articles' }).count(),
    ).toBeGreaterThan(0);
    // the article's text on the page is the record's text, unchanged
    const record = (await (
      await fetch(`${server.url}/api/records/${ids.get('000_8968b0838309d791.txt')}`)
    ).json()) as { text: string };
    expect(await page.locator('.text').evaluate((el) => el.textContent)).toBe(record.text);
    await shot('article');
  });

  it('renders an article holding <script> and <img onerror> as text, executing nothing', async () => {
    await page.goto(`${server.url}/#/record/${ids.get('hostile')}`);
    await page.waitForSelector('.text');
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('.text script, .text img, h1 img, h1 b').count()).toBe(0);
    expect(await page.locator('.text').textContent()).toContain('<script>window.__pwned');
    expect(await page.locator('h1').textContent()).toBe(
      '<b>Hostile</b> <img src=x onerror=alert(1)>',
    );
    await page.goto(`${server.url}/#/search/pwned`);
    await page.waitForSelector('.hits li');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined();
    await shot('hostile');
  });

  it('shows an entity: aliases, mentions per day as a chart, related entities, its timeline', async () => {
    const profile = await apiJson<{
      name: string;
      aliases: string[];
      perDay: { day: string; mentions: number }[];
      related: { name: string }[];
    }>('/api/entities/profile?name=Kyiv');
    const timeline = await apiJson<{ entries: { type: string; text: string }[] }>(
      '/api/timeline?entity=Kyiv',
    );
    expect(profile.perDay.length).toBeGreaterThan(0);
    expect(timeline.entries.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/#/entity/Kyiv`);
    await page.waitForSelector('.chart .bar rect');
    await page.waitForSelector('.timeline li');
    expect(await page.locator('h1').textContent()).toBe(profile.name);
    // one bar per day, its height standing for the count in its title
    expect(await page.locator('.chart .bar').count()).toBe(profile.perDay.length);
    const titles = await texts('.chart .bar title');
    expect(titles[0]).toContain(
      `${profile.perDay[0]!.day}: ${profile.perDay[0]!.mentions} mentions`,
    );
    for (const alias of profile.aliases.filter((a) => a !== profile.name))
      expect(await page.locator('.aliases').textContent()).toContain(alias);
    expect(await texts('.related li a')).toEqual(profile.related.map((r) => r.name));
    expect(await page.locator('.timeline li').count()).toBe(timeline.entries.length);
    expect(await page.locator('.timeline').textContent()).toContain(timeline.entries[0]!.text);
    await shot('entity');
    // a related entity's link opens its own page
    await page.click(`.related li a >> text="${profile.related[0]!.name}"`);
    await page.waitForFunction(
      (name) => document.querySelector('h1')?.textContent === name,
      profile.related[0]!.name,
    );
  });

  it('shows a cluster: its articles, copies apart from independent sources, contradictions side by side', async () => {
    const reuters = ids.get('010_reuters_kyiv_drones.txt')!;
    const copy = ids.get('011_kyivpost_drones_copy.txt')!;
    const stories = await apiJson<{
      items: { id: string; members: string[]; independentSources: number }[];
    }>('/api/clusters?kind=stories&limit=100');
    const story = stories.items.find((c) => c.members.includes(reuters));
    expect(story, 'the drone attack story').toBeDefined();
    await page.goto(`${server.url}/#/clusters`);
    await page.waitForSelector('.clusters-stories li');
    await page.waitForSelector('.clusters-events li');
    expect(await page.locator('.clusters-stories li').count()).toBe(stories.items.length);
    // each listed by its first report's headline, not an id
    expect(await page.locator('.clusters-stories li a').first().textContent()).toMatch(
      /\w+ \w+ \w+ \w+/,
    );
    await shot('clusters');
    await page.click(`a[href="#/cluster/stories/${story!.id}"]`);
    await page.waitForSelector('.articles tbody tr');
    await page.waitForSelector('.contradiction');
    await page.waitForFunction(() => document.querySelector('h1.subject')?.textContent !== '…');
    expect(await page.locator('.articles tbody tr').count()).toBe(story!.members.length);
    // the wire copy is marked as Reuters' copy, and adds no independent source
    const copyRow = page.locator('.articles tbody tr.copy');
    expect(await copyRow.count()).toBe(1);
    expect(await copyRow.textContent()).toContain('Kyiv Post');
    expect(await copyRow.textContent()).toContain('copy of Reuters');
    expect(await copyRow.locator(`a[href="#/record/${copy}"]`).count()).toBe(1);
    expect(await page.locator('.counts').textContent()).toContain(
      `${story!.independentSources} independent sources`,
    );
    expect(await page.locator('.chains li').count()).toBe(story!.independentSources);
    // the disagreeing drone counts, each side with its outlet and source path
    const sides = await texts('.contradiction .sides');
    expect(sides.some((s) => s.includes('42 drones') && s.includes('58 attack drones'))).toBe(true);
    expect(await page.locator('.contradiction').first().locator('.side').count()).toBe(2);
    expect(await page.locator('.contradiction .side .path').first().textContent()).toContain('→');
    await shot('cluster');
  });

  it("charts a figure series with each point's source and the derived points marked", async () => {
    const q = 'North Korean troops';
    const series = await apiJson<{
      points: { derived: boolean; path: string; refersTo: string | null }[];
    }>(`/api/series?q=${encodeURIComponent(q)}`);
    const derived = series.points.filter((p) => p.derived).length;
    expect(derived).toBeGreaterThan(0);
    await page.goto(`${server.url}/#/series/${encodeURIComponent(q)}`);
    await page.waitForSelector('.chart .point');
    const dated = series.points.filter((p) => /^\d{4}/.test(p.refersTo ?? '')).length;
    expect(await page.locator('.chart .point').count()).toBe(dated);
    expect(await page.locator('.chart .point.derived').count()).toBe(
      series.points.filter((p) => p.derived && /^\d{4}/.test(p.refersTo ?? '')).length,
    );
    expect(await page.locator('.points tbody tr').count()).toBe(series.points.length);
    expect(await page.locator('.points tbody tr.derived .tag.derived').count()).toBe(derived);
    // each point's title names its source path, as the table does
    const titles = await texts('.chart .point title');
    for (const p of series.points.filter((x) => /^\d{4}/.test(x.refersTo ?? '')))
      expect(titles.some((t) => t.includes(p.path))).toBe(true);
    await shot('series');
  });

  it('maps events from offline shapes and downloads the events table as CSV', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const geo = await apiJson<{ features: { properties: { place: string; type: string } }[] }>(
      '/api/events?format=geojson&limit=100',
    );
    expect(geo.features.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/#/events`);
    await page.waitForSelector('.map .marker');
    expect(await page.locator('.map path').count()).toBeGreaterThan(100); // countries
    const places = new Set(geo.features.map((f) => f.properties.place));
    const labels = await texts('.map .marker text');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(places.has(label), label).toBe(true);
    const rows = await page.locator('.events-table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.csv')]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/^date,type,place,country,latitude,longitude,/);
    expect(csv.length - 1).toBe(rows); // quoted sentences hold no line breaks here
    await shot('events');
    // filtering by type narrows the map and the table alike
    const type = geo.features[0]!.properties.type;
    await page.selectOption('select[name=type]', type);
    const narrowed = await texts('.events-table tbody tr td:nth-child(2)');
    expect(narrowed.length).toBeGreaterThan(0);
    expect(new Set(narrowed)).toEqual(new Set([type]));
    // nothing was fetched from anywhere but this server
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:'))).toEqual([]);
  });
});
