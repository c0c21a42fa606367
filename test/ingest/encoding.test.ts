/**
 * --encoding: inputs in another character encoding are read when the user names it, and only
 * then (UTF-8 stays the default and nothing is guessed). Whole files, streamed JSON Lines and
 * the BBC workload's one Latin-1 file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReadOptions } from '../../src/ingest/index.js';
import { BBC, collect, SKIP_SHARED, tempDir } from './helpers.js';

let dir = '';
let cleanup = () => {};
const file = (name: string) => path.join(dir, name);
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const body = 'Prices\n\nThe pound (£) fell to 1.10 € against the euro, said Zoë Müller.\n';
  writeFileSync(file('cp1252.txt'), Buffer.from(body.replace('€', 'EUR'), 'latin1'));
  writeFileSync(
    file('utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]),
  );
  // a JSON Lines file above 64 KB is streamed, not read whole
  const row = JSON.stringify({
    title: 'Café prices',
    text: 'A café in Kyiv raised its prices by 20%.',
  });
  writeFileSync(file('rows.jsonl'), Buffer.from(`${row}\n`.repeat(2000), 'latin1'));
  // UTF-8 rows whose last character is cut off mid-sequence (the first two bytes of "€")
  const utf8Rows = Buffer.from(`${row}\n`.repeat(2000), 'utf8');
  writeFileSync(file('cut.jsonl'), Buffer.concat([utf8Rows, Buffer.from([0xe2, 0x82])]));
});
afterAll(() => cleanup());

describe('--encoding', () => {
  it('reads a windows-1252 file when told, and names the fix when not', async () => {
    const plain = await collect([file('cp1252.txt')]);
    expect(plain.articles).toEqual([]);
    expect(plain.problems[0]?.message).toMatch(/not UTF-8 text .*--encoding windows-1252$/);
    const told = await collect([file('cp1252.txt')], { encoding: 'windows-1252' });
    expect(told.problems).toEqual([]);
    expect(told.articles[0]?.text).toContain(
      'The pound (£) fell to 1.10 EUR against the euro, said Zoë Müller.',
    );
  });

  it('reads UTF-16 text, whose NUL bytes are not binary', async () => {
    const { articles, problems } = await collect([file('utf16.txt')], { encoding: 'utf-16le' });
    expect(problems).toEqual([]);
    expect(articles[0]?.text).toContain('1.10 € against the euro');
  });

  it('streams a large JSON Lines file in the named encoding', async () => {
    const { articles, problems } = await collect([file('rows.jsonl')], { encoding: 'latin1' });
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(2000);
    expect(articles[1999]?.text).toBe('A café in Kyiv raised its prices by 20%.');
  });

  it('reports a streamed UTF-8 file cut off mid-character, after the rows before it', async () => {
    const { articles, problems } = await collect([file('cut.jsonl')]);
    expect(articles).toHaveLength(2000);
    expect(problems.map((p) => [p.where, p.message])).toEqual([
      [
        `${file('cut.jsonl')}:2001`,
        'not UTF-8 text (a byte sequence is cut off at its end); convert it to UTF-8 or give its encoding, e.g. --encoding windows-1252',
      ],
    ]);
  });

  it('rejects an unknown encoding before reading, naming --encoding', () => {
    expect(() => checkReadOptions({ encoding: 'klingon-8' })).toThrow(
      /^--encoding: unknown encoding "klingon-8"/,
    );
  });

  it.skipIf(SKIP_SHARED)('reads the BBC workload’s Latin-1 file with its pound sign', async () => {
    const { articles, problems } = await collect([path.join(BBC, 'sport/199.txt')], {
      encoding: 'windows-1252',
    });
    expect(problems).toEqual([]);
    expect(articles[0]?.text).toMatch(/£\d/);
  });
});
