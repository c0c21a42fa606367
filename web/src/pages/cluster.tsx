/** @jsxImportSource preact */
/**
 * Clusters: the story and event clusters (a list), and one cluster: the claim or event it is
 * about, its articles (first report first, copies marked), its independent sources beside its
 * copies, and the contradictions between its articles side by side.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, getJson, recordLink } from '../api.js';

interface Article {
  id: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  headline: string;
  copyOf: string | null;
}
interface Cluster {
  kind: 'stories' | 'events' | 'copies';
  id: string;
  members: string[];
  articles: Article[];
  firstReport: Article | null;
  originals: number;
  independentSources: number;
  sourceChains: { origin: string; path: string; rule: string; records: string[] }[];
  links: { from: string; to: string; rule: string; similarity: number }[];
  event?: { type: string; text: string } | null;
}
interface Side {
  record: string;
  outlet: string | null;
  path: string;
  text: string;
  published?: string | null;
  refersTo?: string | null;
  detail?: string;
}
interface Contradiction {
  kind: string;
  rule: string;
  reason: string;
  key: string;
  a: Side;
  b: Side;
}
interface EventRow {
  record: string;
  event: string;
  type: string;
  date: string | null;
  sentence: string;
  modality: string;
  place: { name: string } | null;
}

const KIND_NAMES = { stories: 'Stories', events: 'Event clusters', copies: 'Copy groups' };

function ClusterList({ kind }: { kind: 'stories' | 'events' }) {
  const [items, setItems] = useState<Cluster[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getJson<{ items: Cluster[] }>(api('/api/clusters', { kind, limit: 50 })).then(
      // the widest first: most articles, then most reports
      (r) =>
        setItems(
          // generic events ('said', 'told') are left out of the list; their clusters still open
          [...r.items.filter((c) => c.event?.type !== 'other')].sort(
            (a, b) => b.articles.length - a.articles.length || b.members.length - a.members.length,
          ),
        ),
      (e: Error) => setError(e.message),
    );
  }, [kind]);
  return (
    <section>
      <h2>{KIND_NAMES[kind]}</h2>
      {error && <p class="error">{error}</p>}
      {items?.length === 0 && <p class="empty">None yet: they need two articles on one thing.</p>}
      <ul class={`clusters clusters-${kind}`}>
        {items?.map((c) => {
          const copies = c.articles.filter((a) => a.copyOf !== null).length;
          return (
            <li key={c.id}>
              {c.event && <b class="event-type">{c.event.type} </b>}
              <a href={`#/cluster/${kind}/${encodeURIComponent(c.id)}`}>
                {c.event?.text ?? c.firstReport?.headline ?? c.id}
              </a>
              <div class="meta">
                {c.members.length} {kind === 'events' ? 'reports' : 'articles'}
                {kind === 'events' &&
                  ` in ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}`}{' '}
                · {c.independentSources} independent sources · {copies} cop
                {copies === 1 ? 'y' : 'ies'} · first report{' '}
                {[c.firstReport?.outlet, c.firstReport?.published].filter(Boolean).join(', ')}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ClustersPage() {
  return (
    <main class="cluster-list">
      <h1>Clusters</h1>
      <p class="hint">
        Articles on the same story, and reports of the same event. Copies and outlets relaying
        another add no independent source.
      </p>
      <ClusterList kind="stories" />
      <ClusterList kind="events" />
    </main>
  );
}

/** What the cluster is about: the event's sentence, or the first report's headline. */
function useSubject(c: Cluster | null): { heading: string; detail: string | null } | null {
  const [subject, setSubject] = useState<{ heading: string; detail: string | null } | null>(null);
  useEffect(() => {
    setSubject(null);
    if (!c?.firstReport) return;
    const first = c.firstReport;
    if (c.kind === 'events') {
      const member = c.members.find((m) => m.startsWith(`${first.id}#`)) ?? c.members[0] ?? '';
      const [record, event] = member.split('#');
      getJson<{ items: EventRow[] }>(
        api('/api/events', { record, typed: 'false', limit: 100 }),
      ).then(
        (r) => {
          const row = r.items.find((x) => x.event === event);
          setSubject({
            heading: row?.sentence ?? member,
            detail: row
              ? `${row.type} · ${row.modality}${row.date ? ` · ${row.date}` : ''}${row.place ? ` · ${row.place.name}` : ''}`
              : null,
          });
        },
        () => setSubject({ heading: member, detail: null }),
      );
    } else setSubject({ heading: first.headline || first.id, detail: null });
  }, [c]);
  return subject;
}

function SideView({ s }: { s: Side }) {
  return (
    <div class="side">
      <div class="meta">
        <a href={recordLink(s.record)}>{s.outlet ?? s.record}</a>
        {s.published ? ` · ${s.published}` : ''}
      </div>
      <div class="figure">{s.text}</div>
      {(s.detail || s.refersTo) && (
        <div class="meta">
          {[s.detail, s.refersTo && `refers to ${s.refersTo}`].filter(Boolean).join(' · ')}
        </div>
      )}
      <div class="path">{s.path}</div>
    </div>
  );
}

export function ClusterPage({ kind, id }: { kind: string; id: string }) {
  const [c, setC] = useState<Cluster | null>(null);
  const [contras, setContras] = useState<Contradiction[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setC(null);
    setError(null);
    getJson<Cluster>(`/api/clusters/${kind}/${encodeURIComponent(id)}`).then(setC, (e: Error) =>
      setError(e.message),
    );
  }, [kind, id]);
  useEffect(() => {
    setContras(null);
    if (!c) return;
    const inside = new Set(c.articles.map((a) => a.id));
    // contradictions are few: read them all and keep those between this cluster's articles
    (async () => {
      const all: Contradiction[] = [];
      let next: string | null = null;
      for (let page = 0; page < 20; page++) {
        const r: { items: Contradiction[]; next: string | null } = await getJson(
          api('/api/contradictions', { limit: 100, cursor: next ?? undefined }),
        );
        all.push(...r.items);
        next = r.next;
        if (!next) break;
      }
      return all.filter((x) => inside.has(x.a.record) && inside.has(x.b.record));
    })().then(setContras, () => setContras([]));
  }, [c]);
  const subject = useSubject(c);
  if (error) return <p class="error">{error}</p>;
  if (!c) return <p>Loading…</p>;
  const byId = new Map(c.articles.map((a) => [a.id, a]));
  const copies = c.articles.filter((a) => a.copyOf !== null);
  return (
    <main class="cluster">
      <p>
        <a href="#/clusters">← clusters</a>
      </p>
      <div class="meta">
        {c.kind === 'events' ? 'Event cluster' : c.kind === 'stories' ? 'Story' : 'Copy group'}{' '}
        {c.id}
      </div>
      <h1 class="subject">{subject?.heading ?? '…'}</h1>
      {subject?.detail && <div class="meta">{subject.detail}</div>}
      <div class="counts">
        <span>
          <b>{c.articles.length}</b> articles
        </span>
        <span>
          <b>{c.independentSources}</b> independent sources
        </span>
        <span>
          <b>{copies.length}</b> copies
        </span>
      </div>
      <section>
        <h2>Articles, first report first</h2>
        <table class="grid articles">
          <thead>
            <tr>
              <th>published</th>
              <th>outlet</th>
              <th>article</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {c.articles.map((a, i) => (
              <tr key={a.id} class={a.copyOf ? 'copy' : ''}>
                <td class="date">{a.published ?? 'undated'}</td>
                <td>{a.outlet ?? 'unknown'}</td>
                <td>
                  <a href={recordLink(a.id)}>{a.headline || a.id}</a>
                </td>
                <td>
                  {i === 0 && <span class="tag first">first report</span>}
                  {a.copyOf && (
                    <span class="tag copy">copy of {byId.get(a.copyOf)?.outlet ?? a.copyOf}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div class="columns">
        <section>
          <h2>Independent sources ({c.independentSources})</h2>
          <ul class="chains">
            {c.sourceChains.map((s) => (
              <li key={s.path}>
                {s.path}{' '}
                <span class="meta">
                  {s.records.length} article{s.records.length === 1 ? '' : 's'} · {s.rule}
                </span>
              </li>
            ))}
            {c.kind === 'copies' && <li>one original, the rest copies</li>}
          </ul>
        </section>
        <section>
          <h2>Copies ({copies.length})</h2>
          <ul class="copies">
            {copies.map((a) => (
              <li key={a.id}>
                {a.outlet ?? a.id} copies {byId.get(a.copyOf ?? '')?.outlet ?? a.copyOf}: adds no
                source
              </li>
            ))}
            {copies.length === 0 && <li class="empty">none</li>}
          </ul>
        </section>
      </div>
      <section>
        <h2>Contradictions</h2>
        {contras === null && <p>Loading…</p>}
        {contras?.length === 0 && <p class="empty">Its articles do not contradict each other.</p>}
        {contras?.map((x) => (
          <div
            key={`${x.key}${x.a.record}${x.b.record}${x.a.text}${x.b.text}`}
            class="contradiction"
          >
            <div class="reason">
              <b>{x.kind}</b>: {x.reason}
            </div>
            <div class="sides">
              <SideView s={x.a} />
              <div class="vs">vs</div>
              <SideView s={x.b} />
            </div>
            <div class="meta">{x.rule}</div>
          </div>
        ))}
      </section>
    </main>
  );
}
