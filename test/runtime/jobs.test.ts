/** The queue's pure parts: where it lives, job ids, the stored job form, the test-only fault hook. */
import { afterEach, describe, expect, it } from 'vitest';
import { recordId } from '../../src/core/build.js';
import { normaliseText } from '../../src/core/normalise.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { pipelineFor } from '../../src/presets/default.js';
import { TEST_FAULT_ENV, withTestFault } from '../../src/runtime/fault.js';
import { fromStored, jobId, queueLocation, toStored } from '../../src/runtime/queue/jobs.js';

const article = (text: string): RawArticle => ({
  origin: { path: 'a.txt', url: null, format: 'text' },
  text,
});

describe('queueLocation', () => {
  it('puts the queue in <schema>_queue beside the store, sitrep_queue for public', () => {
    expect(queueLocation('postgres://u@h:5432/db?schema=news')).toEqual({
      url: 'postgres://u@h:5432/db',
      storeSchema: 'news',
      schema: 'news_queue',
    });
    expect(queueLocation('postgresql://u@h/db').schema).toBe('sitrep_queue');
  });

  it('refuses a SQLite store, naming --db', () => {
    expect(() => queueLocation('sitrep.db')).toThrow(/--db: the job queue lives in PostgreSQL/);
  });
});

describe('jobId', () => {
  it('is the content hash as a UUID: the record id is its first 20 hex digits', () => {
    const a = article('  The minister said on Monday that talks would resume.\r\n');
    const id = jobId(a);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(id.replaceAll('-', '').slice(0, 20)).toBe(recordId(normaliseText(a.text)));
  });

  it('is the same for the same text whatever the metadata, different for another text', () => {
    const a = article('The minister said on Monday that talks would resume.');
    expect(jobId({ ...a, title: 'x', outlet: 'y' })).toBe(jobId(a));
    expect(jobId(article('Another text.'))).not.toBe(jobId(a));
  });
});

describe('stored job form', () => {
  it('keeps the article exactly, key order included (jsonb would reorder it)', () => {
    const a: RawArticle = {
      origin: { path: 'p.txt', url: null, format: 'text', item: 3 } as RawArticle['origin'],
      text: 'Text.',
      title: null,
    };
    const back = fromStored(
      JSON.parse(JSON.stringify(toStored({ article: a, preset: 'minimal' }))),
    );
    expect(JSON.stringify(back.article)).toBe(JSON.stringify(a));
    expect(back.preset).toBe('minimal');
  });
});

describe('withTestFault (test only)', () => {
  afterEach(() => {
    delete process.env[TEST_FAULT_ENV];
  });

  it('is the pipeline itself when the variable is unset', () => {
    const p = pipelineFor('minimal');
    expect(withTestFault(p)).toBe(p);
  });

  it('throws on a text with the marker, and only there', () => {
    process.env[TEST_FAULT_ENV] = 'XMARKERX';
    const p = withTestFault(pipelineFor('minimal'));
    const doc = (text: string) => ({
      text,
      published: null,
      title: null,
      outlet: null,
      language: 'en',
      layers: {},
    });
    expect(() => p.run(doc('A text with XMARKERX in it.'))).toThrow(/test fault on "XMARKERX"/);
    expect(p.run(doc('A plain text. Two sentences.')).sentences).toHaveLength(2);
  });
});
