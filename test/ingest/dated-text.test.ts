import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.js';
import { splitDateHeader } from '../../src/ingest/dated-text.js';
import { collect, fixture, only, SEED, SKIP_SHARED } from './helpers.js';

describe('dated text: the seed article', () => {
  it.skipIf(SKIP_SHARED)('reads the date and a body that starts on the date line', async () => {
    const { articles, problems } = await collect([SEED]);
    expect(problems).toEqual([]);
    const a = only(articles);
    expect(a.published).toBe('2025-01-31');
    expect(a.origin).toEqual({ path: SEED, url: null, format: 'dated-text' });
    expect(a.text.startsWith('In three months, the number of North Koreans')).toBe(true);
    expect(a.text).toContain('Transmits UNN with reference to The New York Times.');
    expect(a.text).not.toMatch(/^\s*date/);
    expect(a.title).toBeNull();
  });
});

describe('dated text: header forms', () => {
  it('takes a date-time, and a title line when the body starts on the next line', async () => {
    const a = only((await collect([fixture('dated-title.txt')])).articles);
    expect(a.published).toBe('2025-02-03');
    expect(a.title).toBe('Talks to continue, ministry says');
    expect(a.text).toBe(
      'The ministry said on Monday that talks would continue next week in Geneva.',
    );
    const r = readText(
      'date 2025-01-31T10:30:00Z\nBody text of the report, which is long enough.',
      { path: 'x.txt' },
    );
    expect(r).toMatchObject([{ article: { published: '2025-01-31T10:30:00Z' } }]);
  });

  it('accepts the date alone on the line after `date`', () => {
    expect(splitDateHeader('date\n2025-01-31\nThe body.')).toMatchObject({
      published: '2025-01-31',
    });
  });

  it('is chosen by content whatever the extension says (.md, none, stdin)', () => {
    for (const path of ['a.md', 'noext', '-']) {
      const [r] = readText('  date 2025-01-31 The *body*.', { path });
      expect(r && 'article' in r && r.article.origin.format).toBe('dated-text');
    }
    const [md] = readText('date 2025-01-31\n# Title\n\nThe *body*.', { path: 'a.md' });
    expect(md).toMatchObject({
      article: { title: 'Title', text: 'The body.', published: '2025-01-31' },
    });
  });
});

describe('dated text: bad headers fail the file, naming it and the bad value', () => {
  const cases: Array<[string, RegExp]> = [
    ['dated-bad-month.txt', /"2025-13-45" is not a valid ISO date/],
    ['dated-yesterday.txt', /"yesterday" is not a valid ISO date/],
    ['dated-missing.txt', /the "date" header has no date/],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const { articles, problems } = await collect([fixture(name)]);
      expect(articles).toEqual([]);
      const p = only(problems);
      expect(p.kind).toBe('failed');
      expect(p.where).toBe(fixture(name));
      expect(p.message).toMatch(message);
      expect(p.message).not.toContain('\n');
    });
  }

  it('rejects dates that do not exist rather than rolling them over', () => {
    expect(splitDateHeader('date 2025-02-30 Body.')).toHaveProperty('error');
    expect(splitDateHeader('date 2025-02-28 Body.')).toMatchObject({
      published: '2025-02-28',
      bodyOnSameLine: true,
    });
  });

  it('fails a header with no body after it', () => {
    const [r] = readText('date 2025-01-31   \n\n', { path: 'a.txt' });
    expect(r).toMatchObject({
      problem: { kind: 'failed', message: 'no article text after the date header' },
    });
  });

  it('does not take words that merely start with "date" for a header', () => {
    const [r] = readText(
      'dateline: Kyiv\n\nThe ministry said on Monday that talks would continue.',
      { path: 'a.txt' },
    );
    expect(r).toMatchObject({ article: { origin: { format: 'text' } } });
  });
});
