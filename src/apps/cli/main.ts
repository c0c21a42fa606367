/**
 * The sitrep command line. Thin: each command parses its options, then calls ingest,
 * presets, store and format. A user error prints one line and exits 1; a bug keeps its stack.
 */
import { Command } from 'commander';
import { isUserError } from '../../core/errors.js';
import { clustersCommand } from './commands/clusters.js';
import { contradictionsCommand } from './commands/contradictions.js';
import { corpusCommand } from './commands/corpus.js';
import { seriesCommand } from './commands/series.js';
import { timelineCommand } from './commands/timeline.js';
import { entityCommand } from './commands/entity.js';
import { extractCommand } from './commands/extract.js';
import { exportCommand } from './commands/export.js';
import { migrateCommand } from './commands/migrate.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { requeueCommand } from './commands/requeue.js';
import { workerCommand } from './commands/worker.js';
import { watchCommand } from './commands/watch.js';
import { sitrepVersion } from './options.js';

const program = new Command()
  .name('sitrep')
  .description('Turn dated news articles into a structured, sourced record.')
  .version(sitrepVersion(), '-V, --version', 'print the sitrep version')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

program.addCommand(extractCommand());
program.addCommand(ingestCommand());
program.addCommand(searchCommand());
program.addCommand(showCommand());
program.addCommand(statsCommand());
program.addCommand(corpusCommand());
program.addCommand(clustersCommand());
program.addCommand(contradictionsCommand());
program.addCommand(seriesCommand());
program.addCommand(timelineCommand());
program.addCommand(entityCommand());
program.addCommand(migrateCommand());
program.addCommand(serveCommand());
program.addCommand(exportCommand());
program.addCommand(workerCommand());
program.addCommand(requeueCommand());
program.addCommand(watchCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (isUserError(err)) {
    process.stderr.write(`sitrep: ${err.message}\n`);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
