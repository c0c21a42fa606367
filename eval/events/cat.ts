/**
 * MEANTIME CAT XML reader for the events evaluation. CAT files hold tokens (no white space)
 * and token-anchored markables: EVENT_MENTION, ENTITY_MENTION, TIMEX3, VALUE, and relations
 * HAS_PARTICIPANT (event -> entity, PropBank role) and TLINK (event -> TIMEX3 or event).
 *
 * The reader rebuilds a plain text (title, date line, then the body, one sentence per line,
 * tokens joined with news spacing rules) and maps every token to its character span, so gold
 * markables become character spans comparable with a sitrep record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface GoldSpan {
  id: string;
  start: number;
  end: number;
  text: string;
  /** character spans of each anchored token (event mentions can be discontinuous) */
  parts: { start: number; end: number }[];
  sentence: number;
}

export interface GoldEvent extends GoldSpan {
  pos: string;
  cls: string;
}

export interface GoldTimex extends GoldSpan {
  type: string;
  value: string;
  creation: boolean;
}

export interface CatDoc {
  id: string;
  file: string;
  text: string;
  dct: string | null;
  /** last annotated sentence (MEANTIME annotates the title, date line and first sentences) */
  annotatedEnd: number;
  /** character offset where the annotated region (sentences 0..ANNOTATED_LAST) ends */
  regionEnd: number;
  events: GoldEvent[];
  entities: GoldSpan[];
  timexes: GoldTimex[];
  participants: { event: string; entity: string; role: string }[];
  tlinks: { source: string; target: string; rel: string }[];
}

/** MEANTIME guidelines: the title, the date line and the first four body sentences (CAT sentences 0-5). */
export const ANNOTATED_LAST = 5;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#\d+|[a-z]+);/gi, (all, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10)) : (XML_ENTITIES[e] ?? all),
  );
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m?.[1] ?? '';
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '%',
  "'s",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  '...',
]);
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm', 't']);
const NO_SPACE_AFTER = new Set(['(', '[', '$', '£', '€']);

function nextWord(tokens: { tid: string; word: string }[], t: { tid: string }): string {
  const i = tokens.findIndex((x) => x.tid === t.tid);
  return tokens[i + 1]?.word ?? '';
}

export function parseCat(xml: string, file = ''): CatDoc {
  const id =
    attr(/<Document\b[^>]*>/.exec(xml)?.[0] ?? '', 'doc_id') || path.basename(file, '.xml');
  const tokens: { tid: string; sentence: number; word: string }[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    tokens.push({
      tid: attr(m[1] ?? '', 't_id'),
      sentence: Number(attr(m[1] ?? '', 'sentence')),
      word: decode(m[2] ?? ''),
    });
  }
  // rebuild the text
  const spans = new Map<string, { start: number; end: number; sentence: number }>();
  let text = '';
  let prevSentence = -1;
  let prevWord = '';
  let quoteOpen = false;
  for (const t of tokens) {
    let sep = ' ';
    if (t.sentence !== prevSentence) sep = prevSentence < 0 ? '' : prevSentence < 2 ? '\n\n' : ' ';
    else if (NO_SPACE_BEFORE.has(t.word) || NO_SPACE_AFTER.has(prevWord)) sep = '';
    else if (prevWord === "'" && CLITICS.has(t.word.toLowerCase()))
      sep = ''; // "we ' re" -> "we're"
    else if (t.word === "'" && CLITICS.has(nextWord(tokens, t).toLowerCase())) sep = '';
    else if (t.word === '"') sep = quoteOpen ? '' : ' ';
    else if (prevWord === '"' && quoteOpen) sep = '';
    if (t.word === '"') quoteOpen = !quoteOpen;
    // the date line and title are their own paragraphs; body sentences run on
    text += sep;
    const start = text.length;
    text += t.word;
    spans.set(t.tid, { start, end: text.length, sentence: t.sentence });
    prevSentence = t.sentence;
    prevWord = t.word;
  }
  let regionEnd = 0;
  for (const s of spans.values())
    if (s.sentence <= ANNOTATED_LAST) regionEnd = Math.max(regionEnd, s.end);
  const markables = xml.slice(xml.indexOf('<Markables>'));
  const events: GoldEvent[] = [];
  const entities: GoldSpan[] = [];
  const timexes: GoldTimex[] = [];
  let annotatedEnd = 0;
  for (const m of markables.matchAll(
    /<(EVENT_MENTION|ENTITY_MENTION|TIMEX3|VALUE)\b([^>]*)>([\s\S]*?)<\/\1>/g,
  )) {
    const [, tag = '', attrs = '', body = ''] = m;
    const parts: { start: number; end: number; sentence: number }[] = [];
    for (const a of body.matchAll(/t_id="(\d+)"/g)) {
      const s = spans.get(a[1] ?? '');
      if (s) parts.push(s);
    }
    parts.sort((a, b) => a.start - b.start);
    const first = parts[0];
    const last = parts[parts.length - 1];
    const mid = attr(attrs, 'm_id');
    if (!first || !last) {
      if (tag === 'TIMEX3' && attr(attrs, 'functionInDocument') === 'CREATION_TIME') {
        timexes.push({
          id: mid,
          start: -1,
          end: -1,
          text: '',
          parts: [],
          sentence: -1,
          type: attr(attrs, 'type'),
          value: attr(attrs, 'value'),
          creation: true,
        });
      }
      continue;
    }
    const span: GoldSpan = {
      id: mid,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      parts: parts.map((p) => ({ start: p.start, end: p.end })),
      sentence: first.sentence,
    };
    annotatedEnd = Math.max(annotatedEnd, last.sentence);
    if (tag === 'EVENT_MENTION') events.push({ ...span, pos: attr(attrs, 'pos'), cls: '' });
    else if (tag === 'ENTITY_MENTION') entities.push(span);
    else if (tag === 'TIMEX3') {
      timexes.push({
        ...span,
        type: attr(attrs, 'type'),
        value: attr(attrs, 'value'),
        creation: attr(attrs, 'functionInDocument') === 'CREATION_TIME',
      });
    }
  }
  // event classes live on the EVENT instances, linked by REFERS_TO
  const classOf = new Map<string, string>();
  for (const m of markables.matchAll(/<EVENT\b([^>]*)\/>/g))
    classOf.set(attr(m[1] ?? '', 'm_id'), attr(m[1] ?? '', 'class'));
  const relations = xml.slice(xml.indexOf('<Relations>'));
  const rel = (name: string) =>
    [...relations.matchAll(new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'g'))].map(
      (m) => ({
        attrs: m[1] ?? '',
        sources: [...(m[2] ?? '').matchAll(/<source m_id="(\d+)"/g)].map((s) => s[1] ?? ''),
        targets: [...(m[2] ?? '').matchAll(/<target m_id="(\d+)"/g)].map((s) => s[1] ?? ''),
      }),
    );
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const r of rel('REFERS_TO')) {
    const cls = classOf.get(r.targets[0] ?? '');
    if (!cls) continue;
    for (const s of r.sources) {
      const e = byId.get(s);
      if (e) e.cls = cls;
    }
  }
  const participants = rel('HAS_PARTICIPANT').flatMap((r) =>
    r.sources.flatMap((s) =>
      r.targets.map((t) => ({ event: s, entity: t, role: attr(r.attrs, 'sem_role') })),
    ),
  );
  const tlinks = rel('TLINK').flatMap((r) =>
    r.sources.flatMap((s) =>
      r.targets.map((t) => ({ source: s, target: t, rel: attr(r.attrs, 'reltype') })),
    ),
  );
  const dct = timexes.find((t) => t.creation)?.value ?? null;
  return {
    id,
    file,
    text,
    dct,
    annotatedEnd,
    regionEnd,
    events,
    entities,
    timexes,
    participants,
    tlinks,
  };
}

export function readCatDir(dir: string): CatDoc[] {
  const out: CatDoc[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = path.join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith('.xml')) out.push(parseCat(readFileSync(p, 'utf8'), p));
    }
  };
  walk(dir);
  return out;
}
