import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.js';
import { splitTitle } from '../../src/ingest/title.js';
import { BBC, collect, only, SKIP_SHARED } from './helpers.js';

describe('plain text: the BBC workload', () => {
  it.skipIf(SKIP_SHARED)('takes the first line as the title and the rest as the body', async () => {
    const file = path.join(BBC, 'business/001.txt');
    const a = only((await collect([file])).articles);
    expect(a.title).toBe('Ad sales boost Time Warner profit');
    expect(a.text.startsWith('Quarterly profits at US media giant TimeWarner jumped 76%')).toBe(
      true,
    );
    expect(a.text).not.toContain('Ad sales boost');
    expect(a.published).toBeNull();
    expect(a.origin.format).toBe('text');
  });

  it.skipIf(SKIP_SHARED)(
    'reads the whole workload: every file once, one non-UTF-8 file reported, README passed over',
    async () => {
      const files = readdirSync(BBC, { recursive: true, encoding: 'utf8' }).filter((f) =>
        /^\w+\/\d+\.txt$/.test(f),
      );
      const t0 = performance.now();
      const { articles, problems } = await collect([BBC]);
      const ms = performance.now() - t0;
      expect(articles.length + problems.length).toBe(files.length);
      expect(articles.every((a) => a.title && a.text.length > 50)).toBe(true);
      // sport/199.txt holds a Latin-1 pound sign: detected, reported with its place, not guessed at
      expect(problems).toEqual([
        {
          kind: 'failed',
          where: path.join(BBC, 'sport/199.txt'),
          message:
            'not UTF-8 text (invalid byte 0xa3 at line 5, byte 257); convert it to UTF-8 or give its encoding, e.g. --encoding windows-1252',
        },
      ]);
      expect(articles.some((a) => a.origin.path.endsWith('README.TXT'))).toBe(false);
      expect(ms).toBeLessThan(20_000);
    },
  );

  it('uses --date for published', () => {
    const [r] = readText(
      'Some report\n\nThe body of the report.',
      { path: 'a.txt' },
      { date: '2005-03-01' },
    );
    expect(r).toMatchObject({ article: { published: '2005-03-01', title: 'Some report' } });
  });
});

describe('plain text: what is not a title', () => {
  const notTitles = [
    'A first sentence that ends with a period.\n\nMore text.',
    'A first line with no blank line after it\nMore text.',
    'Only a short line\n\n   ',
    `${'word '.repeat(40)}\n\nMore text.`,
    'Said the minister:\n\nMore text.',
  ];
  for (const text of notTitles) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      expect(splitTitle(text).title).toBeNull();
      expect(splitTitle(text).body).toBe(text);
    });
  }
  it('allows a question mark', () => {
    expect(splitTitle('Is the deal off?\n\nBody.').title).toBe('Is the deal off?');
  });
  it('handles CRLF files', () => {
    expect(splitTitle('Title here\r\n\r\nBody.')).toEqual({ title: 'Title here', body: 'Body.' });
  });
});
