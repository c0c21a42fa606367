/**
 * `sitrep requeue JOB_ID... | --all`: give parked jobs (a build that kept failing; `sitrep
 * stats` lists them with their error) one more try each.
 */
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import { openQueue, requeue } from '../../../runtime/queue/jobs.js';
import { dbPath } from '../options.js';

export function requeueCommand(): Command {
  return new Command('requeue')
    .addHelpText(
      'after',
      '\nExample:\n  sitrep requeue --all --db postgres://postgres@127.0.0.1:5432/news\n',
    )
    .description('give parked queue jobs (see `sitrep stats`) one more try each')
    .argument('[ids...]', 'job ids as `sitrep stats` lists them')
    .option('--all', 'every parked job')
    .option('--db <url>', 'postgres:// URL of the store (default: $SITREP_DB)')
    .action(async (ids: string[], opts) => {
      if (opts.all && ids.length > 0) throw new SitrepError('give job ids or --all, not both');
      if (!opts.all && ids.length === 0) throw new SitrepError('give job ids, or --all');
      const queue = await openQueue(dbPath(opts.db), { role: 'client', connections: 1 });
      try {
        const n = await requeue(queue, opts.all ? 'all' : ids);
        process.stdout.write(`requeued ${n} job${n === 1 ? '' : 's'}\n`);
        if (!opts.all && n < ids.length) {
          process.stderr.write(`${ids.length - n} of the ids given name no parked job\n`);
          process.exitCode = 1;
        }
      } finally {
        await queue.close();
      }
    });
}
