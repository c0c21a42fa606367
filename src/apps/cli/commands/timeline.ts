/**
 * `sitrep timeline ENTITY`: the events involving an entity in the order they happened, each
 * with its reports and independent-source count (src/corpus/timeline).
 */
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import { timelineInStore } from '../../../corpus/timeline/index.js';
import { openStore } from '../../../store/open.js';
import { existingDb, parseDate } from '../options.js';

export function timelineCommand(): Command {
  return new Command('timeline')
    .addHelpText('after', '\nExample:\n  sitrep timeline "North Korea" --since 2024-10-01 --json\n')
    .description(
      'events involving an entity, in the order they happened (event time, not publication)',
    )
    .argument('<entity...>', 'a name or alias, e.g. North Korea')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--since <date>', 'events on or after this date')
    .option('--until <date>', 'events on or before this date')
    .option('--json', 'print the timeline as JSON')
    .action(async (words: string[], opts) => {
      const name = words.join(' ').trim();
      if (name === '') throw new SitrepError('give an entity name, e.g. "North Korea"', 'timeline');
      const since = parseDate(opts.since, '--since');
      const until = parseDate(opts.until, '--until');
      const store = await openStore(existingDb(opts.db));
      try {
        const t = await timelineInStore(store, name, { since, until });
        if (opts.json) return void process.stdout.write(JSON.stringify(t, null, 2) + '\n');
        const who = t.entity ? `${t.entity.name} (${t.entity.id})` : `${name} (matched by name)`;
        process.stdout.write(`${who}: ${t.entries.length} events\n`);
        for (const e of t.entries) {
          const when = e.when
            ? `${e.when}${e.whenRule === 'published-anchor' ? '*' : ''}`
            : `? (first reported ${e.firstReport.published ?? 'undated'})`;
          process.stdout.write(
            `${when}  ${e.type}${e.variant ? `/${e.variant}` : ''} [${e.roles.join(', ')}]  ` +
              `${e.reports.length} reports, ${e.independent} independent source${e.independent === 1 ? '' : 's'}\n` +
              `    ${e.text}\n` +
              e.sources.map((s) => `    source: ${s.path}\n`).join(''),
          );
        }
        if (t.entries.some((e) => e.whenRule === 'published-anchor'))
          process.stdout.write('* dated by the publication its clause is anchored to\n');
      } finally {
        await store.close();
      }
    });
}
