/**
 * HTML articles: the main text and title by @mozilla/readability on a linkedom document,
 * paragraph breaks kept; date, outlet, language and URL from the page's metadata (html-meta.ts).
 * When readability finds no article, the body's text without navigation, header, footer and
 * asides is used.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ReadOptions, ReadResult } from './types.js';
import { pageMeta, type MetaDocument } from './html-meta.js';
import { cleanHtml, restoreText } from './html-clean.js';
import { htmlToText } from './html-text.js';
import { article, problem } from './results.js';

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

/** @example readHtml('<html lang="en"><head>...</head><body><article>...</article></body></html>', 'a.html', {}) */
export function readHtml(html: string, path: string, opts: ReadOptions): ReadResult[] {
  const { document } = parseHTML(cleanHtml(html));
  const meta = pageMeta(document as unknown as MetaDocument);
  const pageTitle = restoreText(document.querySelector('title')?.textContent ?? '').trim() || null;
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
  const title = meta.headline ?? readabilityTitle ?? pageTitle;
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
