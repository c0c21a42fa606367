/**
 * `sitrep search QUERY`: full-text search over stored titles and texts, in the plain-text syntax
 * of store/websearch.ts (the same on SQLite and PostgreSQL). A date filter cannot match an
 * article without a publication date; the command says how many such articles it left out.
 */
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import { openStore } from '../../../store/open.js';
import { MAX_LIMIT } from '../../../store/query.js';
import type { SearchQuery, Store } from '../../../store/store.js';
import { MAX_QUERY_CHARS, MAX_TERMS } from '../../../store/websearch.js';
import { existingDb, parseDate, parseLimit } from '../options.js';
import { quietOnClosedPipe } from '../pipe.js';

export function searchCommand(): Command {
  return (
    new Command('search')
      .addHelpText(
        'after',
        '\nExample:\n  sitrep search "north korean troops" --since 2024-11-01 --json\n',
      )
      .description(
        'search stored titles and texts. Every word is required; "quoted words" are a phrase; ' +
          '-word (or NOT word) leaves out articles with it; OR accepts either side. Any other ' +
          'punctuation is part of the text (U.S., e-mail, 100%), never an error. At most ' +
          `${MAX_QUERY_CHARS} characters and ${MAX_TERMS} words or phrases.`,
      )
      .argument('<query...>', 'the words to look for')
      .option(
        '--db <file|url>',
        'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
      )
      .option(
        '--since <date>',
        'published on or after this date (articles without a date are left out, and counted)',
      )
      .option('--until <date>', 'published on or before this date (likewise)')
      .option('--outlet <name>', 'only this outlet')
      .option('--limit <n>', 'at most this many results', '20')
      .option('--json', 'print the hits as JSON')
      // `sitrep search blair -brown`: a single-dash word is a word to leave out, not an option
      .allowUnknownOption()
      .action(async (words: string[], opts) => {
        quietOnClosedPipe();
        const typo = words.find((w) => /^--[^-]/.test(w));
        if (typo)
          throw new SitrepError(`unknown option ${typo.split('=')[0]} (see --help)`, 'search');
        const query = {
          text: words.filter((w) => w !== '--').join(' '),
          since: parseDate(opts.since, '--since'),
          until: parseDate(opts.until, '--until'),
          outlet: opts.outlet ?? null,
          limit: parseLimit(opts.limit, 20),
        };
        const store = await openStore(existingDb(opts.db), { readonly: true });
        try {
          const hits = await store.search(query);
          const undated = await undatedLeftOut(store, query);
          if (opts.json) {
            process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
          } else {
            if (hits.length === 0) process.stdout.write('no matches\n');
            for (const h of hits) {
              const meta = [h.published ?? 'undated', h.outlet].filter(Boolean).join(' · ');
              process.stdout.write(
                `${h.id}  ${h.title ?? '(untitled)'}  [${meta}]\n    ${h.snippet}\n`,
              );
            }
          }
          if (undated > 0) process.stderr.write(undatedNote(undated, query.since !== null));
        } finally {
          await store.close();
        }
      })
  );
}

/**
 * How many articles matching the words have no publication date, so a --since/--until filter
 * left them out (0 without a date filter); counted up to MAX_LIMIT.
 */
async function undatedLeftOut(store: Store, query: SearchQuery): Promise<number> {
  if (!query.since && !query.until) return 0;
  const all = await store.search({ ...query, since: null, until: null, limit: MAX_LIMIT });
  return all.filter((h) => h.published === null).length;
}

function undatedNote(n: number, since: boolean): string {
  const many = n >= MAX_LIMIT ? `at least ${n}` : String(n);
  return (
    `note: ${many} matching article${n === 1 ? ' has' : 's have'} no publication date and ` +
    `${n === 1 ? 'was' : 'were'} left out by --${since ? 'since' : 'until'}; ` +
    'give undated inputs a date with `sitrep ingest --date YYYY-MM-DD`\n'
  );
}
