/**
 * A fetched feed's items, read by the ingest readers (src/ingest rss.ts / atom.ts through
 * `readText`, vetting included), each with what the watcher needs besides: a stable key (the
 * RSS guid or Atom id, else the link, else a hash of the item), its link, and whether it
 * carries only a summary, in which case its article page is fetched and read by the HTML
 * reader. An item "has only a summary" when it has no full-content element (RSS
 * content:encoded, Atom content without src) and its text is shorter than SUMMARY_MAX
 * characters, or has no text at all.
 */
import { createHash } from 'node:crypto';
import { asArray, child, dateOf, lineOf, parseXml, textOf } from '../ingest/feed-xml.js';
import { readText } from '../ingest/index.js';
import type { RawArticle, ReadResult } from '../ingest/types.js';

/** Shorter than this, a description-only item is taken for a teaser of its page. */
export const SUMMARY_MAX = 1500;

export interface FeedItem {
  /** 1-based position in this copy of the feed */
  n: number;
  key: string;
  link: string | null;
  title: string | null;
  published: string | null;
  /** true when the article page should be fetched for the full text */
  summaryOnly: boolean;
  /** what the feed reader made of the item: an article, or a one-line problem */
  read: ReadResult;
  /** the item's further parts, when its text is longer than one article (src/ingest/split.ts) */
  more: RawArticle[];
}

export type ReadFeedResult = { items: FeedItem[] } | { problem: string };

/** Reads a feed's text; `feedUrl` names it in origins and problems. */
export function feedItems(
  xml: string,
  feedUrl: string,
  today?: string,
  /** the URL the feed came from after redirects: relative links resolve against it */
  base: string = feedUrl,
): ReadFeedResult {
  const parsed = parseXml(xml);
  if ('error' in parsed) return { problem: parsed.error };
  const nodes = itemNodes(parsed.doc);
  if (nodes === null)
    return { problem: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)' };
  if (nodes.length === 0) return { items: [] };
  const results = readText(xml, { path: feedUrl }, { format: 'feed', today });
  const byItem = new Map<number, ReadResult>();
  const more = new Map<number, RawArticle[]>();
  for (const r of results) {
    const n = 'article' in r ? r.article.origin.item : itemOfWhere(r.problem.where, feedUrl);
    if (n === undefined) continue;
    if (!byItem.has(n)) byItem.set(n, r);
    else if ('article' in r) more.set(n, [...(more.get(n) ?? []), r.article]);
  }
  return {
    items: nodes.map((node, i): FeedItem => {
      const n = i + 1;
      const read = byItem.get(n) ?? {
        problem: { kind: 'failed', where: `${feedUrl}:${n}`, message: 'feed item not read' },
      };
      const link = resolve(linkOf(node), base);
      const text = 'article' in read ? read.article.text : '';
      const full = hasFullContent(node);
      return {
        n,
        key: keyOf(node, link),
        link,
        title: lineOf(child(node, 'title')),
        published: dateOf([
          child(node, 'pubDate'),
          child(node, 'dc:date'),
          child(node, 'published'),
          child(node, 'updated'),
        ]).date,
        summaryOnly: link !== null && !full && text.length < SUMMARY_MAX,
        read,
        more: more.get(n) ?? [],
      };
    }),
  };
}

/**
 * The article to store for an item whose page was fetched: the page's text, its metadata
 * where it has them, else the item's (title, date) and the feed's (outlet, language).
 */
export function withPage(item: FeedItem, page: RawArticle): RawArticle {
  const summary = 'article' in item.read ? item.read.article : null;
  return {
    origin: { ...page.origin, url: page.origin.url ?? item.link },
    text: page.text,
    title: page.title ?? item.title ?? summary?.title ?? null,
    published: page.published ?? item.published ?? summary?.published ?? null,
    outlet: page.outlet ?? summary?.outlet ?? null,
    language: page.language ?? summary?.language ?? null,
  };
}

function itemNodes(doc: Record<string, unknown>): unknown[] | null {
  if (doc.feed !== undefined) return asArray(child(doc.feed, 'entry'));
  if (doc.rss !== undefined) return asArray(child(child(doc.rss, 'channel'), 'item'));
  const rdf = doc['rdf:RDF'];
  if (rdf !== undefined) return asArray(child(rdf, 'item'));
  return null;
}

/** "url:7" -> 7 for this feed's problems. */
function itemOfWhere(where: string, feedUrl: string): number | undefined {
  if (!where.startsWith(`${feedUrl}:`)) return undefined;
  const n = Number(where.slice(feedUrl.length + 1));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** RSS <link> (or a permalink guid), Atom's alternate link; only http(s) links are kept as links. */
function linkOf(node: unknown): string | null {
  const rss = textOf(child(node, 'link'))?.trim();
  if (rss) return rss;
  for (const l of asArray(child(node, 'link'))) {
    const rel = textOf(child(l, '@_rel')) ?? 'alternate';
    const href = textOf(child(l, '@_href'))?.trim();
    if (rel === 'alternate' && href) return href;
  }
  const guid = child(node, 'guid');
  const g = textOf(guid)?.trim();
  if (g && child(guid, '@_isPermaLink') !== 'false' && /^[a-z][a-z0-9+.-]*:/i.test(g)) return g;
  return null;
}

/** A relative link ("/news/1.html") made absolute; other schemes are kept as they are. */
function resolve(link: string | null, base: string): string | null {
  if (link === null) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

function hasFullContent(node: unknown): boolean {
  const encoded = child(node, 'content:encoded');
  if (encoded !== undefined && (textOf(encoded) ?? '').trim() !== '') return true;
  const content = child(node, 'content');
  return (
    content !== undefined &&
    child(content, '@_src') === undefined &&
    (textOf(content) ?? '').trim() !== ''
  );
}

function keyOf(node: unknown, link: string | null): string {
  const id = textOf(child(node, 'guid'))?.trim() || textOf(child(node, 'id'))?.trim();
  if (id) return `id:${id}`;
  if (link) return `link:${link}`;
  return `hash:${createHash('sha256').update(JSON.stringify(node)).digest('hex').slice(0, 32)}`;
}
