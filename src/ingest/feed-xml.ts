/**
 * Shared by the RSS and Atom readers: XML validation and parsing (fast-xml-parser), and the
 * text of an item's content however the feed wrapped it (CDATA, escaped HTML, inline XHTML).
 */
import { createRequire } from 'node:module';
import { toIsoDate } from '../core/dates.js';
import { decodeXmlEntities, htmlToText } from './html-text.js';

/** Content elements kept as raw markup so their HTML survives to htmlToText. */
const RAW = ['content:encoded', 'description', 'content', 'summary'];

type Fxp = typeof import('fast-xml-parser');
/** fast-xml-parser, loaded on first use (start-up of commands that read no feed) */
let fxp: { parser: InstanceType<Fxp['XMLParser']>; validator: Fxp['XMLValidator'] } | null = null;
function xml(): NonNullable<typeof fxp> {
  if (fxp) return fxp;
  const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as Fxp;
  fxp = { parser: new XMLParser(OPTIONS), validator: XMLValidator };
  return fxp;
}

const OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  stopNodes: RAW.map((n) => `*.${n}`),
  isArray: (name: string) => name === 'item' || name === 'entry' || name === 'link',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
};

export type XmlNode = Record<string, unknown>;

/** Parses a feed; a malformed one gives the parser's message with its line. */
export function parseXml(text: string): { doc: XmlNode } | { error: string } {
  const { parser, validator } = xml();
  const valid = validator.validate(text);
  if (valid !== true)
    return { error: `malformed XML at line ${valid.err.line}: ${oneLine(valid.err.msg)}` };
  try {
    return { doc: parser.parse(text) as XmlNode };
  } catch (err) {
    return { error: `malformed XML: ${oneLine(err instanceof Error ? err.message : String(err))}` };
  }
}

/** A parser message folded to one short line (some list every unclosed tag). */
function oneLine(msg: string): string {
  const s = msg.replace(/\s+/g, ' ').trim();
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
}

export function child(node: unknown, name: string): unknown {
  return typeof node === 'object' && node !== null ? (node as XmlNode)[name] : undefined;
}

export function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The text of a parsed element (a string, or an object with #text). */
export function textOf(v: unknown): string | null {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const t = child(v, '#text');
  return typeof t === 'string' || typeof t === 'number' ? String(t) : null;
}

/** A short field (title, feed name): markup stripped, white space folded. */
export function lineOf(v: unknown): string | null {
  const raw = textOf(v);
  if (raw === null) return null;
  const s = (/[<&]/.test(raw) ? htmlToText(raw) : raw).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/**
 * The plain text of a raw content element: CDATA sections are taken as they are, the rest is
 * XML text (escaped HTML is unescaped once) unless the element holds inline XHTML.
 */
export function contentText(v: unknown): string {
  const raw = textOf(v);
  if (raw === null) return '';
  const type = String(child(v, '@_type') ?? '').toLowerCase();
  const xhtml = type === 'xhtml' || type.endsWith('xml');
  let html = '';
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('<![CDATA[', i);
    const plain = raw.slice(i, open < 0 ? raw.length : open);
    html += xhtml ? plain : decodeXmlEntities(plain);
    if (open < 0) break;
    const close = raw.indexOf(']]>', open + 9);
    html += raw.slice(open + 9, close < 0 ? raw.length : close);
    i = close < 0 ? raw.length : close + 3;
  }
  if (type === 'text') return html.trim();
  return htmlToText(html);
}

/** The first of several date fields that parses, or null; `bad` receives one that does not. */
export function dateOf(values: readonly unknown[]): { date: string | null; bad: string | null } {
  let bad: string | null = null;
  for (const v of values) {
    const s = textOf(v)?.trim();
    if (!s) continue;
    const d = toIsoDate(s);
    if (d) return { date: d, bad: null };
    bad ??= s;
  }
  return { date: null, bad };
}
