import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.js';
import { collect, fixture } from './helpers.js';

describe('RSS 2.0', () => {
  it('one article per item with title, link, date, text and the channel as outlet', async () => {
    const { articles, problems } = await collect([fixture('feed-rss.xml')]);
    expect(articles).toHaveLength(2);
    const [a, b] = articles;
    expect(a).toMatchObject({
      origin: {
        path: fixture('feed-rss.xml'),
        format: 'rss',
        item: 1,
        url: 'https://kyivdispatch.example/news/2025/02/11/bryansk-oil-depot-strike',
      },
      title: 'Ukraine says drone strike hit oil depot in Bryansk region',
      published: '2025-02-11T05:42:00Z',
      outlet: 'Kyiv Dispatch – War',
      language: 'en',
    });
    // content:encoded (CDATA HTML) wins over description; paragraphs and entities kept
    expect(a?.text).toBe(
      "Ukraine's military said on Tuesday that its long-range drones struck an oil depot in Russia's Bryansk region overnight.\n\n“The depot supplied fuel to Russian units,” the General Staff said.\n\nSmoke over the depot",
    );
    // escaped HTML in description, dc:date
    expect(b).toMatchObject({
      origin: { item: 2 },
      published: '2025-02-11T08:30:00Z',
      title: 'EU ministers discuss 16th sanctions package & oil price cap',
    });
    expect(b?.text).toBe(
      'European Union foreign ministers met in Brussels on Tuesday to discuss a sixteenth package of sanctions against Russia.\n\nDiplomats said the package targets the "shadow fleet" of tankers.',
    );
    expect(problems).toEqual([
      {
        kind: 'skipped',
        where: `${fixture('feed-rss.xml')}:3`,
        message: 'feed item 3 has no text (no content:encoded or description)',
      },
      {
        kind: 'failed',
        where: `${fixture('feed-rss.xml')}:4`,
        message: 'feed item 4 has an unreadable date "sometime on Tuesday"',
      },
    ]);
  });

  it('RSS 1.0 (RDF) items and a permalink guid', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Wire</title></channel>
      <item><title>One</title><link>https://w.example/1</link><dc:date>2024-01-02</dc:date><description>First item text.</description></item></rdf:RDF>`;
    expect(readText(rdf, { path: 'w.rdf' }, { format: 'feed' })).toMatchObject([
      {
        article: {
          title: 'One',
          origin: { url: 'https://w.example/1', item: 1 },
          published: '2024-01-02',
          outlet: 'Wire',
          text: 'First item text.',
        },
      },
    ]);
  });
});

describe('RSS links', () => {
  it('a permalink guid stands in for a missing <link>; a non-permalink guid does not', () => {
    const rss = (guid: string) =>
      `<rss version="2.0"><channel><title>W</title><item>${guid}<pubDate>Mon, 03 Feb 2025 09:00:00 GMT</pubDate><description>Text of the item.</description></item></channel></rss>`;
    expect(readText(rss('<guid>https://w.example/a</guid>'), { path: 'w.rss' })).toMatchObject([
      { article: { origin: { url: 'https://w.example/a' }, published: '2025-02-03T09:00:00Z' } },
    ]);
    expect(
      readText(rss('<guid isPermaLink="false">https://w.example/a</guid>'), { path: 'w.rss' }),
    ).toMatchObject([{ article: { origin: { url: null } } }]);
  });
});

describe('Atom', () => {
  it('one article per entry: html and xhtml content, summary, published else updated', async () => {
    const { articles, problems } = await collect([fixture('feed-atom.xml')]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.origin.item, a.origin.url, a.published, a.title])).toEqual([
      [
        1,
        'https://courier.example/local/flood-defences-approved',
        '2024-11-05T18:00:00Z',
        'City council approves new flood defences',
      ],
      [
        2,
        'https://courier.example/local/bridge-closed',
        '2024-11-06T08:15:00Z',
        'Bridge closed for repairs until March',
      ],
      [3, null, '2024-11-06T08:40:00Z', 'Weekend weather'],
    ]);
    expect(articles[0]?.text).toBe(
      'The city council voted 31 to 9 on Tuesday to approve a £12m scheme of flood walls.\n\nCouncil leader Sarah Holt said the scheme would protect about 1,200 properties.',
    );
    expect(articles[1]?.text).toBe(
      'The Skeldergate bridge will be closed to traffic from Monday.\n\nEngineers found cracks in two of its supports & said repairs would take until March.',
    );
    expect(
      articles.every(
        (a) =>
          a.outlet === 'Riverside Courier: Local news' &&
          a.language === 'en' &&
          a.origin.format === 'atom',
      ),
    ).toBe(true);
  });
});

describe('bad feeds', () => {
  it('malformed XML fails the file with the line', async () => {
    const { articles, problems } = await collect([fixture('feed-malformed.xml')]);
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      {
        kind: 'failed',
        where: fixture('feed-malformed.xml'),
        message: expect.stringMatching(/^malformed XML at line 8: .*closing tag/),
      },
    ]);
  });
  it('an XML file that is not a feed', () => {
    expect(
      readText('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', { path: 's.xml' }),
    ).toEqual([
      {
        problem: {
          kind: 'failed',
          where: 's.xml',
          message: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)',
        },
      },
    ]);
  });
  it('a feed with no items', () => {
    expect(
      readText('<rss version="2.0"><channel><title>Empty</title></channel></rss>', {
        path: 'e.rss',
      }),
    ).toMatchObject([{ problem: { kind: 'skipped', message: 'feed has no items' } }]);
  });
  it('an entity expansion bomb is refused quickly', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]><rss><channel><title>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</title><item><title>&e;&e;&e;&e;&e;&e;</title><description>x</description></item></channel></rss>`;
    const t0 = performance.now();
    const results = readText(bomb, { path: 'bomb.xml' });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(results).toHaveLength(1);
    const r = results[0];
    if (r && 'article' in r) expect((r.article.outlet ?? '').length).toBeLessThan(200_000);
  });
});
