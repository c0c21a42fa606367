/**
 * Which figure points a series query names. "North Korean troops" is the thing `troops` with the
 * qualifier `north korean` (report/things.ts). A point matches when its thing is the same or
 * compatible and its qualifier agrees; a point with no qualifier of its own ("Pyongyang sent
 * about 12,000 troops") matches only when its sentence mentions the qualifier or an entity of
 * the qualifier's country (data/entities/demonyms.json: North Korean -> KP, Pyongyang is in KP).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigurePoint } from '../report/figures.js';
import {
  compatibleQualifiers,
  compatibleThings,
  thingOfQuery,
  type Thing,
} from '../report/things.js';
import { norm } from '../sources/path.js';

const DEMONYMS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/entities/demonyms.json',
);
interface Demonym {
  adj: string;
  plural: string;
  country?: string;
}
let byAdj: Map<string, string> | null = null;
function countryOf(qualifier: string): string | null {
  if (!byAdj) {
    byAdj = new Map();
    const file = JSON.parse(readFileSync(DEMONYMS, 'utf8')) as { entries: Demonym[] };
    for (const d of file.entries) {
      if (!d.country) continue;
      for (const form of [d.adj, d.plural])
        if (typeof form === 'string') byAdj.set(norm(form), d.country);
    }
  }
  return byAdj.get(qualifier) ?? null;
}

export interface SeriesQuery extends Thing {
  text: string;
  /** ISO country of the qualifier, when it is a demonym */
  country: string | null;
}

export function seriesQuery(text: string): SeriesQuery {
  const t = thingOfQuery(text);
  return { ...t, text, country: t.qualifier ? countryOf(t.qualifier) : null };
}

/** Why a point belongs to the query's series, or null when it does not. */
export function matchPoint(p: FigurePoint, q: SeriesQuery): string | null {
  if (!compatibleThings(p.thing, q.thing)) return null;
  if (q.qualifier === null) return p.thing === q.thing ? 'series#thing' : null;
  if (p.qualifier !== null)
    return compatibleQualifiers(p.qualifier, q.qualifier) ? 'series#qualifier' : null;
  if (p.thing !== q.thing) return null;
  if (p.context.some((c) => c.includes(q.qualifier as string))) return 'series#sentence-mentions';
  if (q.country && p.context.includes(`cc:${q.country}`)) return 'series#sentence-country';
  return null;
}
