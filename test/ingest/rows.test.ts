import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.js';
import { rowDate } from '../../src/ingest/row-date.js';
import { split, collect, fixture, HEADLINES, RUWA, SKIP_SHARED } from './helpers.js';

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
    expect(problems[0]?.message).toMatch(/^line 3 is not valid JSON/);
    expect(problems[1]?.message).toMatch(/^line 4 has no text/);
    expect(problems[2]?.message).toBe('line 6 has an unreadable date "next Wednesday"');
    expect(problems[3]?.message).toBe('line 7 is not a JSON object');
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
        message: 'line 1 has no text (nothing in column "body")',
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
      articles.every((a) => /^202[23]-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(a.published ?? '')),
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
        message: 'line 6 has no text (nothing in column "body")',
      },
      {
        kind: 'failed',
        where: `${fixture('articles.csv')}:7`,
        message: 'line 7 has an unreadable date "next Wednesday"',
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
    expect(problems).toMatchObject([
      {
        kind: 'failed',
        where: expect.stringMatching(/^q\.csv:\d+$/),
        message: expect.stringMatching(/malformed CSV record \(Quote Not Closed/),
      },
    ]);
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
