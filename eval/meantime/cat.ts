/**
 * One reader for MEANTIME CAT XML (../shared/datasets/meantime-trial), shared by the entities,
 * quantities and events evaluations. A CAT file holds tokens (no white space) and
 * token-anchored markables (ENTITY_MENTION, EVENT_MENTION, TIMEX3, VALUE ...), instances
 * without anchors (ENTITY, EVENT) and relations (REFERS_TO, HAS_PARTICIPANT, TLINK ...).
 * The reader rebuilds the text (detokenize.ts) and gives every token its character span;
 * what counts as gold is each harness's business.
 *
 * @example
 * const doc = readCat(readFileSync(file, 'utf8'), file, 'lines');
 * const m = doc.markables.find((x) => x.tag === 'VALUE');
 * const span = m && markableSpan(doc, m); // { start, end } in doc.text
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detokenize, type Layout } from './detokenize.js';

export type { Layout } from './detokenize.js';

export interface CatToken {
  tid: string;
  sentence: number;
  word: string;
  start: number;
  end: number;
}

export interface Markable {
  tag: string;
  attrs: Record<string, string>;
  /** anchored token ids in file order (empty for instances such as ENTITY, EVENT) */
  tokens: string[];
}

export interface Relation {
  tag: string;
  attrs: Record<string, string>;
  sources: string[];
  targets: string[];
}

export interface CatFile {
  /** the Document doc_id, or the file name without .xml */
  id: string;
  file: string;
  text: string;
  tokens: CatToken[];
  byTid: Map<string, CatToken>;
  /** token indices per sentence number */
  sentences: number[][];
  /** value of the CREATION_TIME TIMEX3, when there is one */
  dct: string | null;
  markables: Markable[];
  relations: Relation[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#' && (e[1] === 'x' || e[1] === 'X'))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e[0] === '#') return String.fromCodePoint(parseInt(e.slice(1), 10));
    return XML_ENTITIES[e.toLowerCase()] ?? all;
  });
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:.-]+)="([^"]*)"/g)) out[m[1] ?? ''] = decodeXml(m[2] ?? '');
  return out;
}

/** the elements of one section (<Markables> or <Relations>), with or without a body */
function elements(section: string): { tag: string; attrs: Record<string, string>; body: string }[] {
  const out = [];
  for (const m of section.matchAll(/<([A-Z]\w*)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g))
    out.push({ tag: m[1] ?? '', attrs: attributes(m[2] ?? ''), body: m[3] ?? '' });
  return out;
}

function section(xml: string, name: string): string {
  const start = xml.indexOf(`<${name}>`);
  const end = xml.indexOf(`</${name}>`);
  return start < 0 ? '' : xml.slice(start, end < 0 ? undefined : end);
}

const ids = (body: string, re: RegExp) => [...body.matchAll(re)].map((m) => m[1] ?? '');

export function readCat(xml: string, file: string, layout: Layout): CatFile {
  const words: { tid: string; sentence: number; word: string }[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const a = attributes(m[1] ?? '');
    words.push({ tid: a.t_id ?? '', sentence: Number(a.sentence), word: decodeXml(m[2] ?? '') });
  }
  const { text, spans } = detokenize(words, layout);
  const tokens = words.map((w, i) => {
    const [start, end] = spans[i] as [number, number];
    return { ...w, start, end };
  });
  const sentences: number[][] = [];
  tokens.forEach((t, i) => {
    while (sentences.length <= t.sentence) sentences.push([]);
    sentences[t.sentence]?.push(i);
  });
  const markables = elements(section(xml, 'Markables')).map((e) => ({
    tag: e.tag,
    attrs: e.attrs,
    tokens: ids(e.body, /<token_anchor t_id="(\d+)"/g),
  }));
  const relations = elements(section(xml, 'Relations')).map((e) => ({
    tag: e.tag,
    attrs: e.attrs,
    sources: ids(e.body, /<source m_id="(\d+)"/g),
    targets: ids(e.body, /<target m_id="(\d+)"/g),
  }));
  const docId = attributes(/<Document\b([^>]*)>/.exec(xml)?.[1] ?? '').doc_id;
  const creation = markables.find(
    (m) => m.tag === 'TIMEX3' && m.attrs.functionInDocument === 'CREATION_TIME',
  );
  return {
    id: docId || path.basename(file, '.xml'),
    file,
    text,
    tokens,
    byTid: new Map(tokens.map((t) => [t.tid, t])),
    sentences,
    dct: creation?.attrs.value ?? null,
    markables,
    relations,
  };
}

/** from the first to the last anchored token (file order); null when a token is unknown */
export function markableSpan(doc: CatFile, m: Markable): { start: number; end: number } | null {
  const first = doc.byTid.get(m.tokens[0] ?? '');
  const last = doc.byTid.get(m.tokens[m.tokens.length - 1] ?? '');
  return first && last ? { start: first.start, end: last.end } : null;
}

/** end offset of a sentence's last token (0 when the sentence is empty or absent) */
export function sentenceEnd(doc: CatFile, sentence: number): number {
  const row = doc.sentences[sentence] ?? [];
  return doc.tokens[row[row.length - 1] ?? -1]?.end ?? 0;
}

/**
 * Every .xml file under `dir`, depth first, names sorted; cross-doc/ (the same articles again with
 * their cross-document layer) is skipped, so each article is read once.
 */
export function readCatDir(dir: string, layout: Layout): CatFile[] {
  const out: CatFile[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true });
    for (const f of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, f.name);
      // cross-doc/ holds the same articles again with their cross-document layer
      if (f.isDirectory()) {
        if (f.name !== 'cross-doc') walk(p);
      } else if (f.name.endsWith('.xml')) out.push(readCat(readFileSync(p, 'utf8'), p, layout));
    }
  };
  walk(dir);
  return out;
}
