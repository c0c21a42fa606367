/** @jsxImportSource preact */
/**
 * An entity across the corpus: its names and aliases, mentions per day (chart) and per outlet,
 * the entities named in the same articles, and its timeline of events (one entry per event
 * cluster, with independent sources).
 */
import { useEffect, useState } from 'preact/hooks';
import { api, entityLink, getJson, recordLink } from '../api.js';
import { BarChart } from '../charts.js';

interface Profile {
  id: string;
  name: string;
  aliases: string[];
  types: Record<string, number>;
  records: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  perOutletMonth: { outlet: string; month: string; records: number; mentions: number }[];
  perDay: { day: string; records: number; mentions: number }[];
  related: { id: string; name: string; records: number }[];
  others: { id: string; name: string }[];
}

interface Entry {
  cluster: string;
  type: string;
  when: string | null;
  whenRule: string;
  text: string;
  roles: string[];
  firstReport: { record: string; outlet: string | null; published: string | null };
  reports: { record: string; outlet: string | null; published: string | null; modality: string }[];
  independent: number;
  sources: { path: string }[];
  copies: string[];
}

export function EntityPage({ name }: { name: string }) {
  const [input, setInput] = useState(name);
  const [p, setP] = useState<Profile | null>(null);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setInput(name);
    setP(null);
    setEntries(null);
    setError(null);
    if (!name) return;
    getJson<Profile>(api('/api/entities/profile', { name })).then(setP, (e: Error) =>
      setError(e.message),
    );
    getJson<{ entries: Entry[] }>(api('/api/timeline', { entity: name })).then(
      (t) => setEntries(t.entries),
      () => setEntries([]),
    );
  }, [name]);
  return (
    <main class="entity">
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (input.trim()) location.hash = entityLink(input.trim());
        }}
      >
        <input
          name="entity"
          value={input}
          placeholder="An entity: Kyiv, Reuters, Dmitry Peskov, North Korea"
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Show</button>
      </form>
      {error && <p class="error">{error}</p>}
      {p && (
        <>
          <h1>{p.name}</h1>
          <div class="meta">
            {Object.keys(p.types).join(', ')} · {p.mentions} mentions in {p.records} articles ·
            first seen {p.firstSeen ?? 'undated'}, last seen {p.lastSeen ?? 'undated'} · {p.id}
          </div>
          <p class="aliases">
            <b>Also written:</b>{' '}
            {p.aliases.filter((a) => a !== p.name).join(' · ') || 'no other form'}
          </p>
          {p.others.length > 0 && (
            <p class="meta">
              The name also matches:{' '}
              {p.others.map((o, i) => (
                <span key={o.id}>
                  {i > 0 && ', '}
                  {o.name} ({o.id})
                </span>
              ))}
            </p>
          )}
          <section>
            <h2>Mentions over time</h2>
            {p.perDay.length > 0 ? (
              <BarChart
                label={`mentions of ${p.name} per day`}
                bars={p.perDay.map((d) => ({
                  label: d.day.slice(5),
                  value: d.mentions,
                  title: `${d.day}: ${d.mentions} mentions in ${d.records} articles`,
                }))}
              />
            ) : (
              <p class="empty">No dated article mentions it.</p>
            )}
          </section>
          <div class="columns">
            <section>
              <h2>By outlet</h2>
              <table class="grid outlets">
                <thead>
                  <tr>
                    <th>outlet</th>
                    <th>month</th>
                    <th>articles</th>
                    <th>mentions</th>
                  </tr>
                </thead>
                <tbody>
                  {p.perOutletMonth.map((c) => (
                    <tr key={`${c.outlet}${c.month}`}>
                      <td>{c.outlet}</td>
                      <td>{c.month}</td>
                      <td>{c.records}</td>
                      <td>{c.mentions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h2>Related entities</h2>
              <ul class="related">
                {p.related.map((r) => (
                  <li key={r.id}>
                    <a href={entityLink(r.name)}>{r.name}</a>{' '}
                    <span class="meta">
                      in {r.records} of the same article{r.records === 1 ? '' : 's'}
                    </span>
                  </li>
                ))}
                {p.related.length === 0 && <li class="empty">none</li>}
              </ul>
            </section>
          </div>
        </>
      )}
      {p && entries && (
        <section>
          <h2>Timeline</h2>
          {entries.length === 0 && <p class="empty">No typed event involves it.</p>}
          <ol class="timeline">
            {entries.map((e) => (
              <li key={e.cluster}>
                <div class="when">
                  {e.when ?? 'date unknown'}
                  <span class="meta"> {e.whenRule}</span>
                </div>
                <div>
                  <b>{e.type}</b> <span class="meta">({e.roles.join(', ')})</span> {e.text}
                  <div class="meta">
                    {e.reports.length} report{e.reports.length === 1 ? '' : 's'}, {e.independent}{' '}
                    independent source{e.independent === 1 ? '' : 's'}
                    {e.copies.length > 0 &&
                      `, ${e.copies.length} cop${e.copies.length === 1 ? 'y' : 'ies'}`}{' '}
                    · first:{' '}
                    <a href={recordLink(e.firstReport.record)}>
                      {e.firstReport.outlet ?? e.firstReport.record}
                    </a>
                    {e.reports.length > 1 && (
                      <>
                        {' '}
                        · <a href={`#/cluster/events/${e.cluster}`}>its cluster</a>
                      </>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
