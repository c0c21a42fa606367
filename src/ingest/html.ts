/**
 * HTML articles: the main text and title by @mozilla/readability on a linkedom document,
 * paragraph breaks kept; date, outlet, language and URL from the page's metadata (html-meta.ts);
 * the headline from JSON-LD, the <h1> or a page title without the site's name (html-title.ts).
 * When readability finds no article, the body's text without navigation, header, footer and
 * asides is used.
 */
import { createRequire } from 'node:module';
import type { ReadOptions, ReadResult } from './types.js';
import { pageMeta, type MetaDocument } from './html-meta.js';
import { cleanHtml, restoreText } from './html-clean.js';
import { htmlToText } from './html-text.js';
import { h1Headline, stripSiteName, withoutHeadline } from './html-title.js';
import { article, problem } from './results.js';

/**
 * linkedom and Readability, loaded on first use: together about 0.6 s of start-up that a
 * command reading no HTML (extract of a .txt file, search, stats) need not pay
 */
type HtmlLibs = {
  Readability: typeof import('@mozilla/readability').Readability;
  parseHTML: typeof import('linkedom').parseHTML;
};
let libs: HtmlLibs | null = null;
function htmlLibs(): HtmlLibs {
  if (!libs) {
    const require = createRequire(import.meta.url);
    libs = {
      Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability'))
        .Readability,
      parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    };
  }
  return libs;
}

const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);

/**
 * Class or id words of page furniture that readability tends to keep inside an article:
 * ad slots, bylines and datelines (they are metadata, not text), kickers, share bars.
 */
const FURNITURE =
  /(?:^|[\s_-])(?:ad|ads|advert|advertisement|gpt-ad|sponsored|promo|newsletter|cookie|cookies|share|social|byline|dateline|kicker|related)(?=$|[\s_-])/i;

interface Removable {
  getAttribute(name: string): string | null;
  remove(): void;
}

/** Drops page furniture (FURNITURE, navigation, footers, asides, forms) before readability reads the page. */
function removeFurniture(doc: { querySelectorAll(s: string): Iterable<Removable> }): void {
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.length < 500 && FURNITURE.test(names)) el.remove();
  }
  for (const el of [...doc.querySelectorAll('nav, footer, aside, form, menu, [role="navigation"]')])
    el.remove();
}

interface H1 {
  textContent: string | null;
  closest(selector: string): unknown;
}
interface H1Document {
  querySelectorAll(s: string): Iterable<H1>;
}

/** The article's <h1>: not in navigation, not a site header's logo, not the site's name. */
function articleH1(doc: H1Document, site: string | null): string | null {
  for (const el of doc.querySelectorAll('h1')) {
    if (el.closest('nav') || (el.closest('header') && !el.closest('article'))) continue;
    const h = h1Headline(restoreText(el.textContent ?? ''));
    if (h && h.toLowerCase() !== site?.trim().toLowerCase()) return h;
  }
  return null;
}

/** @example readHtml('<html lang="en"><head>...</head><body><article>...</article></body></html>', 'a.html', {}) */
export function readHtml(html: string, path: string, opts: ReadOptions): ReadResult[] {
  const { Readability, parseHTML } = htmlLibs();
  const { document } = parseHTML(cleanHtml(html));
  const meta = pageMeta(document as unknown as MetaDocument);
  const pageTitle = restoreText(document.querySelector('title')?.textContent ?? '').trim() || null;
  const h1 = articleH1(document as unknown as H1Document, meta.outlet);
  let text = '';
  let readabilityTitle: string | null = null;
  try {
    // readability changes the document it reads: metadata is taken first
    removeFurniture(document as unknown as { querySelectorAll(s: string): Iterable<Removable> });
    const parsed = new Readability(document as unknown as Document, { keepClasses: false }).parse();
    if (parsed?.content) text = restoreText(htmlToText(parsed.content));
    readabilityTitle = restoreText(parsed?.title ?? '').trim() || null;
  } catch {
    text = '';
  }
  if (text === '') text = htmlToText(html, CHROME);
  if (text === '') return [problem('skipped', path, 'no article text found in the HTML page')];
  const site = meta.outlet;
  const title =
    meta.headline ??
    h1 ??
    stripSiteName(meta.ogTitle, site) ??
    stripSiteName(pageTitle, site) ??
    stripSiteName(readabilityTitle, site);
  text = withoutHeadline(text, h1);
  return [
    article(
      { path, url: meta.url, format: 'html' },
      {
        text,
        title,
        published: meta.published ?? opts.date ?? null,
        outlet: meta.outlet,
        language: meta.language,
      },
    ),
  ];
}
