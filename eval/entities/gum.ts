/**
 * GUM news (gum-news/dep/*.conllu): GUM's entity layer lives in the CoNLL-U MISC column
 * (`Entity=(3-organization-...`, closed by `3)`); the XML files of the release carry the same
 * tokens without the entity brackets, so we read the CoNLL-U files of the same documents.
 *
 * GUM annotates every mention, named or not (pronouns, "the country's military"). The
 * entities layer is scored on named mentions: a GUM mention is named when its syntactic head
 * (the one token of the span whose head lies outside it) is a PROPN. Types: person -> PER,
 * organization -> ORG, place -> LOC; other GUM types are not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldMention, GoldSet } from './gold.js';

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

interface Word {
  id: number;
  head: number;
  upos: string;
  start: number;
  end: number;
  entity: string;
}

export function loadGum(dir: string): GoldSet {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort();
  const docs = files.map((f) => parseConllu(readFileSync(path.join(dir, f), 'utf8'), f));
  return {
    name: 'gum-news',
    mapping: 'person->PER, organization->ORG, place->LOC; named mentions only (head token PROPN)',
    scope: 'named',
    docs,
  };
}

export function parseConllu(src: string, file: string): GoldDoc {
  let text = '';
  let published: string | null = null;
  const gold: GoldMention[] = [];
  let newPar = false;
  let sentText = '';
  let sentBase = 0;
  let cursor = 0;
  let words: Word[] = [];
  let rangeEnd = -1;
  let rangeSpan: [number, number] = [0, 0];
  let rangeCursor = 0;

  const flush = (): void => {
    if (words.length > 0) gold.push(...mentions(words, text));
    words = [];
  };

  for (const line of src.split('\n')) {
    if (line.startsWith('# meta::dateCreated = ')) published = line.slice(22).trim();
    if (line.startsWith('# newpar')) newPar = true;
    if (line.startsWith('# text = ')) {
      flush();
      sentText = line.slice(9);
      if (text !== '') text += newPar ? '\n\n' : ' ';
      newPar = false;
      sentBase = text.length;
      text += sentText;
      cursor = 0;
      rangeEnd = -1;
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const idCol = cols[0] ?? '';
    const form = cols[1] ?? '';
    if (idCol.includes('.')) continue;
    const located = locate(sentText, form, cursor);
    if (idCol.includes('-')) {
      rangeEnd = Number(idCol.split('-')[1]);
      rangeSpan = [sentBase + located[0], sentBase + located[1]];
      rangeCursor = 0;
      cursor = located[1];
      continue;
    }
    const id = Number(idCol);
    let span: [number, number];
    if (id <= rangeEnd) {
      // a word of a multi-word token ("Warhol's" = "Warhol" + "'s"): find it inside the token
      const surface = text.slice(rangeSpan[0], rangeSpan[1]);
      const at = surface.toLowerCase().indexOf(form.toLowerCase(), rangeCursor);
      if (at >= 0) {
        span = [rangeSpan[0] + at, rangeSpan[0] + at + form.length];
        rangeCursor = at + form.length;
      } else span = [rangeSpan[0] + rangeCursor, rangeSpan[1]];
    } else {
      span = [sentBase + located[0], sentBase + located[1]];
      cursor = located[1];
    }
    const misc = cols[9] ?? '';
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1] ?? '';
    words.push({
      id,
      head: Number(cols[6]),
      upos: cols[3] ?? '',
      start: span[0],
      end: span[1],
      entity,
    });
  }
  flush();
  return { id: path.basename(file, '.conllu'), text, published, gold };
}

function locate(sentence: string, form: string, from: number): [number, number] {
  const at = sentence.indexOf(form, from);
  if (at < 0) return [from, from];
  return [at, at + form.length];
}

/** Named PER/ORG/LOC mentions of one sentence. */
function mentions(words: Word[], text: string): GoldMention[] {
  const open: { id: string; type: string; first: number }[] = [];
  const spans: { type: string; first: number; last: number }[] = [];
  words.forEach((w, i) => {
    for (const m of w.entity.matchAll(/\((\d+)-([a-z]+)(?:-[^()]*)?(\))?|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        if (m[3]) spans.push({ type: m[2] ?? '', first: i, last: i });
        else open.push({ id: m[1], type: m[2] ?? '', first: i });
      } else {
        for (let k = open.length - 1; k >= 0; k--) {
          const o = open[k];
          if (o && o.id === m[4]) {
            spans.push({ type: o.type, first: o.first, last: i });
            open.splice(k, 1);
            break;
          }
        }
      }
    }
  });
  const out: GoldMention[] = [];
  for (const s of spans) {
    const cls = TYPE[s.type];
    if (!cls) continue;
    const inside = words.slice(s.first, s.last + 1);
    const ids = new Set(inside.map((w) => w.id));
    const head = inside.find((w) => !ids.has(w.head));
    if (!head || head.upos !== 'PROPN') continue;
    const a = inside[0];
    const b = inside[inside.length - 1];
    if (!a || !b) continue;
    out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), cls: [cls] });
  }
  return out;
}
