/**
 * `sitrep clusters`: stories and event clusters of the stored corpus with their articles, first
 * report, modality mix, and independent source chains against copies (src/corpus/report/clusters.ts).
 */
import { Command } from 'commander';
import { clustersReport, type ClusterReport } from '../../../corpus/report/clusters.js';
import { openStore } from '../../../store/open.js';
import { existingDb, parseLimit } from '../options.js';

function print(c: ClusterReport): string {
  const first = c.firstReport;
  const modality = Object.entries(c.modality)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lines = [
    `${c.kind} ${c.id}${c.type ? ` (${c.type})` : ''}: ${c.articles.length} articles, ` +
      `${c.independent} independent source${c.independent === 1 ? '' : 's'}, ${c.copies.length} cop${c.copies.length === 1 ? 'y' : 'ies'}` +
      (modality ? ` · ${modality}` : ''),
    `    first report: ${first ? `${first.published ?? 'undated'} ${first.outlet ?? '?'} ${first.id}` : '-'}`,
    ...c.articles.map(
      (a) =>
        `    ${a.published ?? 'undated'}  ${a.outlet ?? '?'}  ${a.id}${c.copies.includes(a.id) ? '  (copy)' : ''}`,
    ),
    ...c.sources.map((s) => `    source: ${s.path}  [${s.records.length} articles; ${s.rule}]`),
  ];
  return lines.join('\n') + '\n';
}

export function clustersCommand(): Command {
  return new Command('clusters')
    .addHelpText('after', '\nExample:\n  sitrep clusters --min 3 --json\n')
    .description(
      'stories and event clusters: articles, first report, modality mix, independent sources vs copies',
    )
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--min <n>', 'only clusters with at least this many articles', '2')
    .option('--all', 'also event clusters of generic (untyped) event mentions')
    .option('--json', 'print the clusters as JSON')
    .action(async (opts) => {
      const min = parseLimit(opts.min, 2);
      const store = await openStore(existingDb(opts.db));
      try {
        const report = await clustersReport(store, { min, generic: Boolean(opts.all) });
        if (opts.json) {
          process.stdout.write(JSON.stringify(report, null, 2) + '\n');
          return;
        }
        if (report.stories.length + report.events.length === 0) {
          process.stdout.write(
            `no clusters with ${min} or more articles (run \`sitrep corpus\` first?)\n`,
          );
          return;
        }
        for (const c of [...report.stories, ...report.events]) process.stdout.write(print(c));
      } finally {
        await store.close();
      }
    });
}
