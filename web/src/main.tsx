/** @jsxImportSource preact */
/**
 * The sitrep web UI: search stored articles, open one, and see what sitrep read in it
 * (entities, times, figures, sources and cues, claims) highlighted in the text; clicking a
 * highlight shows what it is, the rule that found it and, for claims and sources, the source
 * path (UNN → The New York Times → officials). The other pages (pages/): an entity across the
 * corpus, clusters, a figure series, the events map and table. Article text is untrusted: it reaches the page
 * only as text nodes (Preact escapes them), never as HTML.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { entityLink, getJson, headline } from './api.js';
import { ClusterPage, ClustersPage } from './pages/cluster.js';
import { EntityPage } from './pages/entity.js';
import { EventsPage } from './pages/events.js';
import { SeriesPage } from './pages/series.js';
import { segments, snippetParts, type Mark } from './segments.js';

interface Hit {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  snippet: string;
}
interface Span {
  start: number;
  end: number;
  text: string;
  rule?: string;
}
interface Rec {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  text: string;
  entities: { id: string; name: string; type: string; mentions: Span[] }[];
  times: (Span & { id: string; type: string; value: string })[];
  quantities: (Span & {
    id: string;
    value: number | null;
    unit: string | null;
    counted: string | null;
  })[];
  attributions: {
    id: string;
    source: (Span & { kind: string; anonymous: boolean }) | null;
    cue: Span;
    via: string | null;
  }[];
  claims: (Span & { id: string; attribution: string | null; modality: string })[];
  provenance: { name: string; role: string }[];
}

/** The chain a claim or attribution comes through: outlet → relayed outlets → sources. */
function sourcePath(rec: Rec, attribution: string | null): string[] {
  const outlets = [
    rec.outlet ?? 'unknown outlet',
    ...rec.provenance.filter((p) => p.role === 'source').map((p) => p.name),
  ];
  const chain: string[] = [];
  const byId = new Map(rec.attributions.map((a) => [a.id, a]));
  for (
    let a = attribution ? byId.get(attribution) : undefined, n = 0;
    a && n < 10;
    a = a.via ? byId.get(a.via) : undefined, n++
  )
    chain.unshift(
      a.source ? `${a.source.text}${a.source.anonymous ? ' (anonymous)' : ''}` : 'unnamed source',
    );
  return [...outlets, ...chain];
}

function marksOf(rec: Rec): Mark[] {
  const marks: Mark[] = [];
  for (const e of rec.entities)
    for (const m of e.mentions)
      marks.push({
        ...m,
        kind: 'entity',
        id: e.id,
        label: `${e.name} · ${e.type}`,
        link: entityLink(e.name),
      });
  for (const t of rec.times)
    marks.push({ ...t, kind: 'time', id: t.id, label: `${t.type} ${t.value}` });
  for (const q of rec.quantities)
    marks.push({
      ...q,
      kind: 'figure',
      id: q.id,
      label: [q.value, q.unit, q.counted].filter((x) => x !== null).join(' '),
    });
  for (const a of rec.attributions) {
    if (a.source)
      marks.push({
        ...a.source,
        kind: 'source',
        id: a.id,
        label: `source: ${sourcePath(rec, a.id).join(' → ')}`,
      });
    marks.push({ ...a.cue, kind: 'cue', id: a.id, label: `cue "${a.cue.text}"` });
  }
  for (const c of rec.claims)
    marks.push({
      ...c,
      kind: 'claim',
      id: c.id,
      label: `claim (${c.modality}): ${sourcePath(rec, c.attribution).join(' → ')}`,
    });
  return marks;
}

function Search({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (text: string) => {
    if (!text.trim()) return;
    location.hash = `#/search/${encodeURIComponent(text)}`;
    getJson<{ items: Hit[] }>(`/api/records?limit=50&q=${encodeURIComponent(text)}`).then(
      (r) => {
        setHits(r.items);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  };
  useEffect(() => run(initial), [initial]);
  return (
    <main>
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          run(q);
        }}
      >
        <input
          name="q"
          value={q}
          placeholder='Search articles: troops, "prisoner exchange", drones -Kyiv'
          onInput={(e) => setQ((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Search</button>
      </form>
      {error && <p class="error">{error}</p>}
      {hits && hits.length === 0 && <p class="empty">No article matches.</p>}
      <ol class="hits">
        {hits?.map((h) => (
          <li key={h.id}>
            <a href={`#/record/${h.id}`}>
              {h.title ?? headline(h.snippet.replace(/[[\]]/g, '').replace(/^…/, ''))}
            </a>
            <div class="meta">{[h.outlet, h.published].filter(Boolean).join(' · ')}</div>
            <p class="snippet">
              {snippetParts(h.snippet).map((p, i) =>
                p.match ? <mark key={i}>{p.text}</mark> : p.text,
              )}
            </p>
          </li>
        ))}
      </ol>
    </main>
  );
}

const KINDS = ['entity', 'time', 'figure', 'source', 'cue', 'claim'];

function Article({ id }: { id: string }) {
  const [rec, setRec] = useState<Rec | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Mark[] | null>(null);
  useEffect(() => {
    getJson<Rec>(`/api/records/${encodeURIComponent(id)}`).then(setRec, (e: Error) =>
      setError(e.message),
    );
  }, [id]);
  if (error) return <p class="error">{error}</p>;
  if (!rec) return <p>Loading…</p>;
  const runs = segments(rec.text, marksOf(rec));
  return (
    <main class="article">
      <p>
        <a href="#/">← search</a>
      </p>
      <h1>{rec.title ?? headline(rec.text)}</h1>
      <div class="meta">{[rec.outlet, rec.published, rec.id].filter(Boolean).join(' · ')}</div>
      <p class="legend">
        {KINDS.map((k) => (
          <span key={k} class={`hl hl-${k}`}>
            {k}
          </span>
        ))}
      </p>
      <div class="layout">
        <article class="text">
          {runs.map((r) => {
            const top = r.marks[0];
            if (!top) return r.text;
            const claim = r.marks.some((m) => m.kind === 'claim');
            return (
              <span
                key={r.start}
                class={`hl hl-${top.kind}${claim ? ' in-claim' : ''}`}
                title={top.label}
                data-kind={top.kind}
                data-marks={r.marks.map((m) => m.kind).join(' ')}
                onClick={() => setPicked(r.marks)}
              >
                {r.text}
              </span>
            );
          })}
        </article>
        <aside class="details">
          {picked ? (
            <ul>
              {picked.map((m) => (
                <li key={`${m.kind}${m.id}${m.start}`} class={`detail detail-${m.kind}`}>
                  <b>{m.kind}</b> {m.id}: {m.label}
                  {m.link && (
                    <>
                      {' '}
                      <a href={m.link}>across articles →</a>
                    </>
                  )}
                  <div class="quote">“{rec.text.slice(m.start, m.end).slice(0, 300)}”</div>
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">Click a highlight to see what it is and where it comes from.</p>
          )}
        </aside>
      </div>
    </main>
  );
}

function App() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const route = (re: RegExp) => {
    const m = re.exec(hash);
    return m ? m.slice(1).map((x) => decodeURIComponent(x ?? '')) : null;
  };
  const record = route(/^#\/record\/([0-9a-f]+)$/);
  const search = route(/^#\/search\/(.*)$/);
  const entity = route(/^#\/entity\/?(.*)$/);
  const cluster = route(/^#\/cluster\/(stories|events|copies)\/(.+)$/);
  const series = route(/^#\/series\/?(.*)$/);
  const section = /^#\/(\w+)/.exec(hash)?.[1] ?? 'search';
  const page = record ? (
    <Article id={record[0] as string} />
  ) : entity ? (
    <EntityPage name={entity[0] || 'Kyiv'} />
  ) : cluster ? (
    <ClusterPage kind={cluster[0] as string} id={cluster[1] as string} />
  ) : hash === '#/clusters' ? (
    <ClustersPage />
  ) : series ? (
    <SeriesPage q={series[0] || 'North Korean troops'} />
  ) : hash === '#/events' ? (
    <EventsPage />
  ) : (
    <Search initial={search?.[0] ?? ''} />
  );
  const nav: [string, string, string][] = [
    ['search', '#/', 'Search'],
    ['entity', '#/entity/', 'Entities'],
    ['clusters', '#/clusters', 'Clusters'],
    ['series', '#/series/', 'Figures'],
    ['events', '#/events', 'Events'],
  ];
  const current = section === 'record' ? 'search' : section === 'cluster' ? 'clusters' : section;
  return (
    <>
      <header>
        <a href="#/" class="brand">
          sitrep
        </a>
        <nav>
          {nav.map(([key, href, label]) => (
            <a key={key} href={href} class={current === key ? 'current' : ''}>
              {label}
            </a>
          ))}
        </nav>
        <span class="tagline">dated news as a structured, sourced record</span>
      </header>
      {page}
    </>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
