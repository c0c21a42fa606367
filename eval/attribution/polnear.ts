/**
 * PolNeAR loader: brat standoff (`.ann` beside `text/<doc>.txt`). Each `.ann` is one
 * annotator's reading of one article (some articles have several); every file is a document.
 * Offsets are code points in brat; PolNeAR texts hold no astral characters, so they equal
 * JS string indices (checked on load).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const POLNEAR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/datasets/polnear',
);

export type Range = [number, number];

export interface GoldRelation {
  source: Range[] | null;
  cue: Range[];
  content: Range[] | null;
}

export interface GoldDoc {
  name: string;
  text: string;
  relations: GoldRelation[];
}

function ranges(spec: string): Range[] {
  return spec.split(';').map((part) => {
    const [a, b] = part.trim().split(' ').map(Number);
    return [a ?? 0, b ?? 0] as Range;
  });
}

export function parseAnn(ann: string): GoldRelation[] {
  const spans = new Map<string, { type: string; ranges: Range[] }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T')) {
      const head = cols[1] ?? '';
      const sp = head.indexOf(' ');
      spans.set(id, { type: head.slice(0, sp), ranges: ranges(head.slice(sp + 1)) });
    } else if (id.startsWith('E')) {
      const roles: Record<string, string> = {};
      for (const part of (cols[1] ?? '').split(' ')) {
        const [role, ref] = part.split(':');
        if (role && ref) roles[role] = ref;
      }
      events.push(roles);
    }
  }
  const out: GoldRelation[] = [];
  for (const roles of events) {
    const get = (role: string): Range[] | null => {
      const ref = roles[role];
      return ref ? (spans.get(ref)?.ranges ?? null) : null;
    };
    const cue = get('Cue');
    if (!cue) continue;
    out.push({ source: get('Source'), cue, content: get('Content') });
  }
  return out;
}

export function loadSplit(split: 'train' | 'dev'): GoldDoc[] {
  const dir = path.join(POLNEAR, split);
  const annDir = path.join(dir, 'attributions');
  if (!existsSync(annDir)) return [];
  const docs: GoldDoc[] = [];
  for (const f of readdirSync(annDir).sort()) {
    if (!f.endsWith('.ann')) continue;
    const base = f.replace(/_[0-9a-f]+\.ann$/, '');
    const txt = path.join(dir, 'text', `${base}.txt`);
    if (!existsSync(txt)) continue;
    const text = readFileSync(txt, 'utf8');
    if (/[\uD800-\uDBFF]/.test(text))
      throw new Error(`${txt}: astral characters shift brat offsets`);
    docs.push({
      name: f.replace(/\.ann$/, ''),
      text,
      relations: parseAnn(readFileSync(path.join(annDir, f), 'utf8')),
    });
  }
  return docs;
}
