/**
 * Scoring for attribution relations against PolNeAR: per role (source, cue, content) exact-span,
 * overlap (one-to-one spans that share a character) and token (tokens covered) P/R/F1; and
 * relation-level matching (cue overlaps, source overlaps or both absent, content overlaps).
 */
import type { Token } from '../../src/core/record.js';
import type { GoldRelation, Range } from './polnear.js';

export interface Rel {
  source: Range[] | null;
  cue: Range[];
  content: Range[] | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const overlaps = (a: Range[], b: Range[]): boolean =>
  a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
const same = (a: Range[], b: Range[]): boolean =>
  a.length === b.length && a.every(([s, e], i) => b[i]?.[0] === s && b[i]?.[1] === e);

/** one-to-one greedy matching in order */
export function match<T, U>(
  pred: T[],
  gold: U[],
  ok: (p: T, g: U) => boolean,
): { tp: number; used: Set<number>; hit: Set<number> } {
  const used = new Set<number>();
  const hit = new Set<number>();
  pred.forEach((p, i) => {
    for (let j = 0; j < gold.length; j++) {
      if (used.has(j)) continue;
      const g = gold[j];
      if (g !== undefined && ok(p, g)) {
        used.add(j);
        hit.add(i);
        return;
      }
    }
  });
  return { tp: hit.size, used, hit };
}

export type Role = 'source' | 'cue' | 'content';
export interface DocScore {
  exact: Record<Role, Counts>;
  overlap: Record<Role, Counts>;
  token: Record<Role, Counts>;
  relation: Counts;
  missed: GoldRelation[];
  spurious: Rel[];
  /** cue spans with no overlapping counterpart: gold missed, predicted wrong */
  cueMissed: string[];
  cueSpurious: string[];
}

export function emptyScore(): DocScore {
  const r = (): Record<Role, Counts> => ({ source: zero(), cue: zero(), content: zero() });
  return {
    exact: r(),
    overlap: r(),
    token: r(),
    relation: zero(),
    missed: [],
    spurious: [],
    cueMissed: [],
    cueSpurious: [],
  };
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

export function addScore(into: DocScore, s: DocScore): void {
  for (const kind of ['exact', 'overlap', 'token'] as const) {
    for (const role of ['source', 'cue', 'content'] as const) add(into[kind][role], s[kind][role]);
  }
  add(into.relation, s.relation);
  into.missed.push(...s.missed);
  into.spurious.push(...s.spurious);
  into.cueMissed.push(...s.cueMissed);
  into.cueSpurious.push(...s.cueSpurious);
}

/** Unique spans of one role (several relations may share a source or a content). */
function roleSpans(rels: (Rel | GoldRelation)[], role: Role): Range[][] {
  const out: Range[][] = [];
  for (const r of rels) {
    const s = r[role];
    if (s && !out.some((o) => same(o, s))) out.push(s);
  }
  return out;
}

function covered(tokens: readonly Token[], spans: Range[][]): Set<number> {
  const out = new Set<number>();
  const flat = spans.flat();
  tokens.forEach((t, i) => {
    if (!/\w/.test(t.text)) return;
    if (flat.some(([s, e]) => t.start < e && s < t.end)) out.add(i);
  });
  return out;
}

export function scoreDoc(
  pred: Rel[],
  gold: GoldRelation[],
  tokens: readonly Token[],
  text = '',
): DocScore {
  const s = emptyScore();
  const words = (r: Range[]): string =>
    r
      .map(([a, b]) => text.slice(a, b))
      .join(' ')
      .toLowerCase();
  for (const role of ['source', 'cue', 'content'] as const) {
    const p = roleSpans(pred, role);
    const g = roleSpans(gold, role);
    const ex = match(p, g, same).tp;
    s.exact[role] = { tp: ex, fp: p.length - ex, fn: g.length - ex };
    const om = match(p, g, overlaps);
    const ov = om.tp;
    if (role === 'cue') {
      s.cueMissed = g.filter((_, j) => !om.used.has(j)).map(words);
      s.cueSpurious = p.filter((_, i) => !om.hit.has(i)).map(words);
    }
    s.overlap[role] = { tp: ov, fp: p.length - ov, fn: g.length - ov };
    const pt = covered(tokens, p);
    const gt = covered(tokens, g);
    let tp = 0;
    for (const i of pt) if (gt.has(i)) tp++;
    s.token[role] = { tp, fp: pt.size - tp, fn: gt.size - tp };
  }
  const m = match(pred, gold, (p, g) => {
    if (!overlaps(p.cue, g.cue)) return false;
    if ((p.source === null) !== (g.source === null)) return false;
    if (p.source && g.source && !overlaps(p.source, g.source)) return false;
    if (!p.content || !g.content) return p.content === g.content;
    return overlaps(p.content, g.content);
  });
  s.relation = { tp: m.tp, fp: pred.length - m.tp, fn: gold.length - m.tp };
  s.missed = gold.filter((_, j) => !m.used.has(j));
  s.spurious = pred.filter((_, i) => !m.hit.has(i));
  return s;
}
