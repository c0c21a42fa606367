/**
 * Atom feeds: one article per <entry>, with its title, alternate link, date (published, else
 * updated) and text (content, else summary); the feed title is the outlet.
 */
import type { ReadOptions, ReadResult } from './types.js';
import { asArray, child, contentText, dateOf, lineOf, textOf } from './feed-xml.js';
import { languageCode } from './html-meta.js';
import { article, itemWhere, problem, quote } from './results.js';

export function atomItems(feed: unknown, path: string, opts: ReadOptions): ReadResult[] {
  const outlet = lineOf(child(feed, 'title'));
  const feedLang = languageCode(textOf(child(feed, '@_xml:lang')));
  const entries = asArray(child(feed, 'entry'));
  if (entries.length === 0) return [problem('skipped', path, 'feed has no entries')];
  return entries.map((entry, i): ReadResult => {
    const n = i + 1;
    const where = itemWhere(path, n);
    const text = contentText(child(entry, 'content')) || contentText(child(entry, 'summary'));
    if (text === '')
      return problem('skipped', where, `feed entry ${n} has no text (no content or summary)`);
    const { date, bad } = dateOf([
      child(entry, 'published'),
      child(entry, 'updated'),
      child(entry, 'dc:date'),
    ]);
    if (bad !== null)
      return problem('failed', where, `feed entry ${n} has an unreadable date ${quote(bad)}`);
    return article(
      { path, url: alternateLink(child(entry, 'link')), format: 'atom', item: n },
      {
        text,
        title: lineOf(child(entry, 'title')),
        published: date ?? opts.date ?? null,
        outlet,
        language: languageCode(textOf(child(entry, '@_xml:lang'))) ?? feedLang,
      },
    );
  });
}

/** The rel="alternate" (or rel-less) link's href. */
function alternateLink(links: unknown): string | null {
  for (const l of asArray(links)) {
    const rel = textOf(child(l, '@_rel')) ?? 'alternate';
    const href = textOf(child(l, '@_href'));
    if (rel === 'alternate' && href) return href.trim();
  }
  return null;
}
