/**
 * GET /api/events: events across stored records, filtered by type, by the event's own date
 * (not the publication's), by outlet, by a full-text query narrowing the records, or one
 * record; `format=geojson` gives a FeatureCollection of the events that have coordinates.
 * Records are read in id order, so the cursor is the last record and event returned. Without
 * `q` or `record` this reads the store record by record until the page is full: fine for
 * thousands of records, linear in the store for a rare type (an event index is future work).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { SitrepRecord } from '../../../core/record.js';
import { eventRows, withinDates, type EventRow } from '../../../export/events.js';
import { eventFeature, featureCollection } from '../../../export/geojson.js';
import type { ServerContext } from '../context.js';
import { decodeCursor, encodeCursor, fingerprint } from '../cursor.js';
import { Cursor, errorResponses, IsoDate, PageLimit, RecordId } from '../schemas.js';
import { checkDateOrder } from './records.js';

/** records a `q` narrows the events to, at most */
const MAX_SEARCHED = 1000;

const EventQuery = z.object({
  type: z.string().max(40).optional().openapi({ example: 'attack', description: 'event sub-type' }),
  top: z.string().max(40).optional().openapi({ example: 'battles', description: 'top-level type' }),
  since: IsoDate.optional().openapi({ description: "the event's date on or after" }),
  until: IsoDate.optional().openapi({ description: "the event's date on or before" }),
  outlet: z.string().trim().min(1).max(200).optional(),
  q: z.string().trim().min(1).max(500).optional().openapi({ description: 'full-text query' }),
  record: RecordId.optional().openapi({ param: { name: 'record', in: 'query' } }),
  typed: z
    .enum(['true', 'false'])
    .default('true')
    .openapi({ description: 'false: also generic ("other") events' }),
  format: z.enum(['json', 'geojson']).default('json'),
  limit: PageLimit,
  cursor: Cursor.optional(),
});

const EventRowSchema = z
  .object({
    record: z.string(),
    event: z.string(),
    type: z.string(),
    date: z.string().nullable(),
  })
  .passthrough()
  .openapi('EventRow', { description: 'an event row (src/export/events.ts EventRow)' });

const GeoJsonSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({}).passthrough()),
    next: z.string().nullable(),
  })
  .openapi('EventFeatureCollection');

const route = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Events across stored records (JSON rows or GeoJSON)',
  request: { query: EventQuery },
  responses: {
    200: {
      description: 'A page of events',
      content: {
        'application/json': {
          schema: z.union([
            z.object({ items: z.array(EventRowSchema), next: z.string().nullable() }),
            GeoJsonSchema,
          ]),
        },
      },
    },
    ...errorResponses,
  },
});

export function registerEvents(app: OpenAPIHono, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    checkDateOrder(query.since, query.until);
    const q = fingerprint(query);
    const cursor = decodeCursor(query.cursor, query);
    const keep = (row: EventRow) =>
      (query.typed === 'false' || row.type !== 'other') &&
      (query.type === undefined || row.type === query.type) &&
      (query.top === undefined || row.top === query.top) &&
      withinDates(row, query.since ?? null, query.until ?? null) &&
      (query.format === 'json' || eventFeature(row) !== null);
    const rows: EventRow[] = [];
    let more = false;
    let last: { after: string; event: number } | null = null;
    outer: for await (const record of recordsOf(ctx, query)) {
      if (cursor?.after !== undefined && record.id < cursor.after) continue;
      const all = eventRows(record);
      const from = cursor?.after === record.id ? (cursor.event ?? all.length) : 0;
      for (let i = from; i < all.length; i++) {
        const row = all[i] as EventRow;
        if (!keep(row)) continue;
        if (rows.length === query.limit) {
          more = true;
          break outer;
        }
        rows.push(row);
        // resume after this event: its index + 1 inside this record
        last = { after: record.id, event: i + 1 };
      }
    }
    const next = more && last ? encodeCursor({ q, ...last }) : null;
    if (query.format === 'geojson') {
      const features = rows.map(eventFeature).filter((f) => f !== null);
      return c.json({ ...featureCollection(features), next }, 200);
    }
    return c.json({ items: rows, next }, 200);
  });
}

/** The records to read, in id order. */
async function* recordsOf(
  ctx: ServerContext,
  query: z.infer<typeof EventQuery>,
): AsyncGenerator<SitrepRecord> {
  if (query.record !== undefined) {
    const r = await ctx.store.get(query.record);
    if (r && (query.outlet === undefined || r.outlet?.toLowerCase() === query.outlet.toLowerCase()))
      yield r;
    return;
  }
  if (query.q !== undefined) {
    const hits = await ctx.store.search({
      text: query.q,
      outlet: query.outlet,
      limit: MAX_SEARCHED,
    });
    for (const id of hits.map((h) => h.id).sort()) {
      const r = await ctx.store.get(id);
      if (r) yield r;
    }
    return;
  }
  yield* ctx.store.scan({ outlet: query.outlet ?? null });
}
