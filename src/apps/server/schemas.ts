/**
 * Request and response schemas shared by the routes. They validate requests and, through
 * @hono/zod-openapi, are the OpenAPI document at /openapi.json: one source for both.
 */
import { z } from '@hono/zod-openapi';
import { isValidIsoDate } from '../../core/dates.js';
import type { SitrepRecord } from '../../core/record.js';

/** Largest page any list endpoint returns. */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export const ErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int().openapi({ example: 400 }),
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: 'since: not an ISO date (YYYY-MM-DD)' }),
    }),
  })
  .openapi('Error');

/** The error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: {
    description: 'Bad request: the message names the bad parameter',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  500: {
    description: 'Internal error',
    content: { 'application/json': { schema: ErrorSchema } },
  },
} as const;

export const notFoundResponse = {
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const IsoDate = z
  .string()
  .max(40)
  .refine(isValidIsoDate, { message: 'not an ISO date (YYYY-MM-DD)' })
  .openapi({ example: '2025-01-31' });

export const PageLimit = z.coerce
  .number({ message: 'must be a whole number' })
  .int({ message: 'must be a whole number' })
  .min(1, { message: `must be from 1 to ${MAX_PAGE}` })
  .max(MAX_PAGE, { message: `must be from 1 to ${MAX_PAGE}` })
  .default(DEFAULT_PAGE)
  .openapi({ example: 20 });

export const Cursor = z
  .string()
  .max(400)
  .openapi({ description: 'the `next` value of the previous page' });

export const RecordId = z
  .string()
  .regex(/^[0-9a-f]{1,64}$/, {
    message: 'a record id is lower-case hex, e.g. 8968b0838309d791fd2a',
  })
  .openapi({ param: { name: 'id', in: 'path' }, example: '8968b0838309d791fd2a' });

/** A stored record (docs/record.md); its layers are described there, not repeated here. */
export const RecordSchema = z
  .object({
    schema: z.literal('sitrep/record@1'),
    id: z.string(),
    published: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    language: z.string().nullable(),
    text: z.string(),
  })
  .passthrough()
  .openapi('Record', { description: 'a sitrep record; layers as in docs/record.md' });

export type RecordJson = z.infer<typeof RecordSchema>;

/**
 * A value as its open (passthrough) response schema types it: zod types such a schema as an
 * object with an index signature, which the core's interfaces do not declare.
 */
export const asJson = <T>(value: object): T => value as unknown as T;

/** A record as its open response schema types it (the layers are documented, not repeated). */
export const recordJson = (r: SitrepRecord): RecordJson => asJson<RecordJson>(r);

export const RecordHitSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    outlet: z.string().nullable(),
    snippet: z.string().openapi({ description: 'excerpt; matched words in [brackets]' }),
    score: z.number().nullable(),
  })
  .openapi('RecordHit');

export const page = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      next: z
        .string()
        .nullable()
        .openapi({ description: 'cursor of the next page; null at the end' }),
    })
    .openapi(name);

export const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
