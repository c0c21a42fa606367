/**
 * `sitrep worker`: take article jobs from the store's PostgreSQL queue (filled by `sitrep
 * ingest --enqueue`), build and store their records, keep the corpus layer up to date. Start
 * as many as you like, on as many machines, against one database (docs/scaling.md). SIGINT or
 * SIGTERM stops it after the batch in hand; a worker killed outright loses nothing: its jobs
 * run again elsewhere once their timeout passes.
 */
import { Command } from 'commander';
import { runQueueWorker } from '../../../runtime/queue/consume.js';
import { dbPath } from '../options.js';

export function workerCommand(): Command {
  return new Command('worker')
    .addHelpText(
      'after',
      '\nExample:\n  sitrep worker --db postgres://postgres@127.0.0.1:5432/news --concurrency 2\n',
    )
    .description('take queued articles (ingest --enqueue) from PostgreSQL, build and store them')
    .option('--db <url>', 'postgres:// URL of the store (default: $SITREP_DB)')
    .option('--concurrency <n>', 'worker threads building records (default 1)')
    .option('--batch <n>', 'jobs taken at a time (default 16 per thread)')
    .option('--no-corpus', 'skip the corpus layer (copies, clusters); `sitrep corpus` catches up')
    .option('--until-empty', 'exit once every job is done or parked, instead of waiting for more')
    .option('--quiet', 'no line per batch; the summary and failures still go to stderr')
    .action(async (opts) => {
      const stop = new AbortController();
      const onSignal = () => {
        process.stderr.write('sitrep worker: stopping after the batch in hand\n');
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
      try {
        const summary = await runQueueWorker({
          db: dbPath(opts.db),
          concurrency: num(opts.concurrency),
          batch: num(opts.batch),
          corpus: opts.corpus !== false,
          untilEmpty: Boolean(opts.untilEmpty),
          signal: stop.signal,
          onBatch(batch, total) {
            for (const f of batch.failed) {
              process.stderr.write(
                `failed ${f.message.startsWith(f.where) ? '' : `${f.where}: `}${f.message}\n`,
              );
            }
            if (!opts.quiet) {
              const rate = total.seconds > 0 ? (total.jobs / total.seconds).toFixed(1) : '-';
              process.stderr.write(
                `worker: ${total.jobs} jobs · stored ${total.stored} · duplicates ${total.duplicates} · failed ${total.failed} · ${rate}/s\n`,
              );
            }
          },
        });
        const t = summary.time;
        process.stdout.write(
          `worked ${summary.jobs} jobs in ${summary.seconds.toFixed(1)} s · stored ${summary.stored} · duplicates ${summary.duplicates} · failed ${summary.failed}\n` +
            `time: build ${t.build.toFixed(1)} s · store ${t.store.toFixed(1)} s · corpus lock wait ${t.lockWait.toFixed(1)} s · corpus ${t.corpus.toFixed(1)} s\n`,
        );
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
