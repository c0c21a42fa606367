/**
 * HTML to plain text with paragraph breaks: block elements become blank lines, <br> a line
 * break, scripts and styles vanish, entities are decoded by the parser. The walk is iterative,
 * so deeply nested hostile markup cannot overflow the stack.
 */
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT']);

/** The parts of a DOM node that the walk needs (linkedom and browser nodes both fit). */
export interface WalkNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: WalkNode | null;
  nextSibling: WalkNode | null;
}

const PARA = 2;
const LINE = 1;
type Part = string | typeof PARA | typeof LINE;

/** Text of a DOM subtree with blank lines between blocks. `skip` adds element names to drop. */
export function nodeToText(root: WalkNode, skip: ReadonlySet<string> = SKIP): string {
  const parts: Part[] = [];
  const stack: Array<{ node: WalkNode; exit: boolean; pre: boolean }> = [{ node: root, exit: false, pre: false }];
  while (stack.length > 0) {
    const { node, exit, pre } = stack.pop() as { node: WalkNode; exit: boolean; pre: boolean };
    const name = node.nodeName.toUpperCase();
    if (exit) {
      if (BLOCK.has(name)) parts.push(PARA);
      continue;
    }
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(pre ? v : v.replace(/[ \t\r\n\f\u00A0]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (skip.has(name) || SKIP.has(name)) continue;
    if (name === 'BR') {
      parts.push(LINE);
      continue;
    }
    if (BLOCK.has(name)) parts.push(PARA);
    if (name === 'TD' || name === 'TH') parts.push(' ');
    stack.push({ node, exit: true, pre });
    const children: WalkNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    const childPre = pre || name === 'PRE';
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as WalkNode, exit: false, pre: childPre });
  }
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

/** Plain text of an HTML fragment (feed item content, a readability result). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as WalkNode);
}

const XML_ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric references (once: "&amp;lt;" gives "&lt;"). */
export function decodeXmlEntities(s: string): string {
  return s.replace(XML_ENTITY, (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name] ?? all;
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
  });
}
