/**
 * `sitrep corpus`: runs the corpus layer (copies, corpus entities, clusters) over every stored
 * record. `sitrep ingest` keeps it up to date as it goes; this catches up a database ingested
 * with --no-corpus or by an older sitrep. Corpus stages are idempotent, so a re-run is safe.
 */
import { Command } from 'commander';
import { rebuildCorpus } from '../../../corpus/index.js';
import { openStore } from '../../../store/open.js';
import { existingDb } from '../options.js';

export function corpusCommand(): Command {
  return new Command('corpus')
    .addHelpText('after', '\nExample:\n  sitrep corpus --db news.db\n')
    .description('build the corpus layer (copies, entities, clusters) over every stored record')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .action(async (opts) => {
      const store = await openStore(existingDb(opts.db));
      try {
        const n = await rebuildCorpus(store);
        process.stdout.write(`corpus: ${n} records read\n`);
      } finally {
        await store.close();
      }
    });
}
