/**
 * A pre-pass over a page before linkedom builds its DOM. linkedom makes one text node per
 * parser text event, and the parser ends a text event at every entity and every stray `<`,
 * so entity-dense or `<<<<` text (hostile, or just odd) made DOMs of a million nodes and took
 * seconds. Here htmlparser2 reads the page once; text comes out as one run per element with
 * `<` and `&` stood in for by private-use characters (restoreText puts them back), comments
 * are dropped, and elements nested deeper than MAX_DEPTH are flattened (readability recurses).
 *
 * htmlparser2 itself slows down with the square of the nesting depth, so markup nested
 * thousands deep (no real page is) is flattened first by a cruder linear scan, flattenDeep.
 */
import { Parser } from 'htmlparser2';

const MAX_DEPTH = 200;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW = new Set(['script', 'style']);
const LT = '\uE002';
const AMP = '\uE003';

export function cleanHtml(html: string): string {
  html = flattenDeep(html);
  const out: string[] = ['<!DOCTYPE html>'];
  let text: string[] = [];
  const open: boolean[] = [];
  let rawDepth = 0;
  const flush = () => {
    if (text.length === 0) return;
    const t = text.join('');
    text = [];
    out.push(
      rawDepth > 0
        ? t
        : t
            .replace(/[\uE002\uE003]/g, ' ')
            .replace(/</g, LT)
            .replace(/&/g, AMP),
    );
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        if (VOID.has(name)) {
          out.push(tag(name, attribs));
          return;
        }
        const keep = open.length < MAX_DEPTH;
        open.push(keep);
        if (keep) out.push(tag(name, attribs));
        if (RAW.has(name)) rawDepth++;
      },
      ontext(t) {
        text.push(t);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        flush();
        if (RAW.has(name) && rawDepth > 0) rawDepth--;
        if (open.pop()) out.push(`</${name}>`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out.join('');
}

const TAG = /<(\/?)([a-z][\w:-]{0,40})[^<>]{0,2000}>/gi;
const CRUDE_LIMIT = 1000;

/**
 * Drops the tags of elements nested deeper than MAX_DEPTH when a quick scan finds nesting
 * beyond CRUDE_LIMIT; returns the markup unchanged otherwise. Linear: one bounded regex scan.
 */
export function flattenDeep(html: string): string {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (VOID.has((m[2] as string).toLowerCase())) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  if (max <= CRUDE_LIMIT) return html;
  const out: string[] = [];
  const kept: boolean[] = [];
  let from = 0;
  for (const m of html.matchAll(TAG)) {
    if (VOID.has((m[2] as string).toLowerCase())) continue;
    const keep = m[1] ? (kept.pop() ?? true) : kept.length < MAX_DEPTH;
    if (!m[1]) kept.push(keep);
    if (keep) continue;
    out.push(html.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(html.slice(from));
  return out.join('');
}

function tag(name: string, attribs: Record<string, string>): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attribs)) {
    if (/^[^\s"'<>/=]{1,100}$/.test(k))
      s += ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  }
  return `${s}>`;
}

/** Puts back the `<` and `&` that cleanHtml stood in for. */
export function restoreText(s: string): string {
  return s.replace(/\uE002/g, '<').replace(/\uE003/g, '&');
}
