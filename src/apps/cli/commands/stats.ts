/** `sitrep stats`: what the database holds. */
import { Command } from 'commander';
import { openStore } from '../../../store/open.js';
import { existingDb } from '../options.js';
import { quietOnClosedPipe } from '../pipe.js';

export function statsCommand(): Command {
  return new Command('stats')
    .description('summarise the stored records')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--json', 'print as JSON')
    .action(async (opts) => {
      quietOnClosedPipe();
      const file = existingDb(opts.db);
      const store = await openStore(file, { readonly: true });
      try {
        const s = await store.stats();
        if (opts.json) {
          process.stdout.write(JSON.stringify(s, null, 2) + '\n');
          return;
        }
        const lines = [
          `${file}: ${s.records} records, ${
            s.earliest && s.latest
              ? `published ${s.earliest} .. ${s.latest}`
              : s.records > 0
                ? 'none with a publication date'
                : 'empty'
          }`,
          `outlets: ${s.outlets.map((o) => `${o.outlet ?? 'unknown'} ${o.records}`).join(', ') || 'none'}`,
          `languages: ${s.languages.map((l) => `${l.language ?? 'unknown'} ${l.records}`).join(', ') || 'none'}`,
          `layers: ${
            Object.entries(s.layers)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ') || 'none'
          }`,
        ];
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
