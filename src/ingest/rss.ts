/**
 * RSS 2.0 (and RSS 1.0/RDF) feeds: one article per <item>, with its title, link, date
 * (pubDate or dc:date) and text (content:encoded, else description); the channel title is the
 * outlet. An item without text is skipped with its number; a bad date fails that item only.
 */
import type { ReadOptions, ReadResult } from './types.js';
import {
  asArray,
  child,
  contentText,
  dateOf,
  lineOf,
  parseXml,
  textOf,
  type XmlNode,
} from './feed-xml.js';
import { atomItems } from './atom.js';
import { languageCode } from './html-meta.js';
import { article, itemWhere, problem, quote } from './results.js';

/** Reads an RSS or Atom feed (the root element decides). */
export function readFeed(xml: string, path: string, opts: ReadOptions): ReadResult[] {
  const parsed = parseXml(xml);
  if ('error' in parsed) return [problem('failed', path, parsed.error)];
  const { doc } = parsed;
  if (doc.feed !== undefined) return atomItems(doc.feed, path, opts);
  const rss = doc.rss !== undefined ? child(doc.rss, 'channel') : undefined;
  const rdf = doc['rdf:RDF'];
  if (rss === undefined && rdf === undefined)
    return [
      problem('failed', path, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)'),
    ];
  const channel = rss ?? child(rdf, 'channel');
  const items = asArray(rss !== undefined ? child(rss, 'item') : child(rdf, 'item'));
  return rssItems(channel, items, path, opts);
}

function rssItems(
  channel: unknown,
  items: unknown[],
  path: string,
  opts: ReadOptions,
): ReadResult[] {
  const outlet = lineOf(child(channel, 'title'));
  const language = languageCode(
    textOf(child(channel, 'language')) ?? textOf(child(channel, 'dc:language')),
  );
  if (items.length === 0) return [problem('skipped', path, 'feed has no items')];
  return items.map((item, i): ReadResult => {
    const n = i + 1;
    const where = itemWhere(path, n);
    const text =
      contentText(child(item, 'content:encoded')) || contentText(child(item, 'description'));
    if (text === '')
      return problem(
        'skipped',
        where,
        `feed item ${n} has no text (no content:encoded or description)`,
      );
    const { date, bad } = dateOf([child(item, 'pubDate'), child(item, 'dc:date')]);
    if (bad !== null)
      return problem('failed', where, `feed item ${n} has an unreadable date ${quote(bad)}`);
    const link = textOf(child(item, 'link')) ?? permalink(item as XmlNode);
    return article(
      { path, url: link?.trim() || null, format: 'rss', item: n },
      {
        text,
        title: lineOf(child(item, 'title')),
        published: date ?? opts.date ?? null,
        outlet,
        language,
      },
    );
  });
}

/** <guid isPermaLink="true"> when there is no <link>. */
function permalink(item: XmlNode): string | null {
  const guid = child(item, 'guid');
  const s = textOf(guid);
  return s && child(guid, '@_isPermaLink') !== 'false' && /^https?:\/\//.test(s) ? s : null;
}
