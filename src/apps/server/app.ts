/**
 * The HTTP API: one Hono app over the Store port. This file only wires: limits, CORS (off
 * unless origins are given), the error shape, the route groups (one file each under routes/)
 * and the OpenAPI document, generated at /openapi.json from the zod schemas that validate
 * the requests.
 *
 * @example
 * const app = createApp(createContext({ store: await openStore('sitrep.db') }));
 * const res = await app.request('/api/records?q=troops');
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ServerContext } from './context.js';
import { ApiError, describeIssues, errorResponse, toApiError } from './errors.js';
import { registerCorpus } from './routes/corpus.js';
import { registerEntities } from './routes/entities.js';
import { registerEvents } from './routes/events.js';
import { registerExport } from './routes/export.js';
import { registerIngest } from './routes/ingest.js';
import { registerRecords } from './routes/records.js';
import { registerReports } from './routes/reports.js';

export interface AppOptions {
  /** origins allowed to call the API from a browser; none (the default) sends no CORS headers */
  corsOrigins?: readonly string[];
  /** extra route groups (exports, the web UI) wired by the caller */
  extra?: ((app: OpenAPIHono, ctx: ServerContext) => void)[];
}

export const API_VERSION = '1';

export function createApp(ctx: ServerContext, opts: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success)
        return errorResponse(c, new ApiError(400, 'invalid_request', describeIssues(result.error)));
    },
  });
  app.onError((err, c) => errorResponse(c, toApiError(err)));
  app.notFound((c) =>
    errorResponse(c, new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)),
  );
  if (opts.corsOrigins && opts.corsOrigins.length > 0)
    app.use('/api/*', cors({ origin: [...opts.corsOrigins] }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: ctx.limits.maxBodyBytes,
      onError: (c) =>
        errorResponse(
          c,
          new ApiError(413, 'body_too_large', `request body over ${ctx.limits.maxBodyBytes} bytes`),
        ),
    }),
  );

  registerIngest(app, ctx);
  registerRecords(app, ctx);
  registerEntities(app, ctx);
  registerEvents(app, ctx);
  registerCorpus(app, ctx);
  registerReports(app, ctx);
  registerExport(app, ctx);
  for (const register of opts.extra ?? []) register(app, ctx);

  app.doc('/openapi.json', {
    openapi: '3.0.0',
    info: {
      title: 'sitrep API',
      version: API_VERSION,
      description:
        'Dated news articles as structured, sourced records (docs/record.md). Errors are ' +
        '{error: {status, code, message}}.',
    },
  });
  return app;
}
