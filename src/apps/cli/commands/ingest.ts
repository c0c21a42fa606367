/**
 * `sitrep ingest PATH...`: read, build and store. Articles already stored (same content
 * hash) are counted as duplicates before any extractor runs, so a re-run after an
 * interrupted ingest only does the rest. Records are written in batches, one transaction each.
 *
 * Each problem is printed once, on standard error as it happens (or in the --json summary);
 * the summary line goes to standard output. Exit codes: 0 every input read, INPUTS_FAILED (2)
 * when any input or item failed, 1 when nothing could be read at all or for a user error.
 */
import { Command } from 'commander';
import { recordId } from '../../../core/build.js';
import { normaliseText } from '../../../core/normalise.js';
import type { SitrepRecord } from '../../../core/record.js';
import { createRecordBuilder } from '../../../runtime/workers.js';
import { updateCorpus } from '../../../corpus/index.js';
import { readInputs } from '../../../ingest/index.js';
import { countArticles } from '../../../ingest/sources.js';
import type { IngestProblem } from '../../../ingest/types.js';
import { openStore } from '../../../store/open.js';
import { dbPath, parseDate, parseMap } from '../options.js';
import { enqueueInputs } from './enqueue.js';
import { quietOnClosedPipe } from '../pipe.js';
import { createProgress } from '../progress.js';
import { INPUTS_FAILED, reportProblem } from '../report.js';

const BATCH = 256;
/** Characters of text that also end a batch: records of long texts are large in memory. */
const BATCH_CHARS = 4_000_000;

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read articles from files, directories, globs or "-" and store their records')
    .argument('<paths...>', 'files, directories, globs, or "-" for standard input')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--date <date>', 'publication date for inputs that give none (YYYY-MM-DD)')
    .option('--map <mapping>', 'column mapping for JSONL/CSV, e.g. text=body,published=date')
    .option('--input-format <format>', 'read the inputs as this format instead of detecting it')
    .option(
      '--encoding <name>',
      'character encoding of the inputs, e.g. windows-1252 (default utf-8)',
    )
    .option('--preset <name>', 'which stages to run', 'default')
    .option('--threads <n>', 'worker threads (0: none)')
    .option('--no-corpus', 'skip the corpus layer (copies, clusters); `sitrep corpus` catches up')
    .option(
      '--day-first',
      'read ambiguous row dates like 03/04/2022 day first (default month first)',
    )
    .option(
      '--enqueue',
      'queue the articles in PostgreSQL for `sitrep worker` processes instead of building them here',
    )
    .option(
      '--retries <n>',
      'with --enqueue: tries after the first before a job is parked (default 2)',
    )
    .option(
      '--job-timeout <seconds>',
      'with --enqueue: how long a worker may hold a job before it runs again elsewhere (default 300)',
    )
    .option('--json', 'print the summary, with every problem, as JSON (problems not on stderr)')
    .option('--quiet', 'no progress and no summary; problems still go to stderr')
    .addHelpText(
      'after',
      `\nExit status: 0 when every input was read, ${INPUTS_FAILED} when any input or row failed ` +
        '(the rest is stored), 1 when nothing could be read or for a bad option.\n' +
        '\nExample:\n  sitrep ingest articles/ feed.xml --db news.db\n',
    )
    .action(async (paths: string[], opts) => {
      quietOnClosedPipe();
      const readOpts = {
        date: parseDate(opts.date, '--date'),
        map: parseMap(opts.map),
        format: opts.inputFormat ?? null,
        encoding: opts.encoding ?? null,
        dayFirst: Boolean(opts.dayFirst),
      };
      if (opts.enqueue) {
        await enqueueCommand(paths, readOpts, opts);
        return;
      }
      const threads = opts.threads === undefined ? undefined : Number(opts.threads);
      const store = await openStore(dbPath(opts.db));
      const builder = createRecordBuilder({ preset: opts.preset, threads });
      if (builder.note && !opts.quiet) process.stderr.write(`sitrep ingest: ${builder.note}\n`);
      const progress =
        opts.quiet || opts.json
          ? { tick() {}, stop() {} }
          : createProgress(await countArticles(paths));
      const counts = { ingested: 0, duplicates: 0, skipped: 0, failed: 0 };
      const problems: IngestProblem[] = [];
      const seen = new Set<string>();
      let batch: SitrepRecord[] = [];
      const pending = new Set<Promise<void>>();
      const flush = async () => {
        const toPut = batch;
        batch = [];
        if (toPut.length === 0) return;
        const result = await store.put(toPut);
        if (opts.corpus !== false) {
          const added = new Set(result.added);
          await updateCorpus(
            store,
            toPut.filter((r) => added.has(r.id)),
          );
        }
        counts.ingested += result.added.length;
        counts.duplicates += result.duplicates.length;
      };
      const problem = (p: IngestProblem) => {
        if (opts.json) problems.push(p);
        else reportProblem(p);
        if (p.kind === 'skipped') counts.skipped++;
        else counts.failed++;
      };
      try {
        for await (const result of readInputs(paths, readOpts)) {
          if ('problem' in result) {
            problem(result.problem);
            continue;
          }
          const article = result.article;
          const id = recordId(normaliseText(article.text));
          if (seen.has(id) || (await store.has(id))) {
            counts.duplicates++;
            continue;
          }
          seen.add(id);
          const job = builder
            .build(article)
            .then(
              (record) => {
                batch.push(record);
              },
              (err: unknown) => {
                const where = article.origin.item
                  ? `${article.origin.path}:${article.origin.item}`
                  : article.origin.path;
                problem({
                  kind: 'failed',
                  where,
                  message: err instanceof Error ? err.message : String(err),
                });
              },
            )
            .finally(() => pending.delete(job));
          pending.add(job);
          if (pending.size >= Math.max(1, builder.threads) * 8) await Promise.race(pending);
          if (batch.length >= BATCH || batchChars(batch) >= BATCH_CHARS) await flush();
          progress.tick(counts.ingested + batch.length + counts.duplicates);
        }
        await Promise.all(pending);
        await flush();
      } finally {
        progress.stop();
        await builder.close();
        await store.close();
      }
      if (opts.json) process.stdout.write(JSON.stringify({ ...counts, problems }, null, 2) + '\n');
      else if (!opts.quiet)
        process.stdout.write(
          `ingested ${counts.ingested} · duplicates ${counts.duplicates} · skipped ${counts.skipped} · failed ${counts.failed}\n`,
        );
      if (counts.ingested === 0 && counts.duplicates === 0 && counts.failed + counts.skipped > 0) {
        process.exitCode = 1;
      } else if (counts.failed > 0) {
        process.exitCode = INPUTS_FAILED;
      }
    });
}

function batchChars(batch: readonly SitrepRecord[]): number {
  let n = 0;
  for (const r of batch) n += r.text.length;
  return n;
}

/** `ingest --enqueue`: the articles go on the queue; the summary counts what was queued. */
async function enqueueCommand(
  paths: string[],
  readOpts: Parameters<typeof enqueueInputs>[1],
  opts: Record<string, string | boolean | undefined>,
): Promise<void> {
  const problems: IngestProblem[] = [];
  const counts = { skipped: 0, failed: 0 };
  const progress =
    opts.quiet || opts.json ? { tick() {}, stop() {} } : createProgress(await countArticles(paths));
  const whole = (v: string | boolean | undefined) => (v === undefined ? undefined : Number(v));
  let result;
  try {
    result = await enqueueInputs(paths, readOpts, {
      db: dbPath(opts.db as string | undefined),
      preset: String(opts.preset),
      settings: { retries: whole(opts.retries), jobTimeoutSeconds: whole(opts.jobTimeout) },
      configure: opts.retries !== undefined || opts.jobTimeout !== undefined,
      problem(p) {
        if (opts.json) problems.push(p);
        else reportProblem(p);
        if (p.kind === 'skipped') counts.skipped++;
        else counts.failed++;
      },
      tick: (n) => progress.tick(n),
    });
  } finally {
    progress.stop();
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify({ ...result, ...counts, problems }, null, 2) + '\n');
  } else if (!opts.quiet) {
    process.stdout.write(
      `enqueued ${result.enqueued} · duplicates ${result.duplicates} · skipped ${counts.skipped} · failed ${counts.failed}\n`,
    );
  }
  if (result.enqueued === 0 && result.duplicates === 0 && counts.failed + counts.skipped > 0) {
    process.exitCode = 1;
  } else if (counts.failed > 0) {
    process.exitCode = INPUTS_FAILED;
  }
}
