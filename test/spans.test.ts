/**
 * The round-trip span test (wink's habit): for every record built from every fixture, and from
 * a sample of real articles in ../shared, every span of every layer is `text.slice(start, end)`.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../src/core/build.js';
import type { SitrepRecord } from '../src/core/record.js';
import { readInputs } from '../src/ingest/index.js';
import { pipelineFor } from '../src/presets/default.js';
import { HAS_SHARED, ROOT, shared, spansOf } from './helpers.js';

async function records(inputs: string[]): Promise<SitrepRecord[]> {
  const pipeline = pipelineFor('default');
  const out: SitrepRecord[] = [];
  for await (const r of readInputs(inputs, {})) {
    if (!('article' in r)) continue;
    try {
      out.push(buildRecord(r.article, pipeline, { anyLanguage: true }));
    } catch (err) {
      if (!(err instanceof Error) || err.name !== 'SitrepError') throw err;
    }
  }
  return out;
}

function checkSpans(record: SitrepRecord): void {
  let n = 0;
  for (const s of spansOf({ ...record, text: undefined })) {
    n++;
    if (record.text.slice(s.start, s.end) !== s.text) {
      expect.fail(`${record.origin.path} ${s.where}: [${s.start},${s.end}) is "${record.text.slice(s.start, s.end)}", span says "${s.text}"`);
    }
  }
  expect(n).toBeGreaterThan(0);
}

describe('every span maps back to the text', () => {
  it('on the repository fixtures', async () => {
    const inputs = [path.join(ROOT, 'test/golden'), path.join(ROOT, 'examples')];
    const fixtures = path.join(ROOT, 'test/fixtures/ingest');
    if (existsSync(fixtures)) inputs.push(fixtures);
    const recs = await records(inputs);
    expect(recs.length).toBeGreaterThan(1);
    recs.forEach(checkSpans);
  });

  it.skipIf(!HAS_SHARED)('on 60 BBC articles and the first PolNeAR dev texts', async () => {
    const bbc = shared('datasets/workloads/bbc-news-2005');
    const files = readdirSync(bbc, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(path.join(bbc, d.name)).slice(0, 12).map((f) => path.join(bbc, d.name, f)));
    const polnear = shared('datasets/polnear/dev/text');
    const texts = existsSync(polnear)
      ? readdirSync(polnear).filter((f) => f.endsWith('.txt')).slice(0, 20).map((f) => path.join(polnear, f))
      : [];
    const recs = await records([...files, ...texts]);
    expect(recs.length).toBeGreaterThanOrEqual(60);
    recs.forEach(checkSpans);
  });
});
