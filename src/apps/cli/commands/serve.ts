/**
 * `sitrep serve`: the HTTP API (and /openapi.json) over a store, on loopback unless --host
 * says otherwise. The database is created when missing, so a fresh machine can ingest over
 * HTTP. Ctrl-C stops it cleanly.
 */
import { Command } from 'commander';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../../core/errors.js';
import { openStore } from '../../../store/open.js';
import { createContext } from '../../server/context.js';
import { webRoutes } from '../../server/routes/web.js';
import { isLoopback, startServer } from '../../server/serve.js';
import { dbPath } from '../options.js';

/** the web UI built by `npm run build:web`, beside the sources */
const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the HTTP API (OpenAPI at /openapi.json) over the stored records')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--port <n>', 'TCP port (0: any free port)', '7300')
    .option(
      '--host <address>',
      'address to listen on (loopback unless told otherwise)',
      '127.0.0.1',
    )
    .option('--cors <origins>', 'comma-separated origins allowed to call the API (default: none)')
    .option('--threads <n>', 'worker threads for building ingested articles (0: none)')
    .addHelpText('after', '\nExample:\n  sitrep serve --db news.db --port 7300\n')
    .action(async (opts) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new SitrepError(`"${opts.port}" is not a port number (0-65535)`, '--port');
      const threads = opts.threads === undefined ? undefined : Number(opts.threads);
      if (threads !== undefined && (!Number.isInteger(threads) || threads < 0))
        throw new SitrepError(`"${opts.threads}" is not a whole number >= 0`, '--threads');
      const corsOrigins = opts.cors
        ? String(opts.cors)
            .split(',')
            .map((s: string) => s.trim())
            .filter(Boolean)
        : [];
      const store = await openStore(dbPath(opts.db));
      const ctx = createContext({ store, threads });
      let server;
      try {
        server = await startServer(
          ctx,
          { port, host: opts.host },
          { corsOrigins, extra: [webRoutes(WEB_ROOT)] },
        );
      } catch (err) {
        await store.close();
        const code = (err as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new SitrepError(`port ${port} is in use`, '--port');
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
          throw new SitrepError(`cannot listen on "${opts.host}"`, '--host');
        throw err;
      }
      if (!isLoopback(opts.host))
        process.stderr.write(
          `sitrep: listening on ${opts.host}: the API (and ingest) is open to the network\n`,
        );
      process.stdout.write(`sitrep API on ${server.url}  (OpenAPI: ${server.url}/openapi.json)\n`);
      const running = server;
      const stop = async () => {
        await running.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
