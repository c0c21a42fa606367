/**
 * HTML to plain text with paragraph breaks: block elements become blank lines, <br> a line
 * break, scripts and styles vanish, entities are decoded by the parser. A streaming pass
 * without a DOM: linear in the input however deep or broken the markup.
 */
import { Parser } from 'htmlparser2';
import { flattenDeep } from './html-clean.js';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'BUTTON',
  'SELECT',
]);

const PARA = 2;
const LINE = 1;
type Part = string | typeof PARA | typeof LINE;

/**
 * Plain text of HTML (a page, a fragment, a feed item's content): one streaming pass with
 * htmlparser2, no DOM. `skip` names more elements to drop with their content (upper case).
 */
export function htmlToText(html: string, skip: ReadonlySet<string> = SKIP): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  html = flattenDeep(html);
  const parts: Part[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        const tag = name.toUpperCase();
        if (skipDepth > 0 || SKIP.has(tag) || skip.has(tag)) {
          skipDepth++;
          return;
        }
        if (tag === 'BR') parts.push(LINE);
        else if (BLOCK.has(tag)) parts.push(PARA);
        else if (tag === 'TD' || tag === 'TH') parts.push(' ');
        if (tag === 'PRE') preDepth++;
      },
      ontext(text) {
        if (skipDepth === 0)
          parts.push(preDepth > 0 ? text : text.replace(/[ \t\r\n\f\u00A0]+/g, ' '));
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        const tag = name.toUpperCase();
        if (BLOCK.has(tag)) parts.push(PARA);
        if (tag === 'PRE' && preDepth > 0) preDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return assemble(parts);
}

/** Joins text parts and breaks in one linear pass: no run of breaks exceeds a blank line. */
function assemble(parts: readonly Part[]): string {
  const out: string[] = [];
  let pending = 0;
  let atLineStart = true;
  let endsWithSpace = false;
  for (const p of parts) {
    if (p === PARA) {
      pending = 2;
      continue;
    }
    if (p === LINE) {
      pending = Math.min(2, pending + 1);
      continue;
    }
    let t = p;
    if (pending > 0 || atLineStart || endsWithSpace) t = t.replace(/^ +/, '');
    if (t === '') continue;
    if (pending > 0 && out.length > 0) {
      const last = out.length - 1;
      out[last] = (out[last] as string).replace(/ +$/, '');
      out.push(pending === 2 ? '\n\n' : '\n');
    }
    pending = 0;
    out.push(t);
    atLineStart = t.endsWith('\n');
    endsWithSpace = t.endsWith(' ');
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

const XML_ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric references (once: "&amp;lt;" gives "&lt;"). */
export function decodeXmlEntities(s: string): string {
  return s.replace(
    XML_ENTITY,
    (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name] ?? all;
      const code = dec ? Number(dec) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : all;
    },
  );
}
