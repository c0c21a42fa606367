import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../src/ingest/decode.js';
import { extensionOf, sniffFormat } from '../../src/ingest/formats.js';
import { readInputs } from '../../src/ingest/index.js';

describe('format detection', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['  date 2025-01-31 Body', 'dated-text', undefined],
    ['\uFEFFdate 2025-01-31 Body', 'dated-text', 'text'],
    ['date yesterday Body', 'dated-text', 'markdown'],
    ['Date night ideas\n\nBody', 'text', 'text'],
    ['dated 2025-01-31', 'text', undefined],
    ['<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0">', 'rss', 'feed'],
    ['<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss>', 'rss', undefined],
    ['<rdf:RDF xmlns:rdf="x">', 'rss', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'atom', 'feed'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html', 'feed'],
    ['<!DOCTYPE html><html>', 'html', undefined],
    ['<urlset>', 'feed', 'feed'],
    ['[{"a": 1}]', 'json', undefined],
    ['{"a": 1}\n{"a": 2}', 'jsonl', undefined],
    ['{"a": 1}', 'json', 'json'],
    ['{"a": 1}', 'jsonl', 'jsonl'],
    ['a,b\n1,2', 'csv', 'csv'],
    ['Just words', 'text', undefined],
    // no extension (standard input): CSV and Markdown are told from their content
    ['id,title,body,date\n1,"A","B",2024-01-01', 'csv', undefined],
    ['"title";"text"\n"A";"B"', 'csv', undefined],
    ['headline\tdescription\nA\tB', 'tsv', undefined],
    ['# Troops advance\n\nOfficials **said** on Monday.', 'markdown', undefined],
    [
      'Officials **said** on Monday, [the ministry](https://x.example) said.',
      'markdown',
      undefined,
    ],
    // what must not match: prose with commas, one Markdown-like mark, a bare header without known columns
    ['Yes, no, maybe\nOfficials said on Monday.', 'text', undefined],
    ['Officials said, on Monday, that talks failed.', 'text', undefined],
    ['Prices rose 3*4 times [sic] in Kyiv.', 'text', undefined],
    ['alpha,beta\n1,2', 'text', undefined],
    ['#hashtag trends\nOfficials said.', 'text', undefined],
    ['<rss>', 'text', 'text'],
  ];
  for (const [head, want, hint] of cases)
    it(`${JSON.stringify(head.slice(0, 30))} (${hint ?? 'no extension'}) -> ${want}`, () =>
      expect(sniffFormat(head, hint as never)).toBe(want));

  it('standard input: CSV rows and Markdown are read as such, not as one plain-text record', async () => {
    const read = async (text: string, opts = {}) => {
      const out = [];
      for await (const r of readInputs(['-'], { stdin: Readable.from([Buffer.from(text)]), ...opts })) out.push(r);
      return out;
    };
    const csv = await read('title,body\nA,"Talks resumed in Geneva."\nB,"Ships left Odesa."\n', {
      map: { text: 'body' },
    });
    expect(
      csv.map((r) => ('article' in r ? [r.article.origin.format, r.article.text] : r)),
    ).toEqual([
      ['csv', 'Talks resumed in Geneva.'],
      ['csv', 'Ships left Odesa.'],
    ]);
    const md = await read(
      '# Troops advance\n\nOfficials **said** that [talks](https://x.example) failed.\n',
    );
    expect(md).toMatchObject([
      { article: { origin: { format: 'markdown' }, title: 'Troops advance' } },
    ]);
    const text = 'article' in md[0]! ? md[0].article.text : '';
    expect(text).not.toMatch(/[#*]|\]\(/);
  });

  it('extensions', () => {
    expect(extensionOf('a/b/News.HTML')).toBe('.html');
    expect(extensionOf('a.b/noext')).toBe('');
    expect(extensionOf('.hidden')).toBe('');
  });
});

describe('decoding', () => {
  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidByte(Buffer.from('añb'))).toBe(4);
    expect(firstInvalidByte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidByte(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidByte(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(4);
  });
  it('strips a byte order mark and keeps the text', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFTitle\n\nBody'))).toEqual({ text: 'Title\n\nBody' });
  });
  it('a file cut in the middle of a character is not UTF-8', () => {
    expect(decodeUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toEqual({
      error:
        'not UTF-8 text (invalid byte 0xe2 at line 1, byte 2); convert it to UTF-8 or give its encoding, e.g. --encoding windows-1252',
    });
  });
});
