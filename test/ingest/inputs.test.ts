import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReadOptions, readInputs, readText } from '../../src/ingest/index.js';
import { fsMessage } from '../../src/ingest/sources.js';
import { collect, fixture, only, tempDir } from './helpers.js';

const IS_ROOT = process.getuid?.() === 0;
const SEED_FIXTURE = fixture('dated-title.txt');

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(path.join(dir, 'tree/sub/deeper'), { recursive: true });
  mkdirSync(path.join(dir, 'tree/.git'));
  copyFileSync(SEED_FIXTURE, path.join(dir, 'tree/a.txt'));
  copyFileSync(fixture('article.md'), path.join(dir, 'tree/sub/b.md'));
  copyFileSync(fixture('feed-atom.xml'), path.join(dir, 'tree/sub/deeper/c.atom'));
  copyFileSync(fixture('news-page.html'), path.join(dir, 'tree/sub/d.html'));
  writeFileSync(
    path.join(dir, 'tree/.hidden.txt'),
    'Hidden\n\nA hidden file is not read in a directory walk.',
  );
  writeFileSync(path.join(dir, 'tree/.git/e.txt'), 'Git\n\nInside a hidden directory.');
  writeFileSync(path.join(dir, 'tree/photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  writeFileSync(path.join(dir, 'tree/README.md'), '# Readme\n\nAbout this folder.');
  symlinkSync(path.join(dir, 'tree'), path.join(dir, 'tree/sub/loop'));
});
afterAll(() => cleanup());

describe('directories and globs', () => {
  it('walks a directory recursively in name order; hidden, unknown-type and README files are passed over silently', async () => {
    const { articles, problems } = await collect([path.join(dir, 'tree')]);
    expect(problems).toEqual([]);
    expect(
      articles.map((a) => [
        path.relative(dir, a.origin.path),
        a.origin.format,
        a.origin.item ?? null,
      ]),
    ).toEqual([
      ['tree/a.txt', 'dated-text', null],
      ['tree/sub/b.md', 'markdown', null],
      ['tree/sub/d.html', 'html', null],
      ['tree/sub/deeper/c.atom', 'atom', 1],
      ['tree/sub/deeper/c.atom', 'atom', 2],
      ['tree/sub/deeper/c.atom', 'atom', 3],
    ]);
  });

  it('expands globs', async () => {
    const { articles, problems } = await collect([path.join(dir, 'tree/**/*.{md,html}')]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => path.basename(a.origin.path))).toEqual(['b.md', 'd.html']);
  });

  it('a glob matching nothing is a problem naming the pattern', async () => {
    const pattern = path.join(dir, 'tree/*.nothing');
    expect((await collect([pattern])).problems).toEqual([
      { kind: 'failed', where: pattern, message: 'no readable files match this pattern' },
    ]);
  });

  it('a file named explicitly with an unknown extension is skipped with a problem; --input-format reads it', async () => {
    const jpg = path.join(dir, 'tree/photo.jpg');
    expect((await collect([jpg])).problems).toEqual([
      {
        kind: 'skipped',
        where: jpg,
        message: 'unknown file type ".jpg" (use --input-format to read it as one of the formats)',
      },
    ]);
    expect((await collect([jpg], { format: 'text' })).problems).toMatchObject([
      { kind: 'failed', where: jpg, message: expect.stringMatching(/^binary file/) },
    ]);
  });

  it('a file named explicitly is read even when hidden or extensionless (content decides)', async () => {
    const noext = path.join(dir, 'article');
    writeFileSync(
      noext,
      '<rss version="2.0"><channel><title>T</title><item><description>Item text.</description></item></channel></rss>',
    );
    expect(only((await collect([noext])).articles)).toMatchObject({
      text: 'Item text.',
      origin: { format: 'rss' },
    });
    expect(only((await collect([path.join(dir, 'tree/.hidden.txt')])).articles).title).toBe(
      'Hidden',
    );
  });
});

describe('bad inputs: one line each, naming the file; the others still read', () => {
  it('missing, empty, blank, binary, Latin-1, UTF-16, directory-in-path, and a good file after them', async () => {
    const bad = path.join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    const files = {
      missing: path.join(bad, 'missing.txt'),
      empty: fixture('empty.txt'),
      blank: fixture('blank.txt'),
      binary: path.join(bad, 'binary.txt'),
      latin1: path.join(bad, 'latin1.txt'),
      utf16: path.join(bad, 'utf16.txt'),
      notdir: path.join(SEED_FIXTURE, 'x.txt'),
    };
    writeFileSync(
      files.binary,
      Buffer.from('PK\u0003\u0004\u0000\u0000binary zip header', 'latin1'),
    );
    writeFileSync(
      files.latin1,
      Buffer.from('Caf\u00e9 owners\n\nPrices rose by \u00a35 in the caf\u00e9.', 'latin1'),
    );
    writeFileSync(
      files.utf16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Title\n\nBody text here.', 'utf16le'),
      ]),
    );
    const { articles, problems } = await collect([...Object.values(files), SEED_FIXTURE]);
    expect(articles.map((a) => a.origin.path)).toEqual([SEED_FIXTURE]);
    expect(problems).toEqual([
      { kind: 'failed', where: files.missing, message: 'no such file or directory' },
      { kind: 'failed', where: files.empty, message: 'empty file' },
      { kind: 'failed', where: files.blank, message: 'empty file (only white space)' },
      {
        kind: 'failed',
        where: files.binary,
        message: 'binary file (contains NUL bytes), not text',
      },
      {
        kind: 'failed',
        where: files.latin1,
        message:
          'not UTF-8 text (invalid byte 0xe9 at line 1, byte 3); convert it to UTF-8 or give its encoding, e.g. --encoding windows-1252',
      },
      {
        kind: 'failed',
        where: files.utf16,
        message:
          'not UTF-8 text (UTF-16 byte order mark); convert it to UTF-8 or give its encoding, e.g. --encoding utf-16le',
      },
      { kind: 'failed', where: files.notdir, message: 'a part of the path is not a directory' },
    ]);
    for (const p of problems) expect(p.message).not.toContain('\n');
  });

  it.skipIf(IS_ROOT ? 'running as root: permissions do not apply' : false)(
    'unreadable file and directory: permission denied',
    async () => {
      const locked = path.join(dir, 'locked');
      mkdirSync(path.join(locked, 'inner'), { recursive: true });
      writeFileSync(path.join(locked, 'secret.txt'), 'Secret\n\nText.');
      writeFileSync(path.join(locked, 'inner/x.txt'), 'X\n\nText.');
      chmodSync(path.join(locked, 'secret.txt'), 0o000);
      chmodSync(path.join(locked, 'inner'), 0o000);
      try {
        const { problems } = await collect([locked]);
        expect(problems).toEqual(
          [
            {
              kind: 'failed',
              where: path.join(locked, 'inner'),
              message: 'cannot read directory: permission denied',
            },
            {
              kind: 'failed',
              where: path.join(locked, 'secret.txt'),
              message: 'permission denied',
            },
          ].sort((a, b) => (a.where < b.where ? -1 : 1)),
        );
      } finally {
        chmodSync(path.join(locked, 'secret.txt'), 0o644);
        chmodSync(path.join(locked, 'inner'), 0o755);
      }
    },
  );

  it('file system errors are worded for people', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(fsMessage(err('EACCES'))).toBe('permission denied');
    expect(fsMessage(err('EPERM'))).toBe('permission denied');
    expect(fsMessage(err('ENOENT'))).toBe('no such file or directory');
    expect(fsMessage(err('EIO'))).toBe('cannot read (EIO)');
  });

  it('a broken symbolic link in a directory is reported, the rest read', async () => {
    const d = path.join(dir, 'links');
    mkdirSync(d, { recursive: true });
    symlinkSync(path.join(d, 'nowhere.txt'), path.join(d, 'broken.txt'));
    copyFileSync(SEED_FIXTURE, path.join(d, 'ok.txt'));
    const { articles, problems } = await collect([d]);
    expect(problems).toEqual([
      { kind: 'failed', where: path.join(d, 'broken.txt'), message: 'broken symbolic link' },
    ]);
    expect(articles).toHaveLength(1);
  });
});

describe('standard input', () => {
  const stdin = (text: string | Buffer) =>
    Readable.from([typeof text === 'string' ? Buffer.from(text) : text]);
  const cases: Array<[string, string]> = [
    [' date 2025-01-31 The report said talks would go on.', 'dated-text'],
    ['Talks go on\n\nThe report said talks would go on.', 'text'],
    ['<!DOCTYPE html><html><body><p>The report said talks would go on.</p></body></html>', 'html'],
    [
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E</title><summary>The report said talks would go on.</summary></entry></feed>',
      'atom',
    ],
    ['{"text": "The report said talks would go on."}\n{"text": "Second line."}\n', 'jsonl'],
    ['[{"text": "The report said talks would go on."}]', 'json'],
  ];
  for (const [text, format] of cases) {
    it(`detects ${format} from content`, async () => {
      const { articles, problems } = await collect(['-'], { stdin: stdin(text) });
      expect(problems).toEqual([]);
      expect(articles[0]).toMatchObject({
        origin: { path: '-', format },
        text: 'The report said talks would go on.',
      });
    });
  }
  it('--input-format overrides detection', async () => {
    const { articles } = await collect(['-'], {
      stdin: stdin('title,text\nA,"From CSV on stdin."\n'),
      format: 'csv',
    });
    expect(articles).toMatchObject([
      { text: 'From CSV on stdin.', origin: { path: '-', format: 'csv', item: 2 } },
    ]);
  });
  it('empty and binary standard input are problems for "-"', async () => {
    expect((await collect(['-'], { stdin: stdin('') })).problems).toEqual([
      { kind: 'failed', where: '-', message: 'empty file' },
    ]);
    expect((await collect(['-'], { stdin: stdin(Buffer.from([1, 0, 2])) })).problems).toMatchObject(
      [{ where: '-', message: expect.stringMatching(/^binary/) }],
    );
  });
});

describe('options are checked before anything is read', () => {
  it('bad --date, --input-format and --map fields throw a SitrepError naming the option', async () => {
    expect(() => checkReadOptions({ date: '2025-13-45' })).toThrow(
      '--date: "2025-13-45" is not a valid date',
    );
    expect(() => checkReadOptions({ format: 'pdf' })).toThrow(
      /--input-format: unknown input format "pdf"/,
    );
    expect(() => checkReadOptions({ map: { body: 'text' } })).toThrow(
      /--map: unknown field "body"/,
    );
    await expect(collect([SEED_FIXTURE], { date: 'yesterday' })).rejects.toThrow(/--date/);
    expect(() => readText('x', { path: 'a.txt' }, { format: 'doc' })).toThrow(/--input-format/);
  });
  it('--date is used where the input gives none, and not where it does', async () => {
    const { articles } = await collect([SEED_FIXTURE, fixture('article.md')], {
      date: '2025-03-01',
    });
    expect(articles.map((a) => a.published)).toEqual(['2025-02-03', '2025-03-01']);
  });
  it('readInputs is lazy: files are read one at a time as results are taken', async () => {
    const it = readInputs([path.join(dir, 'tree')], {})[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value).toMatchObject({ article: { origin: { format: 'dated-text' } } });
    await it.return?.(undefined);
  });
});
