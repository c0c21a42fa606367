/** `sitrep stats`: what the database holds. */
import { Command } from 'commander';
import { queueStats, type QueueStats } from '../../../runtime/queue/jobs.js';
import { openStore, parseStoreSpec } from '../../../store/open.js';
import { existingDb } from '../options.js';
import { quietOnClosedPipe } from '../pipe.js';

export function statsCommand(): Command {
  return new Command('stats')
    .addHelpText('after', '\nExample:\n  sitrep stats --db news.db --json\n')
    .description('summarise the stored records')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--json', 'print as JSON')
    .action(async (opts) => {
      quietOnClosedPipe();
      const file = existingDb(opts.db);
      const store = await openStore(file, { readonly: true });
      try {
        const s = await store.stats();
        // the job queue of `ingest --enqueue` / `sitrep worker`, when this store has one
        const queue = parseStoreSpec(file).kind === 'postgres' ? await queueStats(file) : null;
        if (opts.json) {
          process.stdout.write(JSON.stringify(queue ? { ...s, queue } : s, null, 2) + '\n');
          return;
        }
        const lines = [
          `${file}: ${s.records} records, ${
            s.earliest && s.latest
              ? `published ${s.earliest} .. ${s.latest}`
              : s.records > 0
                ? 'none with a publication date'
                : 'empty'
          }`,
          `outlets: ${s.outlets.map((o) => `${o.outlet ?? 'unknown'} ${o.records}`).join(', ') || 'none'}`,
          `languages: ${s.languages.map((l) => `${l.language ?? 'unknown'} ${l.records}`).join(', ') || 'none'}`,
          `layers: ${
            Object.entries(s.layers)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ') || 'none'
          }`,
          ...(queue ? queueLines(queue) : []),
        ];
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}

function queueLines(q: QueueStats): string[] {
  const s = q.states;
  const lines = [
    `queue (${q.schema}): waiting ${s.created} · to retry ${s.retry} · taken ${s.active} · done ${s.completed} · parked ${s.failed}`,
  ];
  for (const p of q.parked) {
    lines.push(`  parked ${p.id} ${p.where} (${p.tries} tries): ${p.error}`);
  }
  if (s.failed > q.parked.length) lines.push(`  ... and ${s.failed - q.parked.length} more parked`);
  if (s.failed > 0)
    lines.push('  (`sitrep requeue ID...` or `sitrep requeue --all` tries them again)');
  return lines;
}
