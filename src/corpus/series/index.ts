/**
 * Figure series: for a measured thing ("North Korean troops"), every reported figure in the
 * order of the date it refers to, with the date reported and the source path. A relative change
 * ("halved", "doubled") becomes a derived point: the change applied to a base figure, the same
 * article's figure of the same thing when it has one (`series#same-article-base`), else the
 * latest figure referring to a date before the change's end (`series#latest-before`); a change
 * with no base is listed with no value. A copy's figure is listed once, under its original,
 * with the copies in `alsoIn`.
 *
 * @example
 * const s = await seriesInStore(store, 'North Korean troops');
 * s.points.map((p) => [p.refersTo, p.value, p.derived]); // [['2024-11', 11000, false], ['2025-01-31', 5500, true]]
 */
import type { SitrepRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { figurePoints, type FigurePoint } from '../report/figures.js';
import { originalsOf } from '../report/load.js';
import type { OriginalRef } from '../sources/path.js';
import { matchPoint, seriesQuery, type SeriesQuery } from './match.js';

export interface SeriesPoint {
  refersTo: string | null;
  refersRule: FigurePoint['refersRule'];
  reported: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: string | null;
  unit: string | null;
  text: string;
  outlet: string | null;
  path: string;
  record: string;
  quantity: string;
  /** copies of the record carrying the same figure */
  alsoIn: string[];
  /** the rule that put it in this series */
  rule: string;
  derived: boolean;
  /** for a derived point: the change and the figure it applies to */
  derivedFrom: {
    change: number;
    record: string;
    quantity: string;
    text: string;
    value: number | null;
    rule: string;
  } | null;
}

export interface Series {
  query: SeriesQuery;
  points: SeriesPoint[];
}

const cmp = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

function plain(p: FigurePoint, rule: string): SeriesPoint {
  return {
    refersTo: p.refersTo,
    refersRule: p.refersRule,
    reported: p.published,
    value: p.value,
    low: p.low,
    high: p.high,
    approx: p.approx,
    unit: p.unit,
    text: p.text,
    outlet: p.outlet,
    path: p.path,
    record: p.record,
    quantity: p.quantity,
    alsoIn: [],
    rule,
    derived: false,
    derivedFrom: null,
  };
}

const scale = (v: number | null, f: number) => (v === null ? null : Math.round(v * f));

/** A series from figure points (pure). */
export function buildSeries(points: readonly FigurePoint[], queryText: string): Series {
  const query = seriesQuery(queryText);
  const matched: { p: FigurePoint; rule: string }[] = [];
  for (const p of points) {
    const rule = matchPoint(p, query);
    if (rule) matched.push({ p, rule });
  }
  // one point per figure: a copy's figure goes under its original's
  const byFigure = new Map<string, { p: FigurePoint; rule: string; alsoIn: string[] }>();
  for (const m of [...matched].sort((a, b) => (a.p.copyOf ? 1 : 0) - (b.p.copyOf ? 1 : 0))) {
    const key = `${m.p.copyOf ?? m.p.record}|${m.p.text}|${m.p.refersTo}`;
    const have = byFigure.get(key);
    if (have) have.alsoIn.push(m.p.record);
    else byFigure.set(key, { ...m, alsoIn: [] });
  }
  const figures = [...byFigure.values()].filter(
    (m) => m.p.value !== null || m.p.low !== null || m.p.high !== null,
  );
  const changes = [...byFigure.values()].filter(
    (m) => m.p.change !== null && m.p.value === null && m.p.low === null,
  );
  const out: SeriesPoint[] = figures.map((m) => ({
    ...plain(m.p, m.rule),
    alsoIn: m.alsoIn.sort(),
  }));
  for (const c of changes) {
    const change = c.p.change as number;
    const end = c.p.refersTo;
    const same = figures.find((f) => f.p.record === c.p.record || f.p.record === c.p.copyOf);
    const before = figures
      .filter((f) => f.p.refersTo !== null && end !== null && cmp(f.p.refersTo, end) < 0)
      .sort((a, b) => cmp(b.p.refersTo, a.p.refersTo) || cmp(b.p.published, a.p.published))[0];
    const base = same ?? before;
    const point = { ...plain(c.p, c.rule), alsoIn: c.alsoIn.sort(), derived: true };
    if (base) {
      point.value = scale(base.p.value, change);
      point.low = scale(base.p.low, change);
      point.high = scale(base.p.high, change);
      point.approx = base.p.approx;
      point.unit = base.p.unit;
      point.derivedFrom = {
        change,
        record: base.p.record,
        quantity: base.p.quantity,
        text: base.p.text,
        value: base.p.value,
        rule: same ? 'series#same-article-base' : 'series#latest-before',
      };
    } else {
      point.derivedFrom = {
        change,
        record: '',
        quantity: '',
        text: '',
        value: null,
        rule: 'series#no-base',
      };
    }
    out.push(point);
  }
  out.sort(
    (a, b) =>
      cmp(a.refersTo, b.refersTo) ||
      cmp(a.reported, b.reported) ||
      a.record.localeCompare(b.record) ||
      a.quantity.localeCompare(b.quantity),
  );
  return { query, points: out };
}

/** The series over records (copies given as originals). */
export function seriesOf(
  records: readonly SitrepRecord[],
  queryText: string,
  originals: ReadonlyMap<string, OriginalRef> = new Map(),
): Series {
  return buildSeries(
    records.flatMap((r) => figurePoints(r, originals.get(r.id) ?? null)),
    queryText,
  );
}

/** The series over every stored record: one scan, figure points only kept. */
export async function seriesInStore(store: Store, queryText: string): Promise<Series> {
  const query = seriesQuery(queryText);
  const kept: SitrepRecord[] = [];
  for await (const r of store.scan()) {
    if (figurePoints(r).some((p) => matchPoint(p, query))) kept.push(r);
  }
  return seriesOf(kept, queryText, await originalsOf(store, kept));
}

const CSV_COLUMNS = [
  'refers_to',
  'refers_rule',
  'reported',
  'value',
  'low',
  'high',
  'approx',
  'unit',
  'text',
  'outlet',
  'path',
  'derived',
  'derived_from',
  'change',
  'record',
  'quantity',
  'also_in',
  'rule',
] as const;

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The series as CSV, one row per point. */
export function seriesCsv(s: Series): string {
  const rows = s.points.map((p) =>
    [
      p.refersTo,
      p.refersRule,
      p.reported,
      p.value,
      p.low,
      p.high,
      p.approx,
      p.unit,
      p.text,
      p.outlet,
      p.path,
      p.derived,
      p.derivedFrom ? `${p.derivedFrom.record}#${p.derivedFrom.quantity}` : '',
      p.derivedFrom?.change ?? '',
      p.record,
      p.quantity,
      p.alsoIn.join(' '),
      p.rule,
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
