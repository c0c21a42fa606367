/**
 * One polite HTTP GET with Node's built-in fetch (undici): only http and https, redirects
 * followed by hand so every hop is checked (scheme, robots.txt, loops, a hop limit), one
 * timeout per hop covering the headers and the whole body, and a size cap enforced while the
 * body streams in: past the cap the download is cancelled, so a 50 MB answer never sits in
 * memory. Every request waits its turn at the host (hosts.ts).
 *
 * Failures are thrown as FetchProblem: a one-line message, and whether trying again later may
 * help (timeouts, refused connections, 408/429/5xx) or not (404, a refused scheme, too big).
 *
 * @example
 * const got = await politeGet('https://example.org/feed.xml', { limits, gate });
 * if (got.status === 304) ...; else read(got.body);
 */
import type { HostGate } from './hosts.js';

export interface FetchLimits {
  /** per hop: from sending the request to the last byte of the body */
  timeoutMs: number;
  /** largest body read, in bytes (after content decoding) */
  maxBytes: number;
  /** redirects followed before giving up */
  maxRedirects: number;
  /** the User-Agent header */
  userAgent: string;
}

export interface Fetched {
  /** the URL that answered, after redirects */
  url: string;
  status: number;
  headers: Headers;
  /** the body; empty for 304 */
  body: Buffer;
}

/** A fetch that failed, in one line; `transient` when trying again later may help. */
export class FetchProblem extends Error {
  override name = 'FetchProblem';
  constructor(
    message: string,
    readonly transient: boolean,
    /** a Retry-After the server sent, in ms */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export interface GetOptions {
  limits: FetchLimits;
  gate: HostGate;
  /** extra request headers (conditional GET, Accept) */
  headers?: Record<string, string>;
  /** checks each URL before it is requested (robots.txt); a string is the reason to refuse */
  check?: (url: URL) => Promise<string | null>;
  /** stops the request (the watcher is shutting down) */
  signal?: AbortSignal;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Why `url` is not fetched (not a URL, or not http/https), or null when it may be. */
export function refusedUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `not a URL: ${short(url)}`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return `only http and https are fetched, not ${u.protocol} (${short(url)})`;
  return null;
}

/** GETs `url`, following at most `limits.maxRedirects` redirects, each hop checked. */
export async function politeGet(url: string, opts: GetOptions): Promise<Fetched> {
  const visited: string[] = [];
  let current = url;
  for (;;) {
    const refused = refusedUrl(current);
    if (refused) throw new FetchProblem(visited.length ? `redirected: ${refused}` : refused, false);
    const target = new URL(current);
    target.hash = '';
    if (visited.includes(target.href))
      throw new FetchProblem(
        `redirect loop (${[...visited, target.href].map(short).join(' -> ')})`,
        false,
      );
    if (visited.length > opts.limits.maxRedirects)
      throw new FetchProblem(`more than ${opts.limits.maxRedirects} redirects`, false);
    const why = await opts.check?.(target);
    if (why)
      throw new FetchProblem(
        visited.length ? `redirected to ${short(target.href)}: ${why}` : why,
        false,
      );
    visited.push(target.href);
    const got = await opts.gate.use(target.hostname, () => hop(target, opts));
    if ('location' in got) {
      current = got.location;
      continue;
    }
    return got;
  }
}

/** One request: a redirect's next URL, or the answer with its body read up to the cap. */
async function hop(target: URL, opts: GetOptions): Promise<Fetched | { location: string }> {
  const { limits } = opts;
  const abort = new AbortController();
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signals = [abort.signal, timeout, ...(opts.signal ? [opts.signal] : [])];
  const signal = AbortSignal.any(signals);
  const failed = (err: unknown): FetchProblem => {
    if (opts.signal?.aborted) return new FetchProblem('stopped', true);
    if (timeout.aborted)
      return new FetchProblem(`timed out after ${seconds(limits.timeoutMs)}`, true);
    return new FetchProblem(networkMessage(err), true);
  };
  let res: Response;
  try {
    res = await fetch(target, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': limits.userAgent, ...opts.headers },
    });
  } catch (err) {
    throw failed(err);
  }
  const drop = () => res.body?.cancel().catch(() => undefined);
  if (REDIRECTS.has(res.status)) {
    const location = res.headers.get('location');
    void drop();
    if (!location) throw new FetchProblem(`HTTP ${res.status} without a Location header`, false);
    try {
      return { location: new URL(location, target).href };
    } catch {
      throw new FetchProblem(`HTTP ${res.status} to a bad Location ${short(location)}`, false);
    }
  }
  if (res.status === 304) {
    void drop();
    return { url: target.href, status: 304, headers: res.headers, body: Buffer.alloc(0) };
  }
  if (res.status < 200 || res.status >= 300) {
    void drop();
    const transient = res.status === 408 || res.status === 429 || res.status >= 500;
    throw new FetchProblem(
      `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
      transient,
      retryAfter(res.headers.get('retry-after')),
    );
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    abort.abort();
    void drop();
    throw new FetchProblem(
      `larger than the ${size(limits.maxBytes)} cap (Content-Length ${size(declared)}); not read`,
      false,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limits.maxBytes) {
          abort.abort();
          await reader.cancel().catch(() => undefined);
          throw new FetchProblem(
            `larger than the ${size(limits.maxBytes)} cap; cut after ${size(total)}`,
            false,
          );
        }
        chunks.push(value);
      }
    }
  } catch (err) {
    if (err instanceof FetchProblem) throw err;
    throw failed(err);
  }
  return {
    url: target.href,
    status: res.status,
    headers: res.headers,
    body: Buffer.concat(chunks, total),
  };
}

/** Retry-After in seconds or as an HTTP date, in ms; null when absent or unreadable. */
export function retryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** A network error's cause in one line: "connection refused (ECONNREFUSED)". */
function networkMessage(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code;
  const text = cause?.message ?? (err instanceof Error ? err.message : String(err));
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed',
  };
  const said = code && known[code] ? `${known[code]} (${code})` : text;
  return said.replace(/\s+/g, ' ').slice(0, 200);
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

export function size(bytes: number): string {
  if (bytes >= 1048576) return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function short(url: string): string {
  return url.length > 80 ? `${url.slice(0, 80)}…` : url;
}
