/**
 * MEANTIME CAT XML reader for the events evaluation. CAT files hold tokens (no white space)
 * and token-anchored markables: EVENT_MENTION, ENTITY_MENTION, TIMEX3, VALUE, and relations
 * HAS_PARTICIPANT (event -> entity, PropBank role) and TLINK (event -> TIMEX3 or event).
 *
 * The shared reader (eval/meantime/cat.ts) rebuilds a plain text (title and date line as
 * paragraphs, then the body sentences run on) and maps every token to its character span, so
 * gold markables become character spans comparable with a sitrep record.
 */
import { readCatDir as readCatFiles, type CatFile } from '../meantime/cat.js';

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

const SPANNED = new Set(['EVENT_MENTION', 'ENTITY_MENTION', 'TIMEX3', 'VALUE']);

export function toCatDoc(doc: CatFile): CatDoc {
  let regionEnd = 0;
  for (const t of doc.tokens)
    if (t.sentence <= ANNOTATED_LAST) regionEnd = Math.max(regionEnd, t.end);
  const events: GoldEvent[] = [];
  const entities: GoldSpan[] = [];
  const timexes: GoldTimex[] = [];
  let annotatedEnd = 0;
  for (const m of doc.markables) {
    if (!SPANNED.has(m.tag)) continue;
    const a = (name: string) => m.attrs[name] ?? '';
    const parts = m.tokens.flatMap((tid) => doc.byTid.get(tid) ?? []);
    parts.sort((x, y) => x.start - y.start);
    const first = parts[0];
    const last = parts[parts.length - 1];
    const creation = a('functionInDocument') === 'CREATION_TIME';
    if (!first || !last) {
      if (m.tag === 'TIMEX3' && creation) {
        timexes.push({
          id: a('m_id'),
          start: -1,
          end: -1,
          text: '',
          parts: [],
          sentence: -1,
          type: a('type'),
          value: a('value'),
          creation,
        });
      }
      continue;
    }
    const span: GoldSpan = {
      id: a('m_id'),
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      parts: parts.map((p) => ({ start: p.start, end: p.end })),
      sentence: first.sentence,
    };
    annotatedEnd = Math.max(annotatedEnd, last.sentence);
    if (m.tag === 'EVENT_MENTION') events.push({ ...span, pos: a('pos'), cls: '' });
    else if (m.tag === 'ENTITY_MENTION') entities.push(span);
    else if (m.tag === 'TIMEX3')
      timexes.push({ ...span, type: a('type'), value: a('value'), creation });
  }
  // event classes live on the EVENT instances, linked by REFERS_TO
  const classOf = new Map<string, string>();
  for (const m of doc.markables)
    if (m.tag === 'EVENT') classOf.set(m.attrs.m_id ?? '', m.attrs.class ?? '');
  const byId = new Map(events.map((e) => [e.id, e]));
  const rel = (name: string) => doc.relations.filter((r) => r.tag === name);
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
      r.targets.map((t) => ({ event: s, entity: t, role: r.attrs.sem_role ?? '' })),
    ),
  );
  const tlinks = rel('TLINK').flatMap((r) =>
    r.sources.flatMap((s) =>
      r.targets.map((t) => ({ source: s, target: t, rel: r.attrs.reltype ?? '' })),
    ),
  );
  const dct = timexes.find((t) => t.creation)?.value ?? null;
  return {
    id: doc.id,
    file: doc.file,
    text: doc.text,
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
  return readCatFiles(dir, 'paragraphs').map(toCatDoc);
}
