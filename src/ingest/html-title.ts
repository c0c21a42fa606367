/**
 * The headline of an HTML article. Page titles carry the site's name ("Drones downed - Kyiv
 * Dispatch"), so the article's own headline wins: the JSON-LD headline, else the page's <h1>,
 * else og:title, readability's title or <title> with the site's name cut off. A headline that
 * readability left as the text's first paragraph is taken out of the text (it is the title).
 *
 * @example
 * stripSiteName('Drones downed - Kyiv Dispatch', 'Kyiv Dispatch') // 'Drones downed'
 */

/** Separators between a headline and a site name in page titles. */
const SEPARATOR = /\s+[|\-–—:·•»]\s+/;

/** A title with a leading or trailing segment naming the site removed. */
export function stripSiteName(title: string | null, site: string | null): string | null {
  if (!title) return null;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2 || !site) return title;
  const s = site.trim().toLowerCase();
  const names = (p: string) => p.trim().toLowerCase() === s;
  if (names(parts.at(-1) as string)) return joinBack(title, parts.length - 1, true);
  if (names(parts[0] as string)) return joinBack(title, 1, false);
  return title;
}

/** The title up to (true) or from (false) the separator before segment `n`. */
function joinBack(title: string, n: number, head: boolean): string {
  const seps = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  const sep = seps[head ? n - 1 : 0];
  if (!sep || sep.index === undefined) return title;
  return (head ? title.slice(0, sep.index) : title.slice(sep.index + sep[0].length)).trim();
}

/** The text of a page's headline element: its first <h1>, when it reads like a headline. */
export function h1Headline(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length >= 8 && t.length <= 300 ? t : null;
}

/** The text without a first paragraph that repeats the headline. */
export function withoutHeadline(text: string, headline: string | null): string {
  if (!headline) return text;
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  if (first.replace(/\s+/g, ' ') !== headline) return text;
  const rest = text.slice(nl < 0 ? text.length : nl).trim();
  return rest === '' ? text : rest;
}
