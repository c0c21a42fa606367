/** `sitrep show ID`: one stored record. */
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import { openStore } from '../../../store/open.js';
import { formatPretty } from '../../format/pretty.js';
import { prettySections } from '../../format/sections.js';
import { dbPath, existingDb, parseFormat } from '../options.js';
import { quietOnClosedPipe } from '../pipe.js';

export function showCommand(): Command {
  return new Command('show')
    .description('print one stored record')
    .argument('<id>', 'the record id (as printed by search)')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--format <format>', 'json or pretty', 'pretty')
    .action(async (id: string, opts) => {
      quietOnClosedPipe();
      const format = parseFormat(opts.format);
      const store = await openStore(existingDb(opts.db), { readonly: true });
      try {
        const record = await store.get(id);
        if (!record) throw new SitrepError(`no record with id "${id}"`, dbPath(opts.db));
        process.stdout.write(
          (format === 'pretty'
            ? formatPretty(record, prettySections)
            : JSON.stringify(record, null, format === 'json' ? 2 : 0)) + '\n',
        );
      } finally {
        await store.close();
      }
    });
}
