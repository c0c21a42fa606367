import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/core/build.js';
import { SitrepError } from '../../src/core/errors.js';
import { createRecordBuilder } from '../../src/runtime/workers.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { pipelineFor } from '../../src/presets/default.js';
import { bbcFiles } from '../../bench/lib.js';

const SEED = fileURLToPath(
  new URL('../../../shared/corpus/seed/000_8968b0838309d791.txt', import.meta.url),
);

const texts = [
  'The general arrived in Washington on Monday afternoon. He met officials from the State Department.',
  '"We will not retreat," the commander said. Troops held the line near Kupiansk.',
  'Shares rose 4% in early trading. The chip maker reported a record profit.',
];

function raw(text: string, i: number): RawArticle {
  return { origin: { path: `mem-${i}.txt`, url: null, format: 'text' }, text, title: `T${i}` };
}

/** Real articles: BBC workload files when ../shared is present, else the inline texts. */
function realArticles(n: number): RawArticle[] {
  const files = bbcFiles()
    .filter((_, i) => i % 97 === 0)
    .slice(0, n);
  if (files.length === 0) return texts.map(raw);
  return files.map((f) => {
    const [title = '', ...body] = readFileSync(f, 'utf8').split('\n');
    return { origin: { path: f, url: null, format: 'text' }, text: body.join('\n'), title };
  });
}

describe('createRecordBuilder (worker threads)', () => {
  const pool = createRecordBuilder({ preset: 'minimal', threads: 2 });
  afterAll(() => pool.close());

  it('starts the threads asked for, from the esbuild bundle of worker.ts', async () => {
    expect(pool.threads).toBe(2);
    expect(await pool.loader()).toBe('bundle');
  });

  it('builds the same records as buildRecord on the calling thread', async () => {
    const articles = realArticles(12);
    const pipeline = pipelineFor('minimal');
    const got = await Promise.all(articles.map((a) => pool.build(a)));
    expect(got).toEqual(articles.map((a) => buildRecord(a, pipeline)));
  });

  it('resolves each promise with its own article, many in flight', async () => {
    const raws = Array.from({ length: 60 }, (_, i) => raw(`${texts[i % 3]} Item ${i}.`, i));
    const got = await Promise.all(raws.map((r) => pool.build(r)));
    expect(got.map((r) => r.origin.path)).toEqual(raws.map((r) => r.origin.path));
    expect(got.every((r, i) => r.text.endsWith(`Item ${i}.`))).toBe(true);
  });

  it('rejects a bad article with its SitrepError and keeps serving the rest', async () => {
    const results = await Promise.allSettled([
      pool.build(raw(texts[0]!, 0)),
      pool.build({ origin: { path: 'empty.txt', url: null, format: 'text' }, text: ' \n ' }),
      pool.build({ ...raw(texts[1]!, 1), published: '2025-02-30' }),
      pool.build(raw(texts[2]!, 2)),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const empty = (results[1] as PromiseRejectedResult).reason as SitrepError;
    expect(empty).toBeInstanceOf(SitrepError);
    expect(empty.message).toBe('empty.txt: no text to read (empty article)');
    expect(empty.where).toBe('empty.txt');
    const date = (results[2] as PromiseRejectedResult).reason as Error;
    expect(date.message).toBe('mem-1.txt: publication date "2025-02-30" is not a valid date');
    expect((await pool.build(raw(texts[0]!, 9))).sentences.length).toBe(2);
  });

  it('rejects an article that cannot cross to a worker, without hanging the pool', async () => {
    const bad = { ...raw(texts[0]!, 0), title: (() => 'x') as unknown as string };
    await expect(pool.build(bad)).rejects.toThrow(/could not be cloned/);
    expect((await pool.build(raw(texts[2]!, 2))).title).toBe('T2');
  });

  it('builds the seed article with the default preset', async () => {
    if (!existsSync(SEED)) {
      console.warn(`skipped: ${SEED} not found (../shared is absent)`);
      return;
    }
    const b = createRecordBuilder({ preset: 'default', threads: 2 });
    const text = readFileSync(SEED, 'utf8').replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '');
    const seed: RawArticle = {
      origin: { path: SEED, url: null, format: 'dated-text' },
      text,
      published: '2025-01-31',
    };
    const record = await b.build(seed);
    await b.close();
    expect(record).toEqual(buildRecord(seed, pipelineFor('default')));
    expect(record.sentences.length).toBeGreaterThan(10);
  });
});

describe('the worker bundle cache', () => {
  const manifestFile = fileURLToPath(
    new URL('../../node_modules/.cache/sitrep/worker-bundle.json', import.meta.url),
  );
  type Manifest = { bundle: string; inputs: [string, number, number][] };
  const read = () => JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;

  it('lists every bundled source, and rebuilds when one no longer matches', async () => {
    const first = createRecordBuilder({ preset: 'minimal', threads: 2 });
    expect(await first.loader()).toBe('bundle');
    await first.close();
    const m = read();
    const rels = m.inputs.map(([rel]) => rel);
    expect(rels).toContain('src/runtime/worker.ts');
    expect(rels).toContain('src/core/build.ts');
    expect(rels).toContain('src/stages/sentences/index.ts');
    // pretend worker.ts changed since: the next pool must bundle again and record it afresh
    const stale = m.inputs.map(([rel, mtime, size]): [string, number, number] =>
      rel === 'src/runtime/worker.ts' ? [rel, mtime - 1000, size] : [rel, mtime, size],
    );
    writeFileSync(manifestFile, JSON.stringify({ ...m, inputs: stale }));
    const second = createRecordBuilder({ preset: 'minimal', threads: 2 });
    expect(await second.loader()).toBe('bundle');
    expect((await second.build(raw(texts[0]!, 0))).sentences.length).toBe(2);
    await second.close();
    const entry = read().inputs.find(([rel]) => rel === 'src/runtime/worker.ts');
    const st = statSync(fileURLToPath(new URL('../../src/runtime/worker.ts', import.meta.url)));
    expect(entry).toEqual(['src/runtime/worker.ts', st.mtimeMs, st.size]);
  });
});

describe('createRecordBuilder options', () => {
  it('rejects an unknown preset and bad thread counts at start-up', () => {
    expect(() => createRecordBuilder({ preset: 'nope' })).toThrow(/unknown preset "nope"/);
    expect(() => createRecordBuilder({ preset: 'minimal', threads: -1 })).toThrow(SitrepError);
    expect(() => createRecordBuilder({ preset: 'minimal', threads: 1.5 })).toThrow(SitrepError);
    expect(() => createRecordBuilder({ preset: 'minimal', maxMemoryMb: 4 })).toThrow(/maxMemoryMb/);
  });

  it.each([0, 1])('threads = %i builds inline, errors as rejections', async (threads) => {
    const b = createRecordBuilder({ preset: 'minimal', threads });
    expect(b.threads).toBe(0);
    expect((await b.build(raw(texts[0]!, 0))).sentences.length).toBe(2);
    await expect(
      b.build({ origin: { path: 'e.txt', url: null, format: 'text' }, text: '' }),
    ).rejects.toBeInstanceOf(SitrepError);
    await b.close();
    await expect(b.build(raw(texts[0]!, 0))).rejects.toThrow(/closed/);
  });

  it('close() waits for the builds already asked for, then refuses more', async () => {
    const b = createRecordBuilder({ preset: 'minimal', threads: 2 });
    const pending = Array.from({ length: 20 }, (_, i) => b.build(raw(texts[i % 3]!, i)));
    await b.close();
    const done = await Promise.allSettled(pending);
    expect(done.every((d) => d.status === 'fulfilled')).toBe(true);
    await expect(b.build(raw(texts[0]!, 0))).rejects.toThrow(/closed/);
  });

  it('an article too big for maxMemoryMb kills its worker only: it is rejected, the rest built', async () => {
    const b = createRecordBuilder({ preset: 'minimal', threads: 2, maxMemoryMb: 64 });
    const big: RawArticle = {
      origin: { path: 'huge.txt', url: null, format: 'text' },
      text: 'The general arrived in Washington on Monday. He met officials. '.repeat(60_000),
    };
    const results = await Promise.allSettled([
      b.build(raw(texts[0]!, 0)),
      b.build(big),
      b.build(raw(texts[1]!, 1)),
      b.build(raw(texts[2]!, 2)),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(((results[1] as PromiseRejectedResult).reason as Error).message).toMatch(
      /^record builder worker stopped \(.*memory.*\) while building huge\.txt$/,
    );
    expect((await b.build(raw(texts[0]!, 5))).origin.path).toBe('mem-5.txt');
    await b.close();
  });

  it('gives up with one clear error when workers cannot start, instead of respawning forever', async () => {
    const b = createRecordBuilder({ preset: 'minimal', threads: 2, maxMemoryMb: 16 });
    await expect(b.build(raw(texts[0]!, 0))).rejects.toThrow(
      /^record builder workers cannot start \(/,
    );
    await expect(b.build(raw(texts[0]!, 1))).rejects.toThrow(/cannot start/);
    // the bundle was tried first, then tsx, before giving up
    expect(await b.loader()).toBe('tsx');
    await b.close();
  });

  it('works from a plain `node --import tsx` script', () => {
    const child = fileURLToPath(new URL('./fixtures/pool-child.ts', import.meta.url));
    const input = [raw(texts[0]!, 0), raw('', 1), raw(texts[1]!, 2)];
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, JSON.stringify(input)], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    const pipeline = pipelineFor('minimal');
    const a = buildRecord(input[0]!, pipeline);
    const c = buildRecord(input[2]!, pipeline);
    expect(JSON.parse(out)).toEqual({
      threads: 2,
      loader: 'bundle',
      out: [
        { id: a.id, sentences: a.sentences.length },
        { error: 'mem-1.txt: no text to read (empty article)' },
        { id: c.id, sentences: c.sentences.length },
      ],
    });
  });
});
