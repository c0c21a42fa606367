/**
 * What a news page says about itself: publication date, outlet, language, canonical URL and
 * headline, from <meta> tags, JSON-LD (NewsArticle/Article, in @graph or arrays) and <time>.
 * Malformed JSON-LD is ignored: a page's metadata is a hint, never a reason to fail.
 */
import { toIsoDate } from '../core/dates.js';

/** The DOM surface used here (linkedom documents fit). */
export interface MetaDocument {
  documentElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): Iterable<MetaElement>;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMeta {
  published: string | null;
  outlet: string | null;
  language: string | null;
  url: string | null;
  /** JSON-LD headline */
  headline: string | null;
  /** og:title, often with the site's name (html-title.ts cuts it) */
  ogTitle: string | null;
}

/** meta keys (name, property or itemprop, lower case) that carry the publication date */
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

type Json = unknown;
type JsonObject = Record<string, Json>;

export function pageMeta(doc: MetaDocument): PageMeta {
  const meta = metaMap(doc);
  const ld = jsonLdArticle(doc);
  const published =
    firstDate([ld?.datePublished, ...DATE_KEYS.map((k) => meta.get(k)), ld?.dateCreated]) ??
    timeElementDate(doc);
  const outlet = nonEmpty(meta.get('og:site_name')) ?? publisherName(ld?.publisher, ld?.graph);
  const language =
    languageCode(doc.documentElement?.getAttribute('lang')) ??
    languageCode(meta.get('content-language')) ??
    languageCode(meta.get('og:locale')) ??
    languageCode(typeof ld?.inLanguage === 'string' ? ld.inLanguage : null);
  const canonical = [...doc.querySelectorAll('link[rel="canonical"]')][0]?.getAttribute('href');
  const url = absoluteUrl(canonical) ?? absoluteUrl(meta.get('og:url')) ?? absoluteUrl(ldUrl(ld));
  const headline = nonEmpty(typeof ld?.headline === 'string' ? ld.headline : null);
  const ogTitle = nonEmpty(meta.get('og:title'));
  return { published, outlet, language, url, headline, ogTitle };
}

function metaMap(doc: MetaDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key =
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv');
    const content = el.getAttribute('content');
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

function firstDate(candidates: readonly Json[]): string | null {
  for (const c of candidates) {
    const d = typeof c === 'string' ? toIsoDate(c) : null;
    if (d) return d;
  }
  return null;
}

/** <time pubdate> or <time itemprop="datePublished"> first, else the first <time datetime>. */
function timeElementDate(doc: MetaDocument): string | null {
  const times = [...doc.querySelectorAll('time[datetime]')];
  const preferred = times.filter(
    (t) => t.getAttribute('pubdate') !== null || t.getAttribute('itemprop') === 'datePublished',
  );
  return firstDate([...preferred, ...times].map((t) => t.getAttribute('datetime')));
}

interface LdArticle extends JsonObject {
  graph: JsonObject[];
}

/** The first Article-like JSON-LD node of the page, with every node seen (to resolve @id). */
export function jsonLdArticle(doc: MetaDocument): LdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collectNodes(data, nodes);
  }
  const found = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  return found ? { ...found, graph: nodes } : null;
}

/** Flattens arrays and @graph containers, breadth first, bounded. */
function collectNodes(data: Json, out: JsonObject[]): void {
  const queue: Json[] = [data];
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...v.slice(0, 1000));
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) queue.push(...(v['@graph'] as Json[]).slice(0, 1000));
    }
  }
}

function types(n: JsonObject): string[] {
  const t = n['@type'];
  return typeof t === 'string'
    ? [t]
    : Array.isArray(t)
      ? t.filter((x): x is string => typeof x === 'string')
      : [];
}

function publisherName(pub: Json, graph: readonly JsonObject[] = []): string | null {
  const first = Array.isArray(pub) ? pub[0] : pub;
  if (typeof first === 'string') return nonEmpty(first);
  if (!isObject(first)) return null;
  if (typeof first.name === 'string') return nonEmpty(first.name);
  const ref = first['@id'];
  const target = typeof ref === 'string' ? graph.find((n) => n['@id'] === ref) : undefined;
  return target && typeof target.name === 'string' ? nonEmpty(target.name) : null;
}

function ldUrl(ld: LdArticle | null): string | null {
  if (!ld) return null;
  if (typeof ld.url === 'string') return ld.url;
  const main = ld.mainEntityOfPage;
  if (typeof main === 'string') return main;
  return isObject(main) && typeof main['@id'] === 'string' ? main['@id'] : null;
}

/** "en-GB", "en_GB" -> "en"; anything else -> null. */
export function languageCode(raw: string | null | undefined): string | null {
  const m = raw ? /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(raw) : null;
  return m ? (m[1] as string).toLowerCase() : null;
}

function absoluteUrl(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  return s && /^https?:\/\/\S+$/i.test(s) ? s : null;
}

function nonEmpty(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
