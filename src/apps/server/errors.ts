/**
 * The API's one error shape, `{error: {status, code, message}}`, and the mapping from what
 * can go wrong to it: a request that fails its schema (400 invalid_request), a body too large
 * (413), malformed JSON (400), an unknown id (404), a user error from the core or the store
 * such as a bad full-text query (400 bad_request). Anything else is a bug: 500 with a generic
 * message, the stack on the server's stderr only.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { isUserError } from '../../core/errors.js';

export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const badRequest = (message: string, code = 'bad_request') =>
  new ApiError(400, code, message);

export function errorResponse(c: Context, err: ApiError): Response {
  const body: ErrorBody = { error: { status: err.status, code: err.code, message: err.message } };
  return c.json(body, err.status);
}

/** One line per schema issue: `since: not an ISO date (YYYY-MM-DD); limit: too big`. */
export function describeIssues(error: ZodError): string {
  return issueLines(error.issues, []).join('; ');
}

type Issue = ZodError['issues'][number];

/**
 * A union's "Invalid input" says nothing; the branch the request came closest to does (the
 * fewest issues, not counting a branch refused outright for its type: a single article object
 * is not told that it is not an array).
 */
function issueLines(issues: readonly Issue[], prefix: PropertyKey[]): string[] {
  return issues.flatMap((i) => {
    const path = [...prefix, ...i.path];
    if (i.code === 'invalid_union' && i.errors.length > 0) {
      const wrongType = (b: Issue[]) =>
        b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0;
      const branches = i.errors.filter((b) => !wrongType(b));
      const best = (branches.length > 0 ? branches : i.errors).reduce((a, b) =>
        b.length < a.length ? b : a,
      );
      return issueLines(best, path);
    }
    return [path.length > 0 ? `${path.map(String).join('.')}: ${i.message}` : i.message];
  });
}

const CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return new ApiError(status, CODES[status] ?? 'http_error', err.message || 'request refused');
  }
  if (isUserError(err)) return new ApiError(400, 'bad_request', err.message);
  process.stderr.write(
    `sitrep serve: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  return new ApiError(500, 'internal', 'internal error (see the server log)');
}
