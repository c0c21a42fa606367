/** `sitrep search QUERY`: full-text search over stored titles and texts. */
import { Command } from 'commander';
import { openStore } from '../../../store/open.js';
import { existingDb, parseDate, parseLimit } from '../options.js';

export function searchCommand(): Command {
  return new Command('search')
    .description(
      'search stored articles (full-text query: words, "phrases", AND, OR, NOT, prefix*)',
    )
    .argument('<query...>', 'the query')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--since <date>', 'published on or after this date')
    .option('--until <date>', 'published on or before this date')
    .option('--outlet <name>', 'only this outlet')
    .option('--limit <n>', 'at most this many results', '20')
    .option('--json', 'print the hits as JSON')
    .action(async (words: string[], opts) => {
      const query = {
        text: words.join(' '),
        since: parseDate(opts.since, '--since'),
        until: parseDate(opts.until, '--until'),
        outlet: opts.outlet ?? null,
        limit: parseLimit(opts.limit, 20),
      };
      const store = await openStore(existingDb(opts.db));
      try {
        const hits = await store.search(query);
        if (opts.json) {
          process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
          return;
        }
        if (hits.length === 0) process.stdout.write('no matches\n');
        for (const h of hits) {
          const meta = [h.published ?? 'undated', h.outlet].filter(Boolean).join(' · ');
          process.stdout.write(
            `${h.id}  ${h.title ?? '(untitled)'}  [${meta}]\n    ${h.snippet}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
