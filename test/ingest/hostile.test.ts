/**
 * Hostile input must finish fast: a 1 MB single line in every format, a 5 MB binary file,
 * pathological markup. Limits are generous (a shared 2-core machine) but far below what a
 * backtracking regex or a quadratic loop would take on these inputs.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.js';
import { htmlToText } from '../../src/ingest/html-text.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { collect, tempDir } from './helpers.js';

const MB = 1024 * 1024;
const FAST_MS = 5000;

let dir = '';
let cleanup = () => {};
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

const sentence = 'The ministry said on Monday that talks would continue next week. ';
const line = (n: number, unit = sentence) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

type Collected = Awaited<ReturnType<typeof collect>>;
/** A 1 MB text is over the article cap: it is read as parts (ingest/split.ts) that join up. */
const whole = (r: Collected): string => {
  expect(r.articles.length).toBeGreaterThan(1);
  expect(r.articles.map((a) => [a.origin.part, a.origin.parts])).toEqual(
    r.articles.map((_, i) => [i + 1, r.articles.length]),
  );
  return r.articles.map((a) => a.text).join('');
};

describe('a 1 MB single line', () => {
  const cases: Array<[string, string, (r: Collected) => void]> = [
    ['line.txt', line(MB), (r) => expect(whole(r).length).toBe(MB)],
    [
      'dated.txt',
      `date 2025-01-31 ${line(MB)}`,
      (r) => expect(r.articles[0]?.published).toBe('2025-01-31'),
    ],
    [
      'line.md',
      line(MB, '[a *b* `c` _d_ ](x) [[ ** __ ~~ < > '),
      (r) => expect(whole(r).length).toBeGreaterThan(0),
    ],
    [
      'line.html',
      `<html><body><p>${line(MB)}</p></body></html>`,
      (r) => expect(whole(r).length).toBeGreaterThan(MB - 100),
    ],
    ['line.jsonl', JSON.stringify({ text: line(MB) }), (r) => expect(whole(r).length).toBe(MB)],
    ['line.csv', `title,text\nT,"${line(MB)}"`, (r) => expect(whole(r).length).toBe(MB)],
    [
      'line.xml',
      `<rss><channel><title>F</title><item><description>${line(MB)}</description></item></channel></rss>`,
      (r) => expect(whole(r).length).toBeGreaterThan(0),
    ],
    [
      'line.json',
      `[${JSON.stringify({ headline: line(MB) })}]`,
      (r) => expect(whole(r).length).toBeGreaterThan(0),
    ],
  ];
  for (const [name, content, check] of cases) {
    it(name, async () => {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const { value, ms } = await timed(() => collect([file]));
      expect(value.problems).toEqual([]);
      check(value);
      expect(ms).toBeLessThan(FAST_MS);
    });
  }

  it('a 1 MB line of one repeated delimiter, in the markdown and HTML strippers', async () => {
    for (const ch of ['[', '*', '_', '`', '<', '|', '#', '>', '!', '(', '&', '-']) {
      const { ms } = await timed(() => markdownToText(ch.repeat(MB)));
      expect(ms, `markdown ${ch}`).toBeLessThan(FAST_MS);
    }
    for (const s of [
      '<'.repeat(MB),
      '<br>'.repeat(MB / 4),
      ' '.repeat(MB),
      '&amp;'.repeat(MB / 5),
    ]) {
      const { ms } = await timed(() => htmlToText(s));
      expect(ms).toBeLessThan(FAST_MS);
    }
  });
});

describe('binary and broken files', () => {
  it('a 5 MB binary file is rejected from its first bytes', async () => {
    const file = path.join(dir, 'blob.txt');
    writeFileSync(file, randomBytes(5 * MB));
    const { value, ms } = await timed(() => collect([file]));
    expect(value.problems).toMatchObject([
      { kind: 'failed', where: file, message: expect.stringMatching(/^(binary file|not UTF-8)/) },
    ]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('5 MB of random bytes named .jsonl and .csv (streamed) end in one problem, fast', async () => {
    for (const name of ['blob.jsonl', 'blob.csv']) {
      const file = path.join(dir, name);
      // no NUL in the first 64 KB: the streaming decoder has to catch it
      const bytes = randomBytes(5 * MB).map((b) => (b === 0 ? 1 : b));
      writeFileSync(file, bytes);
      const { value, ms } = await timed(() => collect([file]));
      expect(value.articles).toEqual([]);
      expect(value.problems.at(-1)).toMatchObject({
        kind: 'failed',
        where: file,
        message: expect.stringMatching(/not UTF-8|malformed/),
      });
      expect(ms).toBeLessThan(FAST_MS);
    }
  });

  it('a large JSON Lines file streams, and bad bytes midway fail their line only', async () => {
    const file = path.join(dir, 'big.jsonl');
    const good = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ text: `Report number ${i} from the front.`, date: '2024-01-01' }),
    ).join('\n');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${good}\n`),
        Buffer.from([0xc3, 0x28, 0x0a]),
        Buffer.from('{"text": "after"}\n'),
      ]),
    );
    const { value, ms } = await timed(() => collect([file]));
    expect(value.articles).toHaveLength(20_001);
    expect(value.articles.at(-1)?.origin.item).toBe(20_002);
    expect(value.problems).toEqual([
      {
        kind: 'failed',
        where: `${file}:20001`,
        message:
          'not UTF-8 text (invalid byte 0xc3 at column 1); convert it to UTF-8 or give its encoding, e.g. --encoding windows-1252',
      },
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it('a large CSV file streams with line numbers', async () => {
    const file = path.join(dir, 'big.csv');
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `${i},"Report ${i}, from the front.",01/02/2024`,
    );
    writeFileSync(file, `id,text,date\n${rows.join('\n')}\n`);
    const { value } = await timed(() => collect([file]));
    expect(value.problems).toEqual([]);
    expect(value.articles).toHaveLength(20_000);
    expect(value.articles[19_999]).toMatchObject({
      text: 'Report 19999, from the front.',
      published: '2024-01-02',
      origin: { item: 20_001 },
    });
  });

  it('malformed JSON, HTML and XML of every kind finish fast', async () => {
    const inputs: Array<[string, string]> = [
      ['a.json', '['.repeat(100_000)],
      ['b.json', '{"a":'.repeat(50_000)],
      ['c.jsonl', '{"text": "x"'.repeat(100_000)],
      ['d.html', '<div>'.repeat(100_000) + 'deep text' + '</div>'.repeat(10)],
      [
        'e.html',
        `<html><head><script type="application/ld+json">${'['.repeat(10_000)}</script></head><body><p>Text of the page here.</p></body></html>`,
      ],
      ['f.xml', '<rss>' + '<channel>'.repeat(50_000)],
      [
        'g.xml',
        `<rss><channel><item><description>${'<![CDATA['.repeat(50_000)}</description></item></channel></rss>`,
      ],
      ['h.csv', `text\n${'"'.repeat(MB)}`],
    ];
    for (const [name, text] of inputs) {
      const { value, ms } = await timed(() => readText(text, { path: name }));
      expect(value.length, name).toBeGreaterThan(0);
      expect(ms, name).toBeLessThan(FAST_MS);
    }
  });
});

describe('implausible content is refused with a reason', () => {
  it('a "billion laughs" feed: an item whose text is only entity references fails, the rest is read', () => {
    const feed = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol9 "&lol1;&lol1;&lol1;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&lol9;</title><description>&lol9;</description></item>
<item><title>Real</title><description>Officials said talks resumed on Monday.</description></item>
</channel></rss>`;
    const results = readText(feed, { path: 'laughs.xml' });
    expect(results).toEqual([
      {
        problem: {
          kind: 'failed',
          where: 'laughs.xml:1',
          message: expect.stringMatching(/^text is only XML entity references \("&lol9;"\)/),
        },
      },
      { article: expect.objectContaining({ text: 'Officials said talks resumed on Monday.' }) },
    ]);
  });

  it('a publication date more than a year after today fails its row; next year is fine', () => {
    const jsonl = [
      { text: 'Placeholder date on this row.', date: '2099-01-01' },
      { text: 'An embargoed story for next spring.', date: '2026-03-01' },
      { text: 'An ordinary story.', date: '2025-01-31' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const results = readText(jsonl, { path: 'dates.jsonl' }, { today: '2025-06-01' });
    expect(results.map((r) => ('article' in r ? r.article.published : r.problem))).toEqual([
      {
        kind: 'failed',
        where: 'dates.jsonl:1',
        message:
          'publication date 2099-01-01 is more than a year after today (2025-06-01); fix the date, or give one with --date',
      },
      '2026-03-01',
      '2025-01-31',
    ]);
  });
});
