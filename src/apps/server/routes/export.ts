/**
 * GET /api/export?format=jsonl|acled-csv|geojson|timeml: the exports of `sitrep export`
 * (src/export), streamed chunk by chunk so a large store never sits in memory. Everything that
 * can be refused (format, dates, an unknown id) is checked before the first byte is sent, so
 * bad requests still get the one error shape.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { EXPORT_FORMATS, EXTENSIONS, exportChunks, MEDIA_TYPES } from '../../../export/index.js';
import type { ServerContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { errorResponses, IsoDate, notFoundResponse, RecordId } from '../schemas.js';
import { checkDateOrder } from './records.js';

const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  since: IsoDate.optional().openapi({ description: 'records published on or after' }),
  until: IsoDate.optional().openapi({ description: 'records published on or before' }),
  outlet: z.string().trim().min(1).max(200).optional(),
  id: RecordId.optional().openapi({
    param: { name: 'id', in: 'query' },
    description: 'one record (timeml needs it)',
  }),
});

const text = (description: string) => ({ schema: z.string().openapi({ description }) });

const route = createRoute({
  method: 'get',
  path: '/api/export',
  summary: 'Stored records as JSON Lines, ACLED-like CSV, GeoJSON or TimeML',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'The export, streamed',
      content: {
        'application/x-ndjson': text('one record per line'),
        'text/csv': text('events in ACLED-like columns'),
        'application/geo+json': text('a FeatureCollection of events with coordinates'),
        'application/xml': text('TimeML of one record'),
      },
    },
    ...notFoundResponse,
    ...errorResponses,
  },
});

export function registerExport(app: OpenAPIHono, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    checkDateOrder(q.since, q.until);
    if (q.format === 'timeml' && !q.id) throw badRequest('id: TimeML is one article, give its id');
    if (q.id && !(await ctx.store.has(q.id))) throw notFound(`record ${q.id}`);
    const chunks = exportChunks(ctx.store, { ...q, format: q.format });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (err) {
          // headers are sent: the best a stream can do is stop short, and say why in the log
          process.stderr.write(`sitrep serve: export failed: ${String(err)}\n`);
          controller.error(err);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const name = `sitrep-${q.id ?? 'export'}.${EXTENSIONS[q.format]}`;
    return c.body(body, 200, {
      'content-type': MEDIA_TYPES[q.format],
      'content-disposition': `attachment; filename="${name}"`,
    });
  });
}
