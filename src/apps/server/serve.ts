/**
 * Starts the API on a port: @hono/node-server over createApp. Port 0 picks a free port (the
 * tests use it); the resolved URL comes back with a close() that stops accepting requests,
 * waits for the ingest queue and closes the record builder. The store stays the caller's.
 *
 * @example
 * const server = await startServer(ctx, { port: 0, host: '127.0.0.1' });
 * console.log(server.url); await server.close();
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import type { ServerContext } from './context.js';

export interface Listen {
  port: number;
  host: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(
  ctx: ServerContext,
  listen: Listen,
  opts: AppOptions = {},
): Promise<RunningServer> {
  const app = createApp(ctx, opts);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: listen.port, hostname: listen.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: async () => {
            await new Promise<void>((done) => {
              server.close(() => done());
              if ('closeAllConnections' in server) server.closeAllConnections();
            });
            await ctx.close();
          },
        });
      },
    );
    server.once('error', reject);
  });
}

/** Loopback addresses: anything else exposes the API (and ingest) to the network. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
