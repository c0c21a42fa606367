/**
 * Which reader reads an input: by extension first, then by sniffing the first bytes. Content
 * wins where an extension is generic (.txt may be dated text, .xml may be RSS or Atom); text
 * with no extension at all (standard input) is also recognised as CSV, TSV or Markdown.
 */
import { DEFAULT_COLUMNS } from './rows.js';

export const FORMATS = [
  'dated-text',
  'text',
  'markdown',
  'html',
  'rss',
  'atom',
  'feed',
  'jsonl',
  'json',
  'csv',
  'tsv',
] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv',
};

/** The lower-case extension with its dot ("" when none). */
export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The format an extension names, undefined when unknown ("" gives undefined too). */
export function formatOfExtension(ext: string): Format | undefined {
  return BY_EXTENSION[ext];
}

/** A file that starts with the word `date` (after white space) is dated text, valid or not. */
export const DATED_START = /^\s*date(?=\s|$)/;

/**
 * The format of a text judged from its start alone. `hint` is the extension's format: it
 * narrows the guess (a .txt file is never read as a feed).
 */
export function sniffFormat(head: string, hint?: Format): Format {
  const s = head.replace(/^\uFEFF/, '').slice(0, 4096);
  if (hint === 'text' || hint === 'markdown' || hint === undefined) {
    if (DATED_START.test(s)) return 'dated-text';
    if (hint) return hint;
  }
  if (hint === 'csv' || hint === 'tsv' || hint === 'jsonl') return hint;
  const t = s.trimStart();
  if (hint === 'json' || hint === undefined) {
    if (t.startsWith('[')) return 'json';
    if (t.startsWith('{')) return hint === 'json' ? 'json' : 'jsonl';
    if (hint === 'json') return 'json';
  }
  const root = xmlRoot(t);
  if (root === 'rss' || root === 'rdf:rdf' || root === 'rdf') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === 'html' || root === '!doctype' || root === 'head' || root === 'body') return 'html';
  if (hint) return hint;
  if (root !== null) return 'html';
  return looksLikeCsv(t) ?? (looksLikeMarkdown(t) ? 'markdown' : 'text');
}

/** Column names a CSV header is recognised by when nothing else names the format. */
const KNOWN_COLUMNS = new Set(Object.values(DEFAULT_COLUMNS).flat());

/**
 * Text without an extension (standard input): CSV when its first line is a header, cells of
 * short names split by `,` `;` or a tab, at least one of them a column sitrep reads by default.
 */
function looksLikeCsv(t: string): 'csv' | 'tsv' | null {
  const nl = t.indexOf('\n');
  const line = (nl < 0 ? t : t.slice(0, nl)).replace(/\r$/, '');
  if (line.length > 2000) return null;
  for (const delimiter of ['\t', ',', ';']) {
    const cells = line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length < 2) continue;
    if (!cells.every((c) => /^[\p{L}_][\p{L}\p{N} _.-]{0,40}$/u.test(c))) continue;
    if (!cells.some((c) => KNOWN_COLUMNS.has(c.toLowerCase()))) continue;
    return delimiter === '\t' ? 'tsv' : 'csv';
  }
  return null;
}

/**
 * Text without an extension: Markdown when it opens with a heading (`# Title`) or front matter,
 * or uses two of Markdown's marks: headings, `**bold**`, `[links](url)`.
 */
function looksLikeMarkdown(t: string): boolean {
  if (/^(?:#{1,6}[ \t]+\S|---\r?\n)/.test(t)) return true;
  const marks = [/^#{1,6}[ \t]+\S/m, /\*\*[^*\n]{1,200}\*\*/, /\]\([^)\s]{1,500}\)/];
  return marks.filter((m) => m.test(t)).length >= 2;
}

/** The first element name of a markup text, skipping the XML declaration, comments, PIs. */
function xmlRoot(t: string): string | null {
  let i = 0;
  for (let guard = 0; guard < 50; guard++) {
    while (i < t.length && /\s/.test(t[i] as string)) i++;
    if (t[i] !== '<') return null;
    if (t.startsWith('<?', i)) {
      const end = t.indexOf('?>', i);
      if (end < 0) return null;
      i = end + 2;
    } else if (t.startsWith('<!--', i)) {
      const end = t.indexOf('-->', i);
      if (end < 0) return null;
      i = end + 3;
    } else {
      const m = /^<(!?[a-z][\w:.-]{0,40})/i.exec(t.slice(i, i + 50));
      if (!m) return null;
      const name = (m[1] as string).toLowerCase();
      if (name !== '!doctype' || /^<!doctype\s+html/i.test(t.slice(i, i + 20))) return name;
      // another doctype (<!DOCTYPE rss [...]>): skip it, internal subset included
      const close = t.indexOf('>', i);
      const subset = t.indexOf('[', i);
      const end = subset >= 0 && subset < close ? t.indexOf(']>', subset) + 1 : close;
      if (end <= 0) return null;
      i = end + 1;
    }
  }
  return null;
}
