/**
 * `sitrep export --format jsonl|acled-csv|geojson|timeml`: stored records in forms other tools
 * read (src/export). Written to --out (through a temporary file renamed at the end, so a failed
 * export never leaves half a file under the name) or to standard output; progress on stderr.
 */
import { Command } from 'commander';
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { SitrepError } from '../../../core/errors.js';
import {
  checkExport,
  EXPORT_FORMATS,
  exportChunks,
  type ExportFormat,
} from '../../../export/index.js';
import { openStore } from '../../../store/open.js';
import { existingDb, parseDate } from '../options.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('write stored records as JSON Lines, ACLED-like CSV, GeoJSON or TimeML')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--since <date>', 'records published on or after this date')
    .option('--until <date>', 'records published on or before this date')
    .option('--outlet <name>', 'only this outlet')
    .option('--id <record>', 'one record (TimeML needs it)')
    .option('--out <file>', 'write here instead of standard output')
    .addHelpText(
      'after',
      '\nExample:\n  sitrep export --format acled-csv --since 2025-01-01 --out events.csv\n',
    )
    .action(async (opts) => {
      const options = {
        format: opts.format as ExportFormat,
        since: parseDate(opts.since, '--since'),
        until: parseDate(opts.until, '--until'),
        outlet: opts.outlet ?? null,
        id: opts.id ?? null,
      };
      checkExport(options);
      const store = await openStore(existingDb(opts.db));
      const total = options.id ? 1 : (await store.stats()).records;
      const progress = exportProgress(total);
      const temp = opts.out ? `${opts.out}.partial` : null;
      let out: Writable = process.stdout;
      try {
        if (temp) {
          const file = await open(temp, 'w').catch((err: Error) => {
            throw new SitrepError(`cannot write (${err.message})`, opts.out);
          });
          out = file.createWriteStream();
        }
        for await (const chunk of exportChunks(store, { ...options, onRecord: progress.tick })) {
          if (!out.write(chunk)) await once(out, 'drain');
        }
        if (temp) {
          await new Promise<void>((done, fail) =>
            out.end((err?: Error | null) => (err ? fail(err) : done())),
          );
          await rename(temp, opts.out);
        }
      } catch (err) {
        if (temp) {
          out.destroy();
          await rm(temp, { force: true });
        }
        // a closed pipe (`sitrep export ... | head`) is the reader's choice, not an error
        if ((err as { code?: string }).code !== 'EPIPE') throw err;
      } finally {
        progress.stop();
        await store.close();
      }
    });
}

/** "export: 1200/5000 records" on stderr, on a terminal in place, else every 5 seconds. */
function exportProgress(total: number) {
  const tty = Boolean(process.stderr.isTTY);
  let last = Date.now();
  let done = 0;
  const line = () => `export: ${done}/${total} records`;
  return {
    tick: (n: number) => {
      done = n;
      const now = Date.now();
      if (now - last < (tty ? 200 : 5000)) return;
      last = now;
      process.stderr.write(tty ? `\r${line()}` : `${line()}\n`);
    },
    stop: () => {
      if (total >= 100 || tty) process.stderr.write(tty ? `\r${line()}\n` : `${line()}\n`);
    },
  };
}
