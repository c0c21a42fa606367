/**
 * The web UI: the files Vite built into web/dist, served as they are (index.html for "/" and
 * for any path that is not a file, so the page's own routes reload). Paths are resolved inside
 * the root and nothing outside it is ever read. A Content-Security-Policy allows only this
 * origin's scripts, so even a bug that put article text into HTML could not run a script.
 * Without a build, "/" says how to make one.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export function webRoutes(root: string | null) {
  return (app: OpenAPIHono): void => {
    app.get('*', async (c, next) => {
      if (c.req.path.startsWith('/api/') || c.req.path === '/openapi.json') return next();
      if (root === null || !(await isFile(path.join(root, 'index.html'))))
        return c.text(
          'sitrep API is running (see /openapi.json). The web UI is not built: run `npm run build:web`.\n',
          200,
        );
      const wanted = path.resolve(root, '.' + decodeURIComponent(c.req.path));
      const inside = wanted.startsWith(path.resolve(root) + path.sep);
      const file = inside && (await isFile(wanted)) ? wanted : path.join(root, 'index.html');
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const cache = file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      return c.body(await readFile(file), 200, {
        'content-type': type,
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': cache,
      });
    });
  };
}
