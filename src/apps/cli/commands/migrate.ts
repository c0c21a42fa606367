/**
 * `sitrep migrate`: brings a database to this sitrep's schema version and says which it is.
 * Opening a store migrates it too; this command does only that, so an operator can upgrade a
 * shared PostgreSQL database once, before workers start.
 */
import { Command } from 'commander';
import { openStore, parseStoreSpec } from '../../../store/open.js';
import { dbPath } from '../options.js';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('create or upgrade the database schema (SQLite file or postgres:// URL)')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .addHelpText(
      'after',
      '\nExample:\n  sitrep migrate --db postgres://postgres@127.0.0.1:5432/test',
    )
    .action(async (opts) => {
      const spec = parseStoreSpec(dbPath(opts.db));
      const store = await openStore(dbPath(opts.db));
      await store.close();
      const where = spec.kind === 'sqlite' ? spec.file : `PostgreSQL schema "${spec.schema}"`;
      process.stdout.write(`migrated: ${where} is at the current schema\n`);
    });
}
