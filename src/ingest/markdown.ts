/**
 * Markdown articles: markup stripped to plain text, paragraphs kept. A leading `# Title` (or a
 * setext title, or `title:` in YAML front matter) becomes the title. Front matter may also
 * give `date`, `source`/`outlet` and `url`.
 *
 * Every pattern here is bounded and its negated classes exclude their own opening delimiter,
 * so a hostile 1 MB line of `[[[[` or `****` is scanned in linear time.
 */
import { toIsoDate } from '../core/dates.js';
import type { Origin } from '../core/record.js';
import type { ReadOptions, ReadResult } from './types.js';
import { article, problem, quote } from './results.js';
import { splitTitle } from './title.js';

/** @example readMarkdown('# Title\n\nSome *text*.', 'a.md', {}) */
export function readMarkdown(text: string, path: string, opts: ReadOptions): ReadResult[] {
  const origin: Origin = { path, url: null, format: 'markdown' };
  const { meta, body } = frontMatter(text);
  const rawDate = meta.date ?? meta.published ?? meta.datepublished;
  let published = opts.date ?? null;
  if (rawDate !== undefined) {
    published = toIsoDate(rawDate);
    if (published === null)
      return [problem('failed', path, `front matter date ${quote(rawDate)} is not a valid date`)];
  }
  const url = meta.url ?? meta.link ?? meta.canonical ?? null;
  const result = markdownArticle(
    body,
    { ...origin, url: url && /^https?:\/\//.test(url) ? url : null },
    published,
  );
  if ('article' in result) {
    result.article.title = meta.title ?? result.article.title ?? null;
    result.article.outlet = meta.outlet ?? meta.source ?? meta.publisher ?? null;
    result.article.language = meta.lang ?? meta.language ?? null;
  }
  return [result];
}

/** One article from a markdown body: title from a leading heading, text stripped of markup. */
export function markdownArticle(
  markdown: string,
  origin: Origin,
  published: string | null,
): ReadResult {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = null;
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0) {
    const line = lines[first] as string;
    const atx = /^ {0,3}# (.*)$/.exec(line);
    if (atx) {
      title = inline(stripClosingHashes(atx[1] as string)).trim() || null;
      lines.splice(first, 1);
    } else if (/^ {0,3}=+[ \t]*$/.test(lines[first + 1] ?? '')) {
      title = inline(line).trim() || null;
      lines.splice(first, 2);
    }
  }
  let text = markdownToText(lines.join('\n'));
  if (title === null) ({ title, body: text } = splitTitle(text));
  text = text.trim();
  if (text === '') return problem('failed', origin.path, 'no article text');
  return article(origin, { text, title, published });
}

/** Markdown to plain text, line by line. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (fenceMark && (fenceMark[1] as string)[0] === fence) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMark) {
      fence = (fenceMark[1] as string)[0] as string;
      continue;
    }
    // horizontal rules, setext underlines, table separators, link definitions
    if (line.length < 200 && /^ {0,3}(?:[-*_][ \t]*){3,}$/.test(line)) continue;
    if (/^ {0,3}=+[ \t]*$/.test(line)) continue;
    if (isTableSeparator(line)) continue;
    if (/^ {0,3}\[[^[\]\n]{1,200}\]:[ \t]/.test(line)) continue;
    let s = line
      .replace(/^ {0,3}#{1,6}(?:[ \t]+|$)/, '')
      .replace(/^ {0,3}(?:>[ \t]?){1,10}/, '')
      .replace(/^[ \t]{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]+/, '');
    if (s !== line && /^#/.test(line.trimStart())) s = stripClosingHashes(s);
    if (/^[ \t]*\|.*\|[ \t]*$/.test(s))
      s = s
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
        .join('\t');
    out.push(inline(s));
  }
  return out.join('\n');
}

/** Inline markup: images, links, code spans, emphasis, inline HTML; escaped characters are set aside first. */
function inline(s: string): string {
  return s
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) =>
      String.fromCharCode(0xe000 + c.charCodeAt(0)),
    )
    .replace(/!\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,200}\]/g, '$1')
    .replace(/<(https?:\/\/[^<>\s]{1,2000})>/g, '$1')
    .replace(/<\/?[a-z][^<>\n]{0,500}>/gi, '')
    .replace(/(`{1,3})([^`\n]{1,1000})\1/g, '$2')
    .replace(/(\*{1,3})(?=[^*\s])([^*\n]{1,1000})\1/g, '$2')
    .replace(/(^|\W)(_{1,3})(?=[^_\s])([^_\n]{1,1000})\2\b/g, '$1$3')
    .replace(/~~([^~\n]{1,1000})~~/g, '$1')
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

/** `|---|:---:|` and the like: the line under a table's header. */
function isTableSeparator(line: string): boolean {
  const t = line.trim();
  if (!t.includes('-') || t.length > 2000) return false;
  const cells = t.replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.every((c) => /^:?-{3,}:?$/.test(c.trim()));
}

function stripClosingHashes(s: string): string {
  return s.replace(/[ \t]+#{1,50}[ \t]*$/, '');
}

/** YAML-like front matter: simple `key: value` lines between `---` fences at the very top. */
function frontMatter(text: string): { meta: Record<string, string>; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return { meta: {}, body: text };
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(m[0].length, 20_000));
  if (!close) return { meta: {}, body: text };
  const block = text.slice(m[0].length, m[0].length + close.index);
  const meta: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const kv = /^([a-z][\w-]{0,40})\s*:(.*)$/i.exec(line.trim());
    if (!kv) continue;
    const value = (kv[2] as string)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .trim();
    if (value !== '') meta[(kv[1] as string).toLowerCase()] = value;
  }
  return { meta, body: text.slice(m[0].length + close.index + close[0].length) };
}
