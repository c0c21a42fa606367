import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBytes, readText } from '../../src/ingest/index.js';
import { rowDate } from '../../src/ingest/row-date.js';
import { split, collect, fixture, HEADLINES, RUWA, SKIP_SHARED, tempDir } from './helpers.js';

const CSV_MAP = {
  text: 'body',
  title: 'headline',
  published: 'published_on',
  outlet: 'outlet_name',
  url: 'link',
};

describe('JSON Lines', () => {
  it('reads each line with default columns; bad lines are problems with their line number and reading goes on', async () => {
    const { articles, problems } = await collect([fixture('articles.jsonl')]);
    expect(articles.map((a) => [a.origin.item, a.title, a.published, a.outlet])).toEqual([
      [1, 'Ukraine receives first F-16 jets', '2024-08-04', 'Kyiv Dispatch'],
      [2, 'Grain corridor ships leave Odesa', '2024-08-05T06:30:00Z', 'Kyiv Dispatch'],
      [8, 'Mine clearance continues', '2024-08-07', 'Kyiv Dispatch'],
    ]);
    expect(articles[0]).toMatchObject({
      origin: { format: 'jsonl', url: 'https://kyivdispatch.example/f16' },
    });
    const where = (n: number) => `${fixture('articles.jsonl')}:${n}`;
    expect(problems.map((p) => [p.kind, p.where])).toEqual([
      ['failed', where(3)],
      ['skipped', where(4)],
      ['failed', where(6)],
      ['failed', where(7)],
    ]);
    expect(problems[0]?.message).toMatch(/^not valid JSON/);
    expect(problems[1]?.message).toMatch(/^row has no text/);
    expect(problems[2]?.message).toBe('row has an unreadable date "next Wednesday"');
    expect(problems[3]?.message).toBe('not a JSON object');
  });

  it('a bad byte in one line fails that line only, named file:N; the rest are stored', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const line = (i: number) => JSON.stringify({ text: `Report ${i} from the front.` });
      // 5 lines (read whole) and 5000 lines (past the first 64 KB, streamed)
      for (const [n, bad] of [
        [5, 4],
        [5000, 4000],
      ] as const) {
        const file = path.join(dir, `bad${n}.jsonl`);
        const lines = Array.from({ length: n }, (_, i) =>
          i + 1 === bad
            ? Buffer.concat([
                Buffer.from('{"text": "fo'),
                Buffer.from([0xc3, 0x28]),
                Buffer.from('ur"}\n'),
              ])
            : Buffer.from(`${line(i + 1)}\n`),
        );
        writeFileSync(file, Buffer.concat(lines));
        const { articles, problems } = await collect([file]);
        expect(articles).toHaveLength(n - 1);
        expect(articles.at(-1)?.origin.item).toBe(n);
        expect(problems).toEqual([
          {
            kind: 'failed',
            where: `${file}:${bad}`,
            message: expect.stringMatching(/^not UTF-8 text \(invalid byte 0xc3 at column 13\)/),
          },
        ]);
      }
      // standard input: the same line fails alone
      const stdin = Buffer.concat([
        Buffer.from(`${line(1)}\n`),
        Buffer.from([0xff]),
        Buffer.from(`\n${line(3)}\n`),
      ]);
      const { articles, problems } = split(readBytes(stdin, '-'));
      expect(articles.map((a) => a.origin.item)).toEqual([1, 3]);
      expect(problems.map((p) => p.where)).toEqual(['-:2']);
    } finally {
      cleanup();
    }
  });

  it('follows a column mapping, dotted paths included', () => {
    const jsonl =
      '{"story": {"body": "Talks resumed in Geneva on Monday."}, "when": "2024-05-06", "site": "Wire"}\n';
    const [r] = readText(
      jsonl,
      { path: 'x.jsonl' },
      { map: { text: 'story.body', published: 'when', outlet: 'site' } },
    );
    expect(r).toMatchObject({
      article: {
        text: 'Talks resumed in Geneva on Monday.',
        published: '2024-05-06',
        outlet: 'Wire',
        origin: { item: 1 },
      },
    });
  });

  it('language columns are read as ISO 639-1 codes', () => {
    const out = readText(
      '{"text": "Текст.", "lang": "uk-UA"}\n{"text": "Text.", "lang": "English"}\n',
      { path: 'l.jsonl' },
    );
    expect(out).toMatchObject([{ article: { language: 'uk' } }, { article: { language: null } }]);
  });

  it('an explicit text column that is empty skips the row, naming the column', () => {
    const [r] = readText(
      '{"body": "", "title": "T"}',
      { path: 'x.jsonl' },
      { map: { text: 'body' } },
    );
    expect(r).toEqual({
      problem: {
        kind: 'skipped',
        where: 'x.jsonl:1',
        message: 'row has no text (nothing in column "body")',
      },
    });
  });
});

describe('JSON arrays: the CNN headlines file', () => {
  it.skipIf(SKIP_SHARED)('reads all 12,018 headlines with their first-seen time', async () => {
    const { articles, problems } = await collect([HEADLINES]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(12018);
    expect(articles[0]).toMatchObject({
      origin: { path: HEADLINES, format: 'json', item: 1, url: null },
      text: 'Putin lashes out with ominous threat to Ukrainians and other countries',
      title: 'Putin lashes out with ominous threat to Ukrainians and other countries',
      published: '2022-02-24T09:26:03Z',
    });
    expect(
      articles.every((a) => /^202[23]-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/.test(a.published ?? '')),
    ).toBe(true);
  });

  it('bad elements are problems of their own; malformed JSON fails the file', () => {
    const { articles, problems } = split(
      readText('[{"headline": "A"}, 5, {"headline": "B", "date": "nope"}]', { path: 'a.json' }),
    );
    expect(articles.map((a) => a.text)).toEqual(['A']);
    expect(problems).toEqual([
      { kind: 'failed', where: 'a.json:2', message: 'item 2 is not a JSON object' },
      { kind: 'failed', where: 'a.json:3', message: 'item 3 has an unreadable date "nope"' },
    ]);
    expect(readText('[{"headline": "A"},', { path: 'b.json' })).toMatchObject([
      {
        problem: {
          kind: 'failed',
          where: 'b.json',
          message: expect.stringMatching(/^not valid JSON/),
        },
      },
    ]);
  });
});

describe('CSV', () => {
  it('reads rows through --map; problems carry the line the row starts on', async () => {
    const { articles, problems } = await collect([fixture('articles.csv')], { map: CSV_MAP });
    expect(
      articles.map((a) => [a.origin.item, a.title, a.published, a.outlet, a.origin.url]),
    ).toEqual([
      [
        2,
        'Ukraine receives first F-16 jets',
        '2024-08-04',
        'Kyiv Dispatch',
        'https://kyivdispatch.example/f16',
      ],
      [
        3,
        'Grain corridor ships leave Odesa',
        '2024-08-05',
        'Kyiv Dispatch',
        'https://kyivdispatch.example/grain',
      ],
      [
        8,
        'Mine clearance continues',
        '2024-08-07',
        'Kyiv Dispatch',
        'https://kyivdispatch.example/mines',
      ],
    ]);
    expect(articles[1]?.text).toBe(
      'Three ships carrying grain left the port of Odesa on Monday.\n\nThe infrastructure ministry said more would follow.',
    );
    expect(problems).toEqual([
      {
        kind: 'skipped',
        where: `${fixture('articles.csv')}:6`,
        message: 'row has no text (nothing in column "body")',
      },
      {
        kind: 'failed',
        where: `${fixture('articles.csv')}:7`,
        message: 'row has an unreadable date "next Wednesday"',
      },
    ]);
  });

  it('a mapped column missing from the header fails the file once', async () => {
    const { articles, problems } = await collect([fixture('articles.csv')], {
      map: { text: 'article_text' },
    });
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      {
        kind: 'failed',
        where: fixture('articles.csv'),
        message:
          'column "article_text" (mapped to text) is not in the header: id, headline, body, published_on, outlet_name, link',
      },
    ]);
  });

  it('a header with no text column at all says how to map one', () => {
    expect(readText('id,when\n1,2024-01-01\n', { path: 'n.csv' })).toEqual([
      {
        problem: {
          kind: 'failed',
          where: 'n.csv',
          message: 'no text column in the header (id, when); name one with --map text=COLUMN',
        },
      },
    ]);
  });

  it('a malformed record is reported with its line and the rows before it are kept', () => {
    const { articles, problems } = split(
      readText('title,text\nA,"First row."\nB,"unclosed\n', { path: 'q.csv' }),
    );
    expect(articles.map((a) => a.text)).toEqual(['First row.']);
    expect(problems).toEqual([
      {
        kind: 'failed',
        where: 'q.csv:3',
        message: 'malformed CSV record (a quoted field opened here is never closed)',
      },
    ]);
  });

  it('a row with broken quoting fails alone, once, in file order; the rows after it are kept', () => {
    const cases = [
      // an unclosed quote swallowing the next row; a stray quote inside a quoted field
      'title,text\nA,"First ok."\nB,"unclosed\nC,"Third fine."\nD,"Fourth fine."\n',
      'title,text\nA,"First ok."\nB,"bro"ken here"\nC,"Third fine."\nD,"Fourth fine."\n',
      'title,text\nA,"First ok."\nB,"a"b"c"\nC,"Third fine."\nD,"Fourth fine."\n',
    ];
    for (const csv of cases) {
      const results = readText(csv, { path: 'broken.csv' });
      expect(
        results.map((r) => ('article' in r ? r.article.origin.item : r.problem.where)),
        csv,
      ).toEqual([2, 'broken.csv:3', 4, 5]);
      const [p] = split(results).problems;
      expect(p?.message).toMatch(/^malformed CSV record \(/);
      // the location is said once, by `where`
      expect(p?.message).not.toMatch(/line \d/);
    }
  });

  it('a row with a bad byte fails alone as file:N, in a small and in a streamed file', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const rows = (n: number) =>
        Array.from({ length: n }, (_, i) => `${i},"Row ${i} from the front."`).join('\n');
      for (const n of [4, 5000]) {
        const file = path.join(dir, `bad${n}.csv`);
        writeFileSync(
          file,
          Buffer.concat([
            Buffer.from(`id,text\n${rows(n)}\n`),
            Buffer.from('x,"caf'),
            Buffer.from([0xe9]),
            Buffer.from(' au lait"\n'),
            Buffer.from('y,"After the bad row."\n'),
          ]),
        );
        const { articles, problems } = await collect([file]);
        expect(articles).toHaveLength(n + 1);
        expect(articles.at(-1)?.text).toBe('After the bad row.');
        expect(problems).toEqual([
          {
            kind: 'failed',
            where: `${file}:${n + 2}`,
            message: expect.stringMatching(/^not UTF-8 text \(invalid byte 0xe9 at column 7\)/),
          },
        ]);
      }
    } finally {
      cleanup();
    }
  });

  it('TSV and semicolon-separated files', () => {
    expect(readText('title\ttext\nA\tTab separated.\n', { path: 't.tsv' })).toMatchObject([
      { article: { text: 'Tab separated.', origin: { format: 'tsv' } } },
    ]);
    expect(
      readText('title;text;date\nA;Semicolons, used here.;17.05.2023\n', { path: 's.csv' }),
    ).toMatchObject([{ article: { text: 'Semicolons, used here.', published: '2023-05-17' } }]);
  });

  it.skipIf(SKIP_SHARED)(
    'RUWA: default columns (desc as text, Date, Site, src), month-first dates',
    async () => {
      const t0 = performance.now();
      const { articles, problems } = await collect([RUWA]);
      expect(performance.now() - t0).toBeLessThan(30_000);
      expect(articles.length).toBe(13789);
      expect(articles.length + problems.length).toBe(16545);
      expect(
        problems.every(
          (p) =>
            p.kind === 'skipped' &&
            /has no text \(nothing in desc; to use another column: --map text=COLUMN\)$/.test(
              p.message,
            ),
        ),
      ).toBe(true);
      const msnbc = articles.find((a) =>
        a.title?.startsWith('Adm. Stavridis: Ukraine strikes major warship'),
      );
      expect(msnbc).toMatchObject({
        outlet: expect.stringMatching(/msnbc/i),
        origin: { format: 'csv', url: expect.stringMatching(/^https:\/\//) },
      });
      expect(msnbc?.published).toMatch(/^2022-04-1\d$/);
      expect(articles.every((a) => /^202[12]-\d\d-\d\d$/.test(a.published ?? ''))).toBe(true);
    },
  );

  it.skipIf(SKIP_SHARED)('RUWA with --map text=title reads every titled row', async () => {
    const { articles, problems } = await collect([RUWA], { map: { text: 'title' } });
    expect(articles.length).toBe(15393);
    expect(problems.length).toBe(16545 - 15393);
  });
});

describe('dates in rows', () => {
  const cases: Array<[string, string | null, boolean?]> = [
    ['2024-08-04', '2024-08-04'],
    ['2022-02-24T09:26:03+00:00', '2022-02-24T09:26:03Z'],
    ['Tue, 11 Feb 2025 05:42:00 +0000', '2025-02-11T05:42:00Z'],
    ['02/28/2022', '2022-02-28'],
    ['28/02/2022', '2022-02-28'],
    ['03/04/2022', '2022-03-04'],
    ['03/04/2022', '2022-04-03', true],
    ['17.05.2023', '2023-05-17'],
    ['02/30/2022', null],
    ['13/13/2022', null],
    ['next Wednesday', null],
    ['2022', null],
  ];
  for (const [raw, want, dayFirst] of cases)
    it(`${raw}${dayFirst ? ' (day first)' : ''}`, () => expect(rowDate(raw, dayFirst)).toBe(want));
});
