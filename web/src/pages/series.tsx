/** @jsxImportSource preact */
/**
 * A figure series: every reported figure of a measured thing, on a chart by the date it refers
 * to, each point with its source path; points derived from a change ("halved") are marked.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, getJson, recordLink } from '../api.js';
import { PointChart } from '../charts.js';

interface SeriesPoint {
  refersTo: string | null;
  reported: string | null;
  value: number | null;
  text: string;
  outlet: string | null;
  path: string;
  record: string;
  quantity: string;
  alsoIn: string[];
  rule: string;
  derived: boolean;
  derivedFrom: { change: number; text: string; value: number | null } | null;
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

export function SeriesPage({ q }: { q: string }) {
  const [input, setInput] = useState(q);
  const [points, setPoints] = useState<SeriesPoint[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setInput(q);
    setPoints(null);
    setError(null);
    if (!q) return;
    getJson<{ points: SeriesPoint[] }>(api('/api/series', { q })).then(
      (s) => setPoints(s.points),
      (e: Error) => setError(e.message),
    );
  }, [q]);
  const dated = (points ?? []).flatMap((p) => {
    const d = CALENDAR.exec(p.refersTo ?? p.reported ?? '')?.[0];
    return d && p.value !== null ? [{ p, date: d, value: p.value }] : [];
  });
  return (
    <main class="series">
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (input.trim()) location.hash = `#/series/${encodeURIComponent(input.trim())}`;
        }}
      >
        <input
          name="series"
          value={input}
          placeholder="A measured thing: North Korean troops, drones, prisoners"
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Chart</button>
      </form>
      {error && <p class="error">{error}</p>}
      {points && points.length === 0 && <p class="empty">No figure of “{q}” is stored.</p>}
      {points && points.length > 0 && (
        <>
          <h1>{q}</h1>
          <p class="legend">
            <span class="key reported">● reported</span>
            <span class="key derived">◇ derived from a change</span>
            <a href={api('/api/series', { q, format: 'csv' })} download="series.csv">
              CSV
            </a>
          </p>
          <PointChart
            label={`figures of ${q} by the date they refer to`}
            points={dated.map(({ p, date, value }) => ({
              key: `${p.record}#${p.quantity}${p.derived ? 'd' : ''}`,
              date,
              value,
              derived: p.derived,
              title: `${value.toLocaleString('en')} on ${date}${p.derived ? ' (derived)' : ''}: ${p.path}`,
            }))}
          />
          <table class="grid points">
            <thead>
              <tr>
                <th>refers to</th>
                <th>value</th>
                <th>as written</th>
                <th>source</th>
                <th>reported</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr
                  key={`${p.record}#${p.quantity}${p.derived ? 'd' : ''}`}
                  class={p.derived ? 'derived' : ''}
                >
                  <td class="date">{p.refersTo ?? 'unknown'}</td>
                  <td class="num">{p.value?.toLocaleString('en') ?? '?'}</td>
                  <td>
                    {p.text}
                    {p.derived && p.derivedFrom && (
                      <span class="tag derived">
                        derived: ×{p.derivedFrom.change} of “{p.derivedFrom.text}”
                      </span>
                    )}
                  </td>
                  <td>
                    {p.path}
                    {p.alsoIn.length > 0 && <span class="meta"> (+{p.alsoIn.length} copy)</span>}
                  </td>
                  <td>
                    <a class="date" href={recordLink(p.record)}>
                      {p.reported ?? p.record}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
