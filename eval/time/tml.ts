/**
 * TimeML (.tml) reader for the time evaluation: strips the inline XML of the TEXT element to
 * raw text and maps every TIMEX3 to character offsets in that text. The document creation time
 * (DCT) is the TIMEX3 with functionInDocument="CREATION_TIME"; it sits outside TEXT in these
 * files, so it is the anchor, not a scored expression.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface GoldTimex {
  tid: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod: string | null;
}

export interface TmlDoc {
  id: string;
  file: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (all, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X'))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] ?? null) : null;
}

export function parseTml(xml: string, file = ''): TmlDoc {
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? path.basename(file, '.tml');
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    if (m[0].includes('CREATION_TIME')) {
      dct = attr(m[0], 'value');
      break;
    }
  }
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let current: {
    tid: string;
    start: number;
    type: string;
    value: string;
    mod: string | null;
  } | null = null;
  const re = /<(\/?)([a-z\d]+)(?![a-z\d])[^>]*>/gi;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = m[2];
    if (name !== 'TIMEX3') continue;
    if (!closing) {
      const tag = m[0];
      current = {
        tid: attr(tag, 'tid') ?? '',
        start: text.length,
        type: attr(tag, 'type') ?? '',
        value: attr(tag, 'value') ?? '',
        mod: attr(tag, 'mod'),
      };
      if (tag.endsWith('/>')) current = null;
    } else if (current) {
      timexes.push({ ...current, end: text.length, text: text.slice(current.start, text.length) });
      current = null;
    }
  }
  text += decode(body.slice(last));
  return { id, file, dct, text, timexes };
}

export function readCorpus(dir: string): TmlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTml(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f)));
}
