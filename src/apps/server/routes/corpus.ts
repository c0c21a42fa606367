/**
 * The corpus layer over HTTP: copy groups, story clusters and event clusters as the corpus
 * stages keep them (src/corpus/groups.ts: a group's id is its smallest member). Read from the
 * corpus table and the records; each cluster lists its articles, earliest first (the first
 * report), which are copies of another member, its independent source chains
 * (src/corpus/sources: copies and relays add none) and the links that joined it, so a count
 * of articles is never taken for a count of independent sources.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { copiesOf } from '../../../corpus/copies/index.js';
import { eventClusterSummary, storySummary } from '../../../corpus/clusters/index.js';
import { groups } from '../../../corpus/groups.js';
import { summaryReader, type RecordSummary } from '../../../store/query.js';
import { eventClusterSources, storySources } from '../../../corpus/sources/index.js';
import type { ServerContext } from '../context.js';
import { decodeCursor, encodeCursor, fingerprint } from '../cursor.js';
import { notFound } from '../errors.js';
import { Cursor, errorResponses, json, notFoundResponse, page, PageLimit } from '../schemas.js';

const KINDS = ['stories', 'events', 'copies'] as const;

const ClusterArticle = z.object({
  id: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  title: z.string().nullable(),
  /** the title, or for an untitled article its first line of four or more words (for lists) */
  headline: z.string(),
  /** the member's copy-group original when it is a copy of another stored record */
  copyOf: z.string().nullable(),
});

const ClusterSchema = z
  .object({
    kind: z.enum(KINDS),
    id: z.string(),
    members: z.array(z.string()).openapi({ description: 'record ids, or record#event for events' }),
    articles: z.array(ClusterArticle),
    firstReport: ClusterArticle.nullable(),
    /** distinct articles that are not copies of another member */
    originals: z.number().int(),
    /** independent source chains behind the cluster (src/corpus/sources); copies: 1 */
    independentSources: z.number().int(),
    sourceChains: z.array(
      z.object({
        origin: z.string(),
        path: z.string(),
        rule: z.string(),
        records: z.array(z.string()),
      }),
    ),
    /** event clusters: the first report's event (its type and sentence) */
    event: z.object({ type: z.string(), text: z.string() }).nullable().optional(),
    /** why members were linked (stories and events): the rule and similarity of each link */
    links: z.array(
      z
        .object({ from: z.string(), to: z.string(), rule: z.string(), similarity: z.number() })
        .passthrough(),
    ),
  })
  .openapi('Cluster');

const ListQuery = z.object({
  kind: z.enum(KINDS).default('stories'),
  min: z.coerce
    .number()
    .int()
    .min(2)
    .max(1000)
    .default(2)
    .openapi({ description: 'fewest members' }),
  limit: PageLimit,
  cursor: Cursor.optional(),
});

const list = createRoute({
  method: 'get',
  path: '/api/clusters',
  summary: 'Story, event or copy clusters',
  request: { query: ListQuery },
  responses: {
    200: json(page(ClusterSchema, 'ClusterPage'), 'A page of clusters'),
    ...errorResponses,
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/clusters/{kind}/{id}',
  summary: 'One cluster by kind and id',
  request: {
    params: z.object({
      kind: z.enum(KINDS).openapi({ param: { name: 'kind', in: 'path' } }),
      id: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: { 200: json(ClusterSchema, 'The cluster'), ...notFoundResponse, ...errorResponses },
});

type Cluster = z.infer<typeof ClusterSchema>;

/** An untitled article's first line of four or more words (a rubric is no heading), cut near 90. */
function headlineOf(text: string): string {
  const lines = text.trim().split('\n');
  const line = lines.find((l) => l.trim().split(/\s+/).length >= 4) ?? lines[0] ?? '';
  return line.length <= 90 ? line : `${line.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

async function describe(
  ctx: ServerContext,
  kind: (typeof KINDS)[number],
  id: string,
  members: string[],
): Promise<Cluster> {
  const recordIds = [
    ...new Set(members.map((m) => (kind === 'events' ? (m.split('#')[0] ?? m) : m))),
  ];
  const articles: z.infer<typeof ClusterArticle>[] = [];
  const events = new Map<string, { type: string; text: string }>();
  // list fields from columns when the store can (no JSON parsed); for an event cluster only the
  // first report is read whole, for its event's sentence
  const reader = summaryReader(ctx.store);
  const summaries = reader
    ? new Map((await reader.summaries(recordIds)).map((s) => [s.id, s]))
    : null;
  for (const rid of recordIds) {
    let r: RecordSummary | null = summaries?.get(rid) ?? null;
    if (!summaries) {
      const full = await ctx.store.get(rid);
      r = full && { ...full, lead: full.text };
      for (const e of full?.events ?? []) {
        const s = full?.sentences.find((x) => x.start <= e.trigger.start && e.trigger.end <= x.end);
        events.set(`${rid}#${e.id}`, { type: e.type, text: s?.text ?? e.trigger.text });
      }
    }
    if (!r) continue;
    const copy = await copiesOf(ctx.store, rid);
    const original = copy && copy.original !== rid ? copy.original : null;
    articles.push({
      id: rid,
      outlet: r.outlet,
      published: r.published,
      title: r.title,
      headline: r.title ?? headlineOf(r.lead),
      copyOf: original,
    });
  }
  articles.sort(
    (a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999') || (a.id < b.id ? -1 : 1),
  );
  const inside = new Set(recordIds);
  const originals = articles.filter((a) => a.copyOf === null || !inside.has(a.copyOf)).length;
  const first = articles[0];
  if (first && summaries && kind === 'events') {
    const full = await ctx.store.get(first.id);
    for (const e of full?.events ?? []) {
      const s = full?.sentences.find((x) => x.start <= e.trigger.start && e.trigger.end <= x.end);
      events.set(`${first.id}#${e.id}`, { type: e.type, text: s?.text ?? e.trigger.text });
    }
  }
  const event = first
    ? (members.filter((m) => m.startsWith(`${first.id}#`)).map((m) => events.get(m))[0] ?? null)
    : null;
  const base = { kind, id, members, articles, firstReport: first ?? null, originals, event };
  if (kind === 'copies') return { ...base, independentSources: 1, sourceChains: [], links: [] };
  const [sources, summary] =
    kind === 'stories'
      ? await Promise.all([storySources(ctx.store, id), storySummary(ctx.store, id)])
      : await Promise.all([eventClusterSources(ctx.store, id), eventClusterSummary(ctx.store, id)]);
  return {
    ...base,
    independentSources: sources.count,
    sourceChains: sources.chains.map(({ origin, path, rule, records }) => ({
      origin,
      path,
      rule,
      records,
    })),
    links: summary.links,
  };
}

export function registerCorpus(app: OpenAPIHono, ctx: ServerContext): void {
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const q = fingerprint(query);
    const cursor = decodeCursor(query.cursor, query);
    const items: Cluster[] = [];
    let more = false;
    for await (const g of groups(query.kind).scan(ctx.store, query.min - 1)) {
      if (cursor?.after !== undefined && g.id <= cursor.after) continue;
      if (items.length === query.limit) {
        more = true;
        break;
      }
      items.push(await describe(ctx, query.kind, g.id, g.members));
    }
    const last = items.at(-1);
    return c.json({ items, next: more && last ? encodeCursor({ q, after: last.id }) : null }, 200);
  });

  app.openapi(one, async (c) => {
    const { kind, id } = c.req.valid('param');
    const members = await groups(kind).members(ctx.store, id);
    if (members.length < 2 || members[0] !== id) throw notFound(`${kind} cluster ${id}`);
    return c.json(await describe(ctx, kind, id, members), 200);
  });
}
