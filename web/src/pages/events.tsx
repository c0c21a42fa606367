/** @jsxImportSource preact */
/**
 * Events: a map of the events whose place has coordinates, drawn from bundled offline data
 * (world-atlas country shapes, d3-geo projection: no tiles from the internet), and a table of
 * events that downloads as CSV (the rows shown, or the whole ACLED-like export).
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api, csvField, getJson, recordLink } from '../api.js';

interface EventRow {
  record: string;
  event: string;
  type: string;
  variant: string | null;
  top: string | null;
  date: string | null;
  actors: string[];
  targets: string[];
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  fatalities: number | null;
  modality: string;
  sentence: string;
  outlet: string | null;
  published: string | null;
}

/** pages of 100 read for the map and table, at most */
const MAX_PAGES = 10;

const countries = feature(
  world as unknown as Topology,
  (world as unknown as Topology).objects.countries!,
) as unknown as FeatureCollection<Geometry>;

const W = 960;
const H = 480;

interface Place {
  name: string;
  lat: number;
  lon: number;
  rows: EventRow[];
}

function EventMap({ rows }: { rows: EventRow[] }) {
  const places = useMemo(() => {
    const by = new Map<string, Place>();
    for (const r of rows) {
      const p = r.place;
      if (!p || p.lat === null || p.lon === null) continue;
      const k = `${p.lat},${p.lon}`;
      const place = by.get(k) ?? { name: p.name, lat: p.lat, lon: p.lon, rows: [] };
      place.rows.push(r);
      by.set(k, place);
    }
    return [...by.values()];
  }, [rows]);
  const projection = useMemo(() => {
    const lons = places.map((p) => p.lon);
    const lats = places.map((p) => p.lat);
    // the places' bounding box, at least 16° by 10° and padded, so a lone city has context
    const pad = (lo: number, hi: number, min: number) => {
      const extra = Math.max(0, min - (hi - lo)) / 2 + 2;
      return [lo - extra, hi + extra] as const;
    };
    const [x0, x1] = places.length ? pad(Math.min(...lons), Math.max(...lons), 16) : [-170, 170];
    const [y0, y1] = places.length ? pad(Math.min(...lats), Math.max(...lats), 10) : [-55, 75];
    const box = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'MultiPoint' as const,
        coordinates: [
          [x0, Math.max(-80, y0)],
          [x1, Math.min(80, y1)],
        ],
      },
    };
    return geoMercator().fitExtent(
      [
        [10, 10],
        [W - 10, H - 10],
      ],
      box,
    );
  }, [places]);
  const path = geoPath(projection);
  const max = Math.max(1, ...places.map((p) => p.rows.length));
  return (
    <svg class="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="map of events">
      <rect width={W} height={H} fill="#dfeaf3" />
      {countries.features.map((f, i) => (
        <path key={i} d={path(f) ?? ''} fill="#f4f1ea" stroke="#b8b2a5" stroke-width="0.7" />
      ))}
      {places.map((p) => {
        const xy = projection([p.lon, p.lat]);
        if (!xy) return null;
        const r = 5 + 9 * Math.sqrt(p.rows.length / max);
        const types = [...new Set(p.rows.map((x) => x.type))].join(', ');
        return (
          <g key={`${p.lat},${p.lon}`} class="marker">
            <circle
              cx={xy[0]}
              cy={xy[1]}
              r={r}
              fill="#c0392b"
              fill-opacity="0.75"
              stroke="#fff"
              stroke-width="1.5"
            >
              <title>
                {`${p.name}: ${p.rows.length} event${p.rows.length === 1 ? '' : 's'} (${types})`}
              </title>
            </circle>
            <text x={xy[0] + r + 3} y={xy[1] + 4} font-size="13" fill="#1d232a">
              {p.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const COLUMNS = [
  'date',
  'type',
  'place',
  'country',
  'latitude',
  'longitude',
  'actors',
  'targets',
  'fatalities',
  'modality',
  'outlet',
  'published',
  'sentence',
  'record',
  'event',
] as const;

function toCsv(rows: EventRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows)
    lines.push(
      [
        r.date,
        r.type,
        r.place?.name,
        r.place?.country,
        r.place?.lat,
        r.place?.lon,
        r.actors.join('; '),
        r.targets.join('; '),
        r.fatalities,
        r.modality,
        r.outlet,
        r.published,
        r.sentence,
        r.record,
        r.event,
      ]
        .map(csvField)
        .join(','),
    );
  return lines.join('\r\n') + '\r\n';
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function EventsPage() {
  const [rows, setRows] = useState<EventRow[] | null>(null);
  const [more, setMore] = useState(false);
  const [type, setType] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const all: EventRow[] = [];
      let next: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const r: { items: EventRow[]; next: string | null } = await getJson(
          api('/api/events', { limit: 100, cursor: next ?? undefined }),
        );
        all.push(...r.items);
        next = r.next;
        if (!next) break;
      }
      setMore(next !== null);
      return all;
    })().then(setRows, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p class="error">{error}</p>;
  if (!rows) return <p>Loading…</p>;
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const shown = rows
    .filter((r) => !type || r.type === type)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const located = shown.filter((r) => r.place?.lat != null).length;
  return (
    <main class="events">
      <h1>Events</h1>
      <div class="toolbar">
        <label>
          type{' '}
          <select
            name="type"
            value={type}
            onChange={(e) => setType((e.target as HTMLSelectElement).value)}
          >
            <option value="">all</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <span class="meta">
          {shown.length} events, {located} on the map
          {more ? ` (the first ${rows.length} read)` : ''}
        </span>
        <button
          type="button"
          class="csv"
          onClick={() => download('sitrep-events.csv', toCsv(shown))}
        >
          Download these as CSV
        </button>
        <a href={api('/api/export', { format: 'acled-csv' })}>all events, ACLED-like CSV</a>
      </div>
      <EventMap rows={shown} />
      <div class="table-wrap">
        <table class="grid events-table">
          <thead>
            <tr>
              <th>date</th>
              <th>type</th>
              <th>place</th>
              <th>actors → targets</th>
              <th>modality</th>
              <th>sentence</th>
              <th>source</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.record}#${r.event}`} class={`modality-${r.modality}`}>
                <td>{r.date ?? '?'}</td>
                <td>{r.type}</td>
                <td>{r.place?.name ?? ''}</td>
                <td>
                  {r.actors.join(', ')}
                  {r.targets.length > 0 && ` → ${r.targets.join(', ')}`}
                </td>
                <td>{r.modality}</td>
                <td class="sentence">{r.sentence}</td>
                <td>
                  <a href={recordLink(r.record)}>{r.outlet ?? r.record}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
