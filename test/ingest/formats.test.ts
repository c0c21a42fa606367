import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../src/ingest/decode.js';
import { extensionOf, sniffFormat } from '../../src/ingest/formats.js';

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
    ['<rss>', 'text', 'text'],
  ];
  for (const [head, want, hint] of cases)
    it(`${JSON.stringify(head.slice(0, 30))} (${hint ?? 'no extension'}) -> ${want}`, () =>
      expect(sniffFormat(head, hint as never)).toBe(want));

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
