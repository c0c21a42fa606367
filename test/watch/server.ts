/**
 * A local HTTP server for the watch tests (node:http on 127.0.0.1, a random port): routes are
 * set and changed by the test, every request is logged with its conditional headers, and
 * `bytesSent` counts what a streaming route wrote before the client went away.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface Logged {
  path: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  userAgent: string | null;
}

export interface TestServer {
  base: string;
  routes: Map<string, Route>;
  log: Logged[];
  /** requests for a path so far */
  hits(path: string): number;
  bytesSent: Map<string, number>;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const log: Logged[] = [];
  const bytesSent = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({
      path,
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      ifModifiedSince: req.headers['if-modified-since'] ?? null,
      userAgent: req.headers['user-agent'] ?? null,
    });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    Promise.resolve(route(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    log,
    bytesSent,
    hits: (path) => log.filter((l) => l.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A body served as it is, with optional headers; ETag/Last-Modified answer 304 when they match. */
export function serve(body: string, headers: Record<string, string> = {}, status = 200): Route {
  return (req, res) => {
    const etag = headers['etag'];
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    const lm = headers['last-modified'];
    if (!etag && lm && req.headers['if-modified-since'] === lm) {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
    res.end(body);
  };
}

/** Streams `total` bytes of filler XML-ish text in 64 KB chunks, honouring back-pressure. */
export function huge(server: TestServer, path: string, total: number, declare = false): Route {
  return (_req, res) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.writeHead(200, {
      'content-type': 'application/rss+xml',
      ...(declare ? { 'content-length': String(total) } : {}),
    });
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        server.bytesSent.set(path, sent);
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => res.removeAllListeners('drain'));
    pump();
  };
}

/** Answers after `ms` (headers and all). */
export function slow(ms: number, route: Route): Route {
  return (req, res) => {
    const t = setTimeout(() => void route(req, res), ms);
    res.on('close', () => clearTimeout(t));
  };
}

export function redirect(to: string, status = 302): Route {
  return (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };
}

export interface Item {
  guid: string;
  title: string;
  /** full text (content:encoded) or only a teaser (description) */
  content?: string;
  description?: string;
  link?: string;
  date?: string;
}

/** An RSS 2.0 feed of `items`. */
export function rss(items: Item[], title = 'Test Wire'): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = items
    .map(
      (i) =>
        `<item><guid>${esc(i.guid)}</guid><title>${esc(i.title)}</title>` +
        (i.link ? `<link>${esc(i.link)}</link>` : '') +
        (i.description ? `<description>${esc(i.description)}</description>` : '') +
        (i.content ? `<content:encoded><![CDATA[<p>${i.content}</p>]]></content:encoded>` : '') +
        `<pubDate>${i.date ?? 'Mon, 02 Jun 2025 10:00:00 GMT'}</pubDate></item>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
    `<channel><title>${title}</title><language>en</language>\n${body}\n</channel></rss>`
  );
}

/** A distinct article text per seed (a few sentences, so records differ by content hash). */
export function story(seed: string): string {
  return (
    `Officials in the region of ${seed} said on Monday that three drones were shot down overnight. ` +
    `No one was hurt, the governor of ${seed} said in a statement. ` +
    `Schools in ${seed} will open as usual on Tuesday, the city council said.`
  );
}

/** An HTML article page. */
export function page(title: string, text: string): string {
  return (
    `<!doctype html><html lang="en"><head><title>${title} - Test Wire</title>` +
    `<meta property="og:site_name" content="Test Wire"></head><body><nav>Home News Sport</nav>` +
    `<article><h1>${title}</h1><p>${text}</p><p>${text}</p></article><footer>About us</footer></body></html>`
  );
}
