/**
 * Records: one by id, and a paged list. With `q` the list is the store's full-text search
 * (ranked; the cursor is an offset, so pages reach at most the store's 10,000-hit limit);
 * without it, every record matching the filters in id order (the cursor is the last id).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { MAX_LIMIT, summaryReader } from '../../../store/query.js';
import type { SearchHit } from '../../../store/store.js';
import type { ServerContext } from '../context.js';
import { decodeCursor, encodeCursor, fingerprint } from '../cursor.js';
import { badRequest, notFound } from '../errors.js';
import {
  Cursor,
  errorResponses,
  IsoDate,
  json,
  notFoundResponse,
  page,
  PageLimit,
  RecordHitSchema,
  RecordId,
  recordJson,
  RecordSchema,
} from '../schemas.js';

export const RecordQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: 'full-text query: words, "phrases", AND, OR, NOT, prefix*' }),
  outlet: z.string().trim().min(1).max(200).optional(),
  since: IsoDate.optional().openapi({ description: 'published on or after' }),
  until: IsoDate.optional().openapi({ description: 'published on or before' }),
  limit: PageLimit,
  cursor: Cursor.optional(),
});

const getRecord = createRoute({
  method: 'get',
  path: '/api/records/{id}',
  summary: 'One stored record',
  request: { params: z.object({ id: RecordId }) },
  responses: {
    200: json(RecordSchema, 'The record'),
    ...notFoundResponse,
    ...errorResponses,
  },
});

const listRecords = createRoute({
  method: 'get',
  path: '/api/records',
  summary: 'Search or list stored records',
  request: { query: RecordQuery },
  responses: {
    200: json(page(RecordHitSchema, 'RecordPage'), 'A page of records'),
    ...errorResponses,
  },
});

export function checkDateOrder(since?: string, until?: string): void {
  if (since && until && since.slice(0, 10) > until.slice(0, 10))
    throw badRequest(`since ${since} is after until ${until}: nothing can match`);
}

export function registerRecords(app: OpenAPIHono, ctx: ServerContext): void {
  app.openapi(getRecord, async (c) => {
    const { id } = c.req.valid('param');
    const record = await ctx.store.get(id);
    if (!record) throw notFound(`record ${id}`);
    return c.json(recordJson(record), 200);
  });

  app.openapi(listRecords, async (c) => {
    const query = c.req.valid('query');
    checkDateOrder(query.since, query.until);
    const q = fingerprint(query);
    const cursor = decodeCursor(query.cursor, query);
    const filters = {
      since: query.since ?? null,
      until: query.until ?? null,
      outlet: query.outlet ?? null,
    };
    if (query.q !== undefined) {
      const offset = cursor?.offset ?? 0;
      const want = offset + query.limit + 1;
      if (want > MAX_LIMIT)
        throw badRequest(`search pages stop at ${MAX_LIMIT} hits: narrow the query`, 'bad_cursor');
      const hits = await ctx.store.search({ text: query.q, ...filters, limit: want });
      const items = hits.slice(offset, offset + query.limit);
      const more = hits.length > offset + query.limit;
      return c.json(
        { items, next: more ? encodeCursor({ q, offset: offset + query.limit }) : null },
        200,
      );
    }
    const items: (Omit<SearchHit, 'score'> & { score: number | null })[] = [];
    let more = false;
    const reader = summaryReader(ctx.store);
    if (reader) {
      // list fields from columns: no record's JSON is parsed
      const page = await reader.summariesAfter(filters, cursor?.after ?? '', query.limit + 1);
      more = page.length > query.limit;
      for (const s of page.slice(0, query.limit))
        items.push({
          id: s.id,
          title: s.title,
          published: s.published,
          outlet: s.outlet,
          snippet: s.lead.slice(0, 200).replace(/\s+/g, ' '),
          score: null,
        });
      const last = items.at(-1);
      return c.json(
        { items, next: more && last ? encodeCursor({ q, after: last.id }) : null },
        200,
      );
    }
    for await (const r of ctx.store.scan(filters)) {
      if (cursor?.after !== undefined && r.id <= cursor.after) continue;
      if (items.length === query.limit) {
        more = true;
        break;
      }
      items.push({
        id: r.id,
        title: r.title,
        published: r.published,
        outlet: r.outlet,
        snippet: r.text.slice(0, 200).replace(/\s+/g, ' '),
        score: null,
      });
    }
    const last = items.at(-1);
    return c.json({ items, next: more && last ? encodeCursor({ q, after: last.id }) : null }, 200);
  });
}
