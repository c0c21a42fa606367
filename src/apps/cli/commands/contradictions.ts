/**
 * `sitrep contradictions`: figures, relative changes and event polarity across the stored
 * corpus that cannot both hold, each with both sides and their source paths
 * (src/corpus/contradictions; tolerances in data/corpus/contradiction-hedges.json).
 */
import { Command } from 'commander';
import { contradictionsInStore } from '../../../corpus/contradictions/index.js';
import type { Side } from '../../../corpus/contradictions/types.js';
import { openStore } from '../../../store/open.js';
import { existingDb } from '../options.js';

const side = (s: Side) =>
  `    ${s.published ?? 'undated'} ${s.outlet ?? '?'} ${s.record}#${s.ref}: ${s.text}\n` +
  `        ${s.detail}${s.refersTo ? ` · refers to ${s.refersTo}` : ''} · ${s.path}`;

export function contradictionsCommand(): Command {
  return new Command('contradictions')
    .addHelpText('after', '\nExample:\n  sitrep contradictions --json\n')
    .description('figures and reports across the stored corpus that cannot both hold')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--json', 'print the contradictions as JSON')
    .action(async (opts) => {
      const store = await openStore(existingDb(opts.db));
      try {
        const found = await contradictionsInStore(store);
        if (opts.json) {
          process.stdout.write(JSON.stringify(found, null, 2) + '\n');
          return;
        }
        if (found.length === 0) process.stdout.write('no contradictions\n');
        for (const c of found)
          process.stdout.write(
            `${c.kind}: ${c.reason}\n  [${c.rule}]\n${side(c.a)}\n${side(c.b)}\n`,
          );
      } finally {
        await store.close();
      }
    });
}
