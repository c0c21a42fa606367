/**
 * POST /api/ingest: one article or a batch, as JSON (an article object, an array of them, or
 * `{articles: [...]}`), as plain or dated text, or as an HTML page. Each article is built with
 * the default preset, stored, and the corpus layer brought up to date; the response holds the
 * records (an article stored before comes back as its stored record, listed under
 * `duplicates`). One bad article is a `problems` entry, never a failed batch; a request in
 * which nothing could be read is a 422.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { recordId } from '../../../core/build.js';
import { toIsoDate } from '../../../core/dates.js';
import { normaliseText } from '../../../core/normalise.js';
import type { SitrepRecord } from '../../../core/record.js';
import { updateCorpus } from '../../../corpus/index.js';
import { readText, type RawArticle } from '../../../ingest/index.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import {
  ErrorSchema,
  errorResponses,
  IsoDate,
  json,
  RecordSchema,
  recordJson,
} from '../schemas.js';

const ArticleIn = z
  .object({
    text: z.string().min(1, { message: 'an article needs text' }),
    title: z.string().max(1000).nullish(),
    published: IsoDate.nullish(),
    outlet: z.string().max(200).nullish(),
    url: z.string().max(2000).nullish(),
    language: z.string().max(20).nullish(),
  })
  .openapi('ArticleIn');

const IngestJson = z
  .union([ArticleIn, z.array(ArticleIn).min(1), z.object({ articles: z.array(ArticleIn).min(1) })])
  .openapi('IngestBody', {
    description: 'one article, an array of articles, or {articles: [...]}',
  });

const IngestQuery = z.object({
  published: IsoDate.optional().openapi({
    description: 'publication date for a text or HTML body that states none',
  }),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
});

const Problem = z.object({ where: z.string(), message: z.string() });

const IngestResult = z
  .object({
    records: z.array(RecordSchema),
    added: z.array(z.string()),
    duplicates: z.array(z.string()),
    problems: z.array(Problem),
  })
  .openapi('IngestResult');

const ingestRoute = createRoute({
  method: 'post',
  path: '/api/ingest',
  summary: 'Build, store and return the records of one article or a batch',
  request: {
    query: IngestQuery,
    body: {
      // not `required`: with it the JSON validator would run on text and HTML bodies too
      description: 'the article(s); a request without a body is a 422',
      content: {
        'application/json': { schema: IngestJson },
        'text/plain': {
          schema: z.string().openapi({ description: 'an article; "date YYYY-MM-DD" first line' }),
        },
        'text/html': { schema: z.string().openapi({ description: 'an HTML page' }) },
      },
    },
  },
  responses: {
    200: json(IngestResult, 'Every article was stored before: the stored records'),
    201: json(IngestResult, 'Records built and stored'),
    413: json(ErrorSchema, 'Body or batch too large'),
    415: json(ErrorSchema, 'Content-Type is not JSON, text or HTML'),
    422: json(ErrorSchema, 'No article in the body could be read'),
    ...errorResponses,
  },
});

type Problem = z.infer<typeof Problem>;

export function registerIngest(app: OpenAPIHono, ctx: ServerContext): void {
  app.openapi(ingestRoute, async (c) => {
    const query = c.req.valid('query');
    const { articles, problems } = await readBody(c, query);
    if (articles.length > ctx.limits.maxBatch)
      throw new ApiError(
        413,
        'batch_too_large',
        `${articles.length} articles in one request; at most ${ctx.limits.maxBatch}`,
      );
    const result = await ctx.exclusive(() => ingest(ctx, articles, problems));
    if (result.records.length === 0) {
      const detail = problems.map((p) => `${p.where}: ${p.message}`).join('; ');
      throw new ApiError(422, 'unreadable', `no article could be read (${detail || 'empty'})`);
    }
    const body = { ...result, records: result.records.map(recordJson) };
    return result.added.length > 0 ? c.json(body, 201) : c.json(body, 200);
  });
}

async function readBody(
  c: Context,
  query: z.infer<typeof IngestQuery>,
): Promise<{ articles: RawArticle[]; problems: Problem[] }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') {
    const body = c.req.valid('json' as never) as z.infer<typeof IngestJson>;
    const list = Array.isArray(body) ? body : 'articles' in body ? body.articles : [body];
    const articles = list.map((a, i): RawArticle => ({
      origin: { path: 'api/ingest.json', url: a.url ?? null, format: 'json', item: i + 1 },
      text: a.text,
      title: a.title ?? null,
      published: a.published ? toIsoDate(a.published) : null,
      outlet: a.outlet ?? null,
      language: a.language ?? null,
    }));
    return { articles, problems: [] };
  }
  const path = type === 'text/html' ? 'api/ingest.html' : 'api/ingest.txt';
  const text = await c.req.text();
  const articles: RawArticle[] = [];
  const problems: Problem[] = [];
  for (const r of readText(text, { path }, { date: query.published ?? null })) {
    if ('problem' in r) {
      problems.push({ where: r.problem.where, message: r.problem.message });
      continue;
    }
    const a = r.article;
    articles.push({
      ...a,
      origin: { ...a.origin, url: query.url ?? a.origin.url },
      title: query.title ?? a.title ?? null,
      outlet: query.outlet ?? a.outlet ?? null,
    });
  }
  return { articles, problems };
}

async function ingest(ctx: ServerContext, articles: RawArticle[], problems: Problem[]) {
  const records: SitrepRecord[] = [];
  const fresh: SitrepRecord[] = [];
  const duplicates: string[] = [];
  const built = await Promise.allSettled(
    articles.map(async (a) => {
      const stored = await ctx.store.get(recordId(normaliseText(a.text)));
      if (stored) return { stored: true, record: stored };
      return { stored: false, record: await ctx.builder().build(a) };
    }),
  );
  built.forEach((b, i) => {
    const where = `item ${i + 1}`;
    if (b.status === 'rejected') {
      const message = b.reason instanceof Error ? b.reason.message : String(b.reason);
      problems.push({ where, message });
    } else {
      records.push(b.value.record);
      if (b.value.stored) duplicates.push(b.value.record.id);
      else fresh.push(b.value.record);
    }
  });
  const put = await ctx.store.put(fresh);
  duplicates.push(...put.duplicates);
  const added = new Set(put.added);
  await updateCorpus(
    ctx.store,
    fresh.filter((r) => added.has(r.id)),
  );
  return { records, added: put.added, duplicates: [...new Set(duplicates)], problems };
}
