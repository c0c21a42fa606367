/**
 * The sitrep command line. Thin: each command parses its options, then calls ingest,
 * presets, store and format. A user error prints one line and exits 1; a bug keeps its stack.
 */
import { Command } from 'commander';
import { isUserError } from '../../core/errors.js';
import { sitrepVersion } from './options.js';
import { quietOnClosedPipe } from './pipe.js';

// every command's output may go into `| head`: a closed pipe ends the command quietly
quietOnClosedPipe();

const program = new Command()
  .name('sitrep')
  .description('Turn dated news articles into a structured, sourced record.')
  .version(sitrepVersion(), '-V, --version', 'print the sitrep version')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

/**
 * The commands, in the order help lists them, each imported only when it runs: a short
 * `sitrep extract` need not load the server, PostgreSQL and queue libraries (start-up time).
 * Help, and a name that is no command, load them all.
 */
const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.js')).extractCommand(),
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand(),
  search: async () => (await import('./commands/search.js')).searchCommand(),
  show: async () => (await import('./commands/show.js')).showCommand(),
  stats: async () => (await import('./commands/stats.js')).statsCommand(),
  corpus: async () => (await import('./commands/corpus.js')).corpusCommand(),
  clusters: async () => (await import('./commands/clusters.js')).clustersCommand(),
  contradictions: async () =>
    (await import('./commands/contradictions.js')).contradictionsCommand(),
  series: async () => (await import('./commands/series.js')).seriesCommand(),
  timeline: async () => (await import('./commands/timeline.js')).timelineCommand(),
  entity: async () => (await import('./commands/entity.js')).entityCommand(),
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand(),
  serve: async () => (await import('./commands/serve.js')).serveCommand(),
  export: async () => (await import('./commands/export.js')).exportCommand(),
  worker: async () => (await import('./commands/worker.js')).workerCommand(),
  requeue: async () => (await import('./commands/requeue.js')).requeueCommand(),
  watch: async () => (await import('./commands/watch.js')).watchCommand(),
};
const asked = process.argv[2] ?? '';
const wanted = Object.hasOwn(commands, asked) ? [asked] : Object.keys(commands);
for (const name of wanted) program.addCommand(await (commands[name] as () => Promise<Command>)());

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
