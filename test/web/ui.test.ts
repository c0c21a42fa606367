/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core (playwright's own
 * browser download does not work on these machines). The UI is built with Vite into a temporary
 * folder and served by the API server over examples/ plus a hostile article. Covered: search
 * with the query highlighted, open an article, its highlights, a source's path on click, and an
 * article holding <script> and <img onerror> executing nothing. Screenshots are saved under
 * $SITREP_ARTIFACTS (default: the OS temp folder) for a person to look at.
 * Skips with a message when /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
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
    for (const file of [
      '000_8968b0838309d791.txt',
      '001_ukrinform_seed_copy.txt',
      '002_kyiv_independent_withdrawal.txt',
    ])
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
});
