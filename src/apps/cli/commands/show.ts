/** `sitrep show ID`: one stored record. */
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import type { SitrepRecord } from '../../../core/record.js';
import { openStore } from '../../../store/open.js';
import type { Store } from '../../../store/store.js';
import { formatPretty } from '../../format/pretty.js';
import { prettySections } from '../../format/sections.js';
import { dbPath, existingDb, parseFormat } from '../options.js';
import { quietOnClosedPipe } from '../pipe.js';

export function showCommand(): Command {
  return new Command('show')
    .description('print one stored record')
    .argument('<id>', 'the record id as printed by search, or its first few (4+) hex digits')
    .addHelpText('after', '\nExample:\n  sitrep show 8968b08 --format json')
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
        const record = (await store.get(id)) ?? (await byPrefix(store, id, dbPath(opts.db)));
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

/** The one record whose id starts with `prefix`; an error naming the problem otherwise. */
async function byPrefix(store: Store, prefix: string, db: string): Promise<SitrepRecord> {
  const ids = await store.idsStartingWith(prefix, 2);
  if (ids.length === 0) throw new SitrepError(`no record with id "${prefix.slice(0, 40)}"`, db);
  if (ids.length > 1) {
    throw new SitrepError(
      `id prefix "${prefix}" matches more than one record (${ids.join(', ')}, ...): give more digits`,
      db,
    );
  }
  const record = await store.get(ids[0] as string);
  if (!record) throw new SitrepError(`no record with id "${prefix}"`, db);
  return record;
}
