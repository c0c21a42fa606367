/** The watcher's small parts: the feeds file, durations and sizes, back-off, URLs, feed items. */
import { describe, expect, it } from 'vitest';
import { parseDuration, parseSize } from '../../src/apps/cli/commands/watch.js';
import { parseFeedsFile } from '../../src/watch/feeds-file.js';
import { refusedUrl, retryAfter } from '../../src/watch/http.js';
import { backoff, charsetOf, MAX_BACKOFF } from '../../src/watch/index.js';
import { feedItems, SUMMARY_MAX } from '../../src/watch/items.js';

describe('feeds file', () => {
  it('reads one URL a line, drops comments, blanks, fragments and repeats, reports bad lines', () => {
    const text = [
      '\uFEFF# world news',
      'https://example.org/world.rss   # hourly',
      '',
      '   http://example.org/a.xml#top',
      'https://example.org/world.rss',
      'ftp://example.org/feed.xml',
      'file:///etc/passwd',
      'example.org/feed.xml',
      'https://example.org/a b.xml',
      'https://example.org/c.xml?x=1#2',
    ].join('\r\n');
    const { feeds, problems } = parseFeedsFile(text, 'feeds.txt');
    expect(feeds).toEqual([
      'https://example.org/world.rss',
      'http://example.org/a.xml',
      'https://example.org/c.xml?x=1',
    ]);
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'feeds.txt:6: only http and https are fetched, not ftp: (ftp://example.org/feed.xml)',
      'feeds.txt:7: only http and https are fetched, not file: (file:///etc/passwd)',
      'feeds.txt:8: not a URL: example.org/feed.xml',
      'feeds.txt:9: one URL per line (this line has spaces)',
    ]);
  });
});

describe('options', () => {
  it('reads durations and sizes, and names the flag of a bad one', () => {
    expect(parseDuration('15m', '--every')).toBe(900_000);
    expect(parseDuration('1h30m', '--every')).toBe(5_400_000);
    expect(parseDuration('250ms', '--timeout')).toBe(250);
    expect(() => parseDuration('15', '--every')).toThrow('--every: "15" is not a duration');
    expect(() => parseDuration('m', '--every')).toThrow(/not a duration/);
    expect(parseSize('10MB', '--max-size')).toBe(10 * 1048576);
    expect(parseSize('512kb', '--max-size')).toBe(512 * 1024);
    expect(() => parseSize('ten', '--max-size')).toThrow('--max-size: "ten" is not a size');
    expect(() => parseSize('10', '--max-size')).toThrow(/too small/);
  });
});

describe('back-off and URLs', () => {
  it('doubles the wait with each failure, up to a day', () => {
    expect([1, 2, 3, 4].map((n) => backoff(n, 300_000))).toEqual([
      300_000, 600_000, 1_200_000, 2_400_000,
    ]);
    expect(backoff(40, 300_000)).toBe(MAX_BACKOFF);
  });
  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfter('120')).toBe(120_000);
    expect(retryAfter('Tue, 03 Jun 2025 08:01:00 GMT', Date.parse('2025-06-03T08:00:00Z'))).toBe(
      60_000,
    );
    expect(retryAfter('soon')).toBeNull();
  });
  it('fetches http and https only', () => {
    expect(refusedUrl('https://example.org/')).toBeNull();
    for (const u of [
      'file:///etc/passwd',
      'data:text/plain,hi',
      'ftp://x/y',
      'javascript:alert(1)',
      'gopher://x',
    ])
      expect(refusedUrl(u)).toMatch(/^only http and https are fetched, not [a-z]+:/);
    expect(refusedUrl('/relative')).toMatch(/^not a URL/);
  });
  it('takes the charset from the header, else the XML declaration or meta', () => {
    const got = (type: string, body: string) => ({
      headers: new Headers({ 'content-type': type }),
      body: Buffer.from(body),
    });
    expect(charsetOf(got('text/xml; charset=ISO-8859-1', '<?xml version="1.0"?>'))).toBe(
      'windows-1252',
    );
    expect(charsetOf(got('text/xml', '<?xml version="1.0" encoding="windows-1251"?><rss/>'))).toBe(
      'windows-1251',
    );
    expect(charsetOf(got('text/html', '<html><head><meta charset="koi8-r">'))).toBe('koi8-r');
    expect(charsetOf(got('text/html', '<html>'))).toBeUndefined();
    expect(charsetOf(got('text/html; charset=nonsense', '<html>'))).toBeUndefined();
  });
});

describe('feed items', () => {
  const atom = (entries: string) =>
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Wire</title>${entries}</feed>`;
  it('keys items by id, else link; asks for the page only when the entry has a short summary', () => {
    const long = 'Officials said the talks had failed. '.repeat(Math.ceil(SUMMARY_MAX / 30));
    const read = feedItems(
      atom(
        `<entry><id>tag:1</id><title>Full</title><link href="https://e.org/1"/><content type="html">&lt;p&gt;Officials said on Monday that the talks failed.&lt;/p&gt;</content><updated>2025-06-02T10:00:00Z</updated></entry>` +
          `<entry><title>Teaser</title><link rel="alternate" href="https://e.org/2"/><summary>Talks failed.</summary><updated>2025-06-02T10:00:00Z</updated></entry>` +
          `<entry><id>tag:3</id><title>Long summary</title><link href="https://e.org/3"/><summary>${long}</summary><updated>2025-06-02T10:00:00Z</updated></entry>` +
          `<entry><id>tag:4</id><title>Title only</title><link href="https://e.org/4"/><updated>2025-06-02T10:00:00Z</updated></entry>`,
      ),
      'https://e.org/feed',
      '2025-06-10',
    );
    if ('problem' in read) throw new Error(read.problem);
    expect(read.items.map((i) => [i.key, i.link, i.summaryOnly, 'article' in i.read])).toEqual([
      ['id:tag:1', 'https://e.org/1', false, true],
      ['link:https://e.org/2', 'https://e.org/2', true, true],
      ['id:tag:3', 'https://e.org/3', false, true],
      ['id:tag:4', 'https://e.org/4', true, false],
    ]);
    expect(read.items[3]!.title).toBe('Title only');
  });
  it('resolves relative links against the feed URL, and keeps other schemes as they are', () => {
    const read = feedItems(
      '<rss version="2.0"><channel><title>t</title>' +
        '<item><guid>1</guid><link>/news/1.html</link><description>A teaser.</description></item>' +
        '<item><guid>2</guid><link>file:///etc/passwd</link><description>A teaser.</description></item>' +
        '</channel></rss>',
      'https://e.org/feeds/top.xml',
      '2025-06-10',
    );
    if ('problem' in read) throw new Error(read.problem);
    expect(read.items.map((i) => i.link)).toEqual([
      'https://e.org/news/1.html',
      'file:///etc/passwd',
    ]);
  });
  it('names a broken or foreign document in one line', () => {
    expect(feedItems('<rss><channel><item></channel></rss>', 'u', '2025-06-10')).toEqual({
      problem: expect.stringMatching(/^malformed XML at line 1: [^\n]+$/),
    });
    expect(feedItems('<html><body/></html>', 'u', '2025-06-10')).toEqual({
      problem: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)',
    });
    expect(feedItems('<rss version="2.0"><channel><title>t</title></channel></rss>', 'u')).toEqual({
      items: [],
    });
  });
});
