/**
 * Figures that cannot both hold: two reports counting the same thing (things.ts: same or
 * compatible thing, agreeing qualifiers), in the same unit, at the same date (the month they
 * refer to), about the same event (`sameEvent`: one event cluster, one story, or one type and a
 * shared specific actor or place), from different articles that are not copies of each other,
 * whose ranges widened by their hedges' tolerance (ranges.ts) do not overlap. Dates: days at
 * most MAX_DAYS apart, or one month (`sameDate`); year-only figures are left out. Increments
 * ("two more") are not totals and are left out. Blocked by (thing, unit, month).
 */
import type { FigurePoint } from '../report/figures.js';
import { compatibleQualifiers } from '../report/things.js';
import { figureRange, overlaps, type FigureRange } from './ranges.js';
import type { Contradiction, Side } from './types.js';

/** the most points compared within one block (a block this big is a bulk story, not a dispute) */
export const MAX_BLOCK = 200;

/** things compared under one key ("North Koreans" counted as troops: data compatible list) */
const FAMILY: Record<string, string> = { nationals: 'troops' };

/** the most days apart two day-dated figures may refer to and still be one count */
export const MAX_DAYS = 2;

const dayOf = (v: string) =>
  /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v.slice(0, 10)) / 86_400_000 : null;

/**
 * Whether two figures refer to one date: both to days at most MAX_DAYS apart, or one to a month
 * ("in November 2024") and the other to that month or a day in it (the block key holds the
 * month). Tallies a week apart are a series, not a dispute.
 */
export function sameDate(a: FigurePoint, b: FigurePoint): boolean {
  const da = a.refersTo ? dayOf(a.refersTo) : null;
  const db = b.refersTo ? dayOf(b.refersTo) : null;
  return da === null || db === null || Math.abs(da - db) <= MAX_DAYS;
}

export function figureKey(p: FigurePoint): string | null {
  // a figure dated by a year only ("last year") is too coarse to dispute another
  if (p.refersTo === null || !/^\d{4}-\d{2}/.test(p.refersTo)) return null;
  const month = p.refersTo.slice(0, 7);
  return [FAMILY[p.thing] ?? p.thing, p.unit ?? '-', month].join('|');
}

/**
 * Figures of different kinds of event are different counts (11,000 arrived, 3,000 killed); a
 * figure linked to no event ("attacked Kyiv with 42 drones" when the events stage linked none)
 * may be compared with any. A generic event (`other`) is a kind of its own.
 */
export const sameEventKind = (a: FigurePoint, b: FigurePoint) =>
  a.event === null || b.event === null || a.event.type === b.event.type;

/**
 * Whether two figures report the same event, and by which rule: their events are in one event
 * cluster; their articles are one story and their events of one kind (or one linked to none);
 * or, across clusters, typed events of one type sharing a specific actor or place.
 */
export function sameEvent(a: FigurePoint, b: FigurePoint): string | null {
  if (a.cluster !== null && a.cluster === b.cluster) return 'same-event-cluster';
  if (a.story !== null && a.story === b.story && sameEventKind(a, b)) return 'same-story';
  if (
    a.event &&
    b.event &&
    a.event.type === b.event.type &&
    a.event.type !== 'other' &&
    a.actors.some((x) => b.actors.includes(x))
  )
    return 'same-actor';
  return null;
}

const fmt = (n: number) =>
  Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : n > 0 ? '∞' : '-∞';
export const formatRange = (r: FigureRange) =>
  `${fmt(r.low)}–${fmt(r.high)} (${r.rule.split('#')[1]})`;

export function sideOfFigure(p: FigurePoint, r: FigureRange | null): Side {
  return {
    record: p.record,
    outlet: p.outlet,
    published: p.published,
    ref: p.quantity,
    text: p.text,
    refersTo: p.refersTo,
    path: p.path,
    detail: r ? formatRange(r) : `change ×${p.change}`,
  };
}

/** Same article, or one a copy of the other (or both copies of one original). */
export function sameText(a: FigurePoint, b: FigurePoint): boolean {
  const ra = a.copyOf ?? a.record;
  const rb = b.copyOf ?? b.record;
  return ra === rb || a.record === b.record;
}

/** Contradicting figures among `points` (any records). */
export function figureContradictions(points: readonly FigurePoint[]): Contradiction[] {
  const blocks = new Map<string, { p: FigurePoint; r: FigureRange }[]>();
  for (const p of points) {
    if (p.increment || (p.value === null && p.low === null && p.high === null)) continue;
    const key = figureKey(p);
    const r = figureRange(p);
    if (key === null || r === null) continue;
    const list = blocks.get(key) ?? [];
    if (list.length < MAX_BLOCK) list.push({ p, r });
    blocks.set(key, list);
  }
  const out: Contradiction[] = [];
  for (const [key, list] of blocks) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (sameText(a.p, b.p)) continue;
        if (!compatibleQualifiers(a.p.qualifier, b.p.qualifier)) continue;
        if (!sameDate(a.p, b.p)) continue;
        const how = sameEvent(a.p, b.p);
        if (how === null || overlaps(a.r, b.r)) continue;
        const [x, y] = a.p.record <= b.p.record ? [a, b] : [b, a];
        out.push({
          kind: 'figures',
          rule: `contradictions/figures#no-overlap(${x.r.rule.split('#')[1]},${y.r.rule.split('#')[1]})+${how}`,
          reason: `${x.p.text} vs ${y.p.text} (${key.split('|')[2]}): ${formatRange(x.r)} and ${formatRange(y.r)} do not overlap`,
          key,
          a: sideOfFigure(x.p, x.r),
          b: sideOfFigure(y.p, y.r),
        });
      }
    }
  }
  return out;
}
