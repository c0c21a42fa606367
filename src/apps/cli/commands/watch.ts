/**
 * `sitrep watch FEEDS_FILE`: polls the RSS/Atom feeds the file lists (one URL per line, `#`
 * comments) and stores their new items as `sitrep ingest` would (src/watch). Runs until
 * interrupted (Ctrl-C finishes cleanly: what was not stored is taken again next time), or
 * one pass with --once (for cron). Each failure is one line on standard error; each pass
 * prints a summary line on standard output. Exit status with --once: 0 when every feed was
 * read, 2 when some failed, 1 for a bad option or feeds file.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import { createRecordBuilder } from '../../../runtime/workers.js';
import { fsMessage } from '../../../ingest/sources.js';
import { openStore } from '../../../store/open.js';
import {
  DEFAULTS,
  parseFeedsFile,
  storeSink,
  Watcher,
  type PassSummary,
} from '../../../watch/index.js';
import { dbPath, sitrepVersion } from '../options.js';
import { quietOnClosedPipe } from '../pipe.js';
import { INPUTS_FAILED, reportProblem } from '../report.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3600_000, d: 86_400_000 };

/** "15m", "90s", "1h30m" -> ms */
export function parseDuration(value: string, flag: string): number {
  const parts = /^(?:\d{1,6}(?:\.\d{1,3})?(?:ms|[smhd]))+$/.test(value.trim())
    ? [...value.trim().matchAll(/(\d{1,6}(?:\.\d{1,3})?)(ms|[smhd])/g)]
    : [];
  if (parts.length === 0)
    throw new SitrepError(`"${value}" is not a duration (use e.g. 30s, 15m, 1h, 1h30m)`, flag);
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit!]!, 0);
}

/** "10MB", "512KB", "2000000" -> bytes */
export function parseSize(value: string, flag: string): number {
  const m = /^(\d{1,9}(?:\.\d{1,3})?)\s*(b|kb|k|mb|m)?$/i.exec(value.trim());
  if (!m) throw new SitrepError(`"${value}" is not a size (use e.g. 512KB, 10MB)`, flag);
  const unit = (m[2] ?? 'b').toLowerCase();
  const scale = unit.startsWith('m') ? 1048576 : unit.startsWith('k') ? 1024 : 1;
  const bytes = Math.round(Number(m[1]) * scale);
  if (bytes < 1024) throw new SitrepError(`"${value}" is too small (at least 1KB)`, flag);
  return bytes;
}

function inRange(ms: number, min: number, max: number, flag: string, value: string): number {
  if (ms < min || ms > max)
    throw new SitrepError(`"${value}" is out of range (${human(min)} to ${human(max)})`, flag);
  return ms;
}

function human(ms: number): string {
  if (ms % 86_400_000 === 0 && ms > 0) return `${ms / 86_400_000}d`;
  if (ms % 3600_000 === 0 && ms > 0) return `${ms / 3600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

export function watchCommand(): Command {
  return new Command('watch')
    .description('poll RSS/Atom feeds and store their new items (state kept in the database)')
    .argument('<feeds-file>', 'a file of feed URLs, one per line; # starts a comment')
    .option('--every <duration>', 'time between polls of a feed, e.g. 15m, 1h (at least 1m)', '15m')
    .option('--once', 'poll every feed once (except those backing off), then exit')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--timeout <duration>', 'per request, headers and body', '20s')
    .option(
      '--delay <duration>',
      'pause between two requests to one host (robots.txt Crawl-delay may lengthen it)',
      '2s',
    )
    .option(
      '--max-size <size>',
      'largest feed or page read; larger ones are cut off and reported',
      '10MB',
    )
    .option('--preset <name>', 'which stages to run', 'default')
    .option('--threads <n>', 'worker threads (0: none)')
    .option('--no-corpus', 'skip the corpus layer (copies, clusters); `sitrep corpus` catches up')
    .option('--quiet', 'no summary lines; failures still go to stderr')
    .addHelpText(
      'after',
      '\nFeeds file: one http(s) URL per line; "#" at the start of a line or after a space starts a comment.\n' +
        'Polite: conditional GET (ETag, Last-Modified), robots.txt obeyed, one request at a time per host,\n' +
        'redirects checked hop by hop (at most 5), http and https only. A failing feed is tried again after\n' +
        '5 min (or --every if shorter), then twice as long each time, up to a day; the others go on.\n' +
        `Exit status with --once: 0 when every feed was read, ${INPUTS_FAILED} when some failed, 1 for a bad option.\n` +
        '\nExample:\n  sitrep watch feeds.txt --every 15m --db news.db\n',
    )
    .action(async (feedsFile: string, opts) => {
      quietOnClosedPipe();
      const every = inRange(
        parseDuration(opts.every, '--every'),
        60_000,
        7 * 86_400_000,
        '--every',
        opts.every,
      );
      const timeoutMs = inRange(
        parseDuration(opts.timeout, '--timeout'),
        100,
        600_000,
        '--timeout',
        opts.timeout,
      );
      const delayMs = inRange(
        parseDuration(opts.delay, '--delay'),
        0,
        600_000,
        '--delay',
        opts.delay,
      );
      const maxBytes = parseSize(opts.maxSize, '--max-size');
      let text: string;
      try {
        text = readFileSync(feedsFile, 'utf8');
      } catch (err) {
        throw new SitrepError(fsMessage(err), feedsFile);
      }
      const list = parseFeedsFile(text, feedsFile);
      for (const p of list.problems) reportProblem(p);
      if (list.feeds.length === 0)
        throw new SitrepError('no feed URLs (one http or https URL per line)', feedsFile);
      const threads = opts.threads === undefined ? undefined : Number(opts.threads);
      const store = await openStore(dbPath(opts.db));
      const builder = createRecordBuilder({ preset: opts.preset, threads });
      if (builder.note && !opts.quiet) process.stderr.write(`watch: ${builder.note}\n`);
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        process.stderr.write('watch: stopping (again to quit at once)\n');
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let failed = 0;
      try {
        const watcher = new Watcher({
          store,
          sink: storeSink(store, builder, { corpus: opts.corpus !== false }),
          report: reportProblem,
          timeoutMs,
          delayMs,
          maxBytes,
          userAgent: `sitrep/${sitrepVersion()} (feed watcher)`,
          agent: DEFAULTS.agent,
          signal: stop.signal,
        });
        await watcher.run(list.feeds, {
          every,
          once: Boolean(opts.once),
          onPass: (s) => {
            failed += s.failed;
            if (!opts.quiet) process.stdout.write(`${passLine(s)}\n`);
          },
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await builder.close();
        await store.close();
      }
      if (opts.once && (failed > 0 || list.problems.length > 0)) process.exitCode = INPUTS_FAILED;
    });
}

function passLine(s: PassSummary): string {
  const parts = [
    `${s.feeds} feeds`,
    `${s.notModified} not modified`,
    `${s.failed} failed`,
    ...(s.waiting ? [`${s.waiting} backing off`] : []),
    `${s.items} new items`,
    `${s.stored} stored`,
    `${s.duplicates} duplicates`,
    `${s.itemFailures} item problems`,
  ];
  return `${new Date().toISOString().slice(0, 19)}Z watch: ${parts.join(' · ')}`;
}
