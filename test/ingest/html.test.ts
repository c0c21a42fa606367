import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.js';
import { htmlToText } from '../../src/ingest/html-text.js';
import { collect, fixture, only } from './helpers.js';

describe('HTML: a news page with JSON-LD in @graph and og: tags', () => {
  it('reads main text, title, date, outlet, language and canonical URL', async () => {
    const { articles, problems } = await collect([fixture('news-page.html')]);
    expect(problems).toEqual([]);
    const a = only(articles);
    expect(a.title).toBe('Ukraine says drone strike hit oil depot in Bryansk region');
    expect(a.published).toBe('2025-02-11T07:42:00+02:00'); // the page's own clock and offset
    expect(a.outlet).toBe('Kyiv Dispatch');
    expect(a.language).toBe('en');
    expect(a.origin).toEqual({
      path: fixture('news-page.html'),
      url: 'https://kyivdispatch.example/news/2025/02/11/bryansk-oil-depot-strike',
      format: 'html',
    });
    expect(a.text.startsWith("Ukraine's military said on Tuesday that its long-range drones")).toBe(
      true,
    );
    expect(a.text).toContain('Brussels.');
  });

  it('keeps paragraph breaks and drops navigation, ads, bylines, related links, scripts and footer', async () => {
    const a = only((await collect([fixture('news-page.html')])).articles);
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    expect(paragraphs).toContain(
      'Bryansk governor Alexander Bogomaz wrote on Telegram that air defences had destroyed 14 drones over the region and that there were no casualties. He did not mention the depot.',
    );
    for (const junk of [
      'Subscribe',
      'Advertisement',
      'Read more',
      'All rights reserved',
      'dataLayer',
      'By Olena',
      'Privacy',
    ])
      expect(a.text).not.toContain(junk);
  });
});

describe('HTML: malformed JSON-LD is ignored, not fatal', () => {
  it('takes the date from <meta name="dc.date">, the outlet from a JSON-LD array publisher', async () => {
    const { articles, problems } = await collect([fixture('news-page-bad-jsonld.html')]);
    expect(problems).toEqual([]);
    const a = only(articles);
    expect(a.published).toBe('2024-11-05');
    expect(a.outlet).toBe('Riverside Courier');
    expect(a.title).toBe('City council approves new flood defences');
    expect(a.origin.url).toBe('https://courier.example/local/flood-defences-approved');
    expect(a.text).toContain(
      '“We cannot ask residents to go through another winter like the last one,”',
    );
    expect(a.text).not.toMatch(/cookies|Accept|High Street/);
  });
});

describe('HTML: dates from each source', () => {
  const page = (head: string, body = '') =>
    `<!DOCTYPE html><html><head>${head}</head><body><article><p>${'The council met on Tuesday and voted on the plan. '.repeat(8)}</p>${body}</article></body></html>`;
  const published = (html: string, opts = {}) => {
    const [r] = readText(html, { path: 'p.html' }, opts);
    return r && 'article' in r ? r.article.published : `problem: ${JSON.stringify(r)}`;
  };
  it('article:published_time', () =>
    expect(
      published(page('<meta property="article:published_time" content="2024-03-01T12:00:00Z">')),
    ).toBe('2024-03-01T12:00:00Z'));
  it('meta name=pubdate', () =>
    expect(published(page('<meta name="pubdate" content="2024-03-02">'))).toBe('2024-03-02'));
  it('meta name=date', () =>
    expect(published(page('<meta name="date" content="2024-03-03">'))).toBe('2024-03-03'));
  it('<time datetime>', () =>
    expect(published(page('', '<time datetime="2024-03-04T08:00:00+01:00">4 March</time>'))).toBe(
      '2024-03-04T08:00:00+01:00',
    ));
  it('JSON-LD Article in an array, first over meta', () =>
    expect(
      published(
        page(
          '<meta name="date" content="2024-01-01"><script type="application/ld+json">[{"@type":"WebSite"},{"@type":"Article","datePublished":"2024-03-05"}]</script>',
        ),
      ),
    ).toBe('2024-03-05'));
  it('an unreadable meta date is passed over', () =>
    expect(
      published(
        page('<meta name="date" content="last week"><meta name="dc.date" content="2024-03-06">'),
      ),
    ).toBe('2024-03-06'));
  it('none: --date, else null', () => {
    expect(published(page(''))).toBeNull();
    expect(published(page(''), { date: '2024-03-07' })).toBe('2024-03-07');
  });
});

describe('HTML: pages without an article', () => {
  it('an empty body is skipped with a message naming the file', () => {
    const [r] = readText(
      '<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>',
      { path: 'nav.html' },
    );
    expect(r).toEqual({
      problem: {
        kind: 'skipped',
        where: 'nav.html',
        message: 'no article text found in the HTML page',
      },
    });
  });
  it('a short page falls back to its body text', () => {
    const [r] = readText('<html lang="fr"><body><p>Le conseil a voté mardi.</p></body></html>', {
      path: 's.html',
    });
    expect(r).toMatchObject({ article: { text: 'Le conseil a voté mardi.', language: 'fr' } });
  });
  it('malformed HTML is read as far as it goes', () => {
    const [r] = readText('<html><body><p>Unclosed <b>bold <i>text<p>Second para</div></span>', {
      path: 'm.html',
    });
    expect(r && 'article' in r && r.article.text).toMatch(/Unclosed bold text\s+Second para/);
  });
});

describe('htmlToText', () => {
  it('blocks become paragraphs, <br> a line, entities decoded, white space folded', () => {
    expect(
      htmlToText('<p>One &amp; two</p><p>Three<br>four   five</p><ul><li>a</li><li>b</li></ul>'),
    ).toBe('One & two\n\nThree\nfour five\n\na\n\nb');
  });
  it('keeps pre-formatted text and drops scripts', () => {
    expect(htmlToText('<pre>a  b\nc</pre><script>x()</script><p>d</p>')).toBe('a  b\nc\n\nd');
  });
});

describe('HTML: the headline is the article’s, not the page title with the site name', () => {
  const page = (
    title: string,
    header = '',
    h1 = '<h1>Kyiv says drones were shot down overnight</h1>',
  ) =>
    `<!DOCTYPE html><html lang="en"><head><title>${title}</title>
<meta property="og:site_name" content="Kyiv Dispatch"></head>
<body><header>${header}<a href="/">Home</a></header>
<main><article>${h1}
<p>Ukraine's air force said on Tuesday that it had shot down 23 drones overnight over several regions of the country.</p>
<p>Officials in Kyiv reported no casualties, and said debris had damaged two houses on the outskirts of the city.</p>
<p>The figures could not be verified independently, and Russia's defence ministry did not comment on the report.</p>
</article></main></body></html>`;
  const read = (html: string) => {
    const [r] = readText(html, { path: 'p.html' });
    if (!r || !('article' in r)) throw new Error('no article');
    return r.article;
  };

  it('takes the <h1> over a differently worded <title>, and does not repeat it in the text', () => {
    for (const title of [
      'Drones downed overnight, Kyiv says - Kyiv Dispatch',
      'Kyiv Dispatch | Drones downed overnight, Kyiv says',
    ]) {
      const a = read(page(title));
      expect(a.title).toBe('Kyiv says drones were shot down overnight');
      expect(a.text.startsWith("Ukraine's air force said")).toBe(true);
    }
  });

  it('cuts the site name off <title> when there is no <h1>; a logo <h1> in the site header is no headline', () => {
    expect(read(page('Drones downed overnight - Kyiv Dispatch', '', '')).title).toBe(
      'Drones downed overnight',
    );
    expect(
      read(page('Drones downed overnight — Kyiv Dispatch', '<h1>Kyiv Dispatch</h1>', '')).title,
    ).toBe('Drones downed overnight');
    // a separator inside a headline that does not name the site is kept
    expect(read(page('Kyiv - the night of the drones', '', '')).title).toBe(
      'Kyiv - the night of the drones',
    );
  });
});
