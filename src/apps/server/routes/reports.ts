/**
 * The corpus reports over HTTP, each a thin call into src/corpus: contradictions
 * (contradictionsInStore), a figure series (seriesInStore, also as CSV), an entity's timeline
 * (timelineInStore). Those read much of the store (a timeline parses every record naming the
 * entity and its events' cluster co-members: 0.3-3 s on the BBC workload), so their answers
 * are kept until the record count changes (checked at most once a second: stats() groups the
 * whole records table; at once after an ingest through this server), and they run one at a time: 32 clients asking for timelines at once
 * wait in line (at most MAX_WAITING, then 503) instead of holding 32 copies of the store in
 * memory, and the ones asking for the same timeline get the answer the first one computed.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { contradictionsInStore } from '../../../corpus/contradictions/index.js';
import { seriesCsv, seriesInStore } from '../../../corpus/series/index.js';
import { timelineInStore } from '../../../corpus/timeline/index.js';
import type { ServerContext } from '../context.js';
import { decodeCursor, encodeCursor, fingerprint } from '../cursor.js';
import {
  asJson,
  ErrorSchema,
  Cursor,
  errorResponses,
  IsoDate,
  json,
  page,
  PageLimit,
} from '../schemas.js';
import { ApiError } from '../errors.js';
import { checkDateOrder } from './records.js';

const busyResponse = { 503: json(ErrorSchema, 'Too many report requests waiting') } as const;

const Side = z
  .object({ record: z.string(), outlet: z.string().nullable(), path: z.string(), text: z.string() })
  .passthrough();

const ContradictionSchema = z
  .object({
    kind: z.enum(['figures', 'change', 'polarity']),
    rule: z.string(),
    reason: z.string(),
    key: z.string(),
    a: Side,
    b: Side,
  })
  .openapi('Contradiction');

const contradictions = createRoute({
  method: 'get',
  path: '/api/contradictions',
  summary: 'Reports that cannot both hold: figures, changes, asserted vs denied events',
  request: {
    query: z.object({
      kind: z.enum(['figures', 'change', 'polarity']).optional(),
      record: z
        .string()
        .max(64)
        .optional()
        .openapi({ description: 'only those with this record on a side' }),
      limit: PageLimit,
      cursor: Cursor.optional(),
    }),
  },
  responses: {
    200: json(page(ContradictionSchema, 'ContradictionPage'), 'A page of contradictions'),
    ...busyResponse,
    ...errorResponses,
  },
});

const SeriesSchema = z
  .object({
    query: z.object({ text: z.string() }).passthrough(),
    points: z.array(
      z
        .object({
          refersTo: z.string().nullable(),
          value: z.number().nullable(),
          derived: z.boolean(),
          record: z.string(),
          path: z.string(),
          rule: z.string(),
        })
        .passthrough(),
    ),
  })
  .openapi('Series');

const series = createRoute({
  method: 'get',
  path: '/api/series',
  summary: 'Every reported figure of a measured thing, in the order of the date it refers to',
  request: {
    query: z.object({
      q: z.string().trim().min(1).max(200).openapi({ example: 'North Korean troops' }),
      format: z.enum(['json', 'csv']).default('json'),
    }),
  },
  responses: {
    200: {
      description: 'The series (JSON, or CSV with format=csv)',
      content: {
        'application/json': { schema: SeriesSchema },
        'text/csv': { schema: z.string() },
      },
    },
    ...busyResponse,
    ...errorResponses,
  },
});

const TimelineSchema = z
  .object({
    query: z.string(),
    entity: z.object({ id: z.string(), name: z.string(), others: z.array(z.string()) }).nullable(),
    rule: z.string(),
    entries: z.array(
      z
        .object({
          cluster: z.string(),
          type: z.string(),
          when: z.string().nullable(),
          text: z.string(),
        })
        .passthrough(),
    ),
  })
  .openapi('Timeline');

const timeline = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: "An entity's events, one entry per event cluster, in the order they happened",
  request: {
    query: z.object({
      entity: z.string().trim().min(1).max(200).openapi({ example: 'North Korea' }),
      since: IsoDate.optional(),
      until: IsoDate.optional(),
    }),
  },
  responses: { 200: json(TimelineSchema, 'The timeline'), ...busyResponse, ...errorResponses },
});

/** Report requests waiting for their turn before the server answers 503 busy. */
const MAX_WAITING = 64;

/** Runs jobs one at a time; refuses a job when MAX_WAITING are already waiting. */
function oneAtATime() {
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  return <T>(job: () => Promise<T>): Promise<T> => {
    if (waiting >= MAX_WAITING)
      throw new ApiError(503, 'busy', 'too many report requests waiting: try again shortly');
    waiting++;
    const run = tail.then(
      () => job(),
      () => job(),
    );
    tail = run.then(
      () => (waiting--, undefined),
      () => (waiting--, undefined),
    );
    return run;
  };
}

/** How often, at most, a cached report checks whether the store has changed. */
const RECHECK_MS = 1000;

/**
 * One cached answer per key, dropped when the store's record count changes (an ingest by this
 * server or by any other process on the same database), which is checked at most every
 * RECHECK_MS: an answer may be a second older than the store.
 */
function memo<T>(ctx: ServerContext) {
  const cache = new Map<string, T>();
  let records = -1;
  let checked = 0;
  let writes = -1;
  return async (key: string, compute: () => Promise<T>): Promise<T> => {
    // at once after an ingest through this server; every RECHECK_MS for other writers
    if (ctx.writes !== writes || performance.now() - checked >= RECHECK_MS) {
      writes = ctx.writes;
      const now = (await ctx.store.stats()).records;
      checked = performance.now();
      if (now !== records) {
        cache.clear();
        records = now;
      }
    }
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    if (cache.size > 50) cache.clear();
    cache.set(key, value);
    return value;
  };
}

export function registerReports(app: OpenAPIHono, ctx: ServerContext): void {
  const contradictionsMemo = memo<Awaited<ReturnType<typeof contradictionsInStore>>>(ctx);
  const seriesMemo = memo<Awaited<ReturnType<typeof seriesInStore>>>(ctx);
  const timelineMemo = memo<Awaited<ReturnType<typeof timelineInStore>>>(ctx);
  const queue = oneAtATime();

  app.openapi(contradictions, async (c) => {
    const query = c.req.valid('query');
    const q = fingerprint(query);
    const offset = decodeCursor(query.cursor, query)?.offset ?? 0;
    const all = await queue(() =>
      contradictionsMemo('all', () => contradictionsInStore(ctx.store)),
    );
    const kept = all.filter(
      (x) =>
        (query.kind === undefined || x.kind === query.kind) &&
        (query.record === undefined || x.a.record === query.record || x.b.record === query.record),
    );
    const items = kept.slice(offset, offset + query.limit);
    const more = kept.length > offset + query.limit;
    return c.json(
      { items, next: more ? encodeCursor({ q, offset: offset + query.limit }) : null },
      200,
    );
  });

  app.openapi(series, async (c) => {
    const { q, format } = c.req.valid('query');
    const s = await queue(() => seriesMemo(q.toLowerCase(), () => seriesInStore(ctx.store, q)));
    if (format === 'csv')
      return c.body(seriesCsv(s), 200, { 'content-type': 'text/csv; charset=utf-8' });
    return c.json(asJson<z.infer<typeof SeriesSchema>>(s), 200);
  });

  app.openapi(timeline, async (c) => {
    const { entity, since, until } = c.req.valid('query');
    checkDateOrder(since, until);
    const key = JSON.stringify([entity, since ?? null, until ?? null]);
    const t = await queue(() =>
      timelineMemo(key, () =>
        timelineInStore(ctx.store, entity, { since: since ?? null, until: until ?? null }),
      ),
    );
    return c.json(asJson<z.infer<typeof TimelineSchema>>(t), 200);
  });
}
