/**
 * `sitrep series QUERY`: the reported figures of a measured thing ("North Korean troops") in
 * the order of the date they refer to, derived points marked (src/corpus/series).
 */
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import { seriesCsv, seriesInStore } from '../../../corpus/series/index.js';
import { openStore } from '../../../store/open.js';
import { existingDb } from '../options.js';

const num = (v: number | null) => (v === null ? '?' : v.toLocaleString('en-US'));

export function seriesCommand(): Command {
  return new Command('series')
    .addHelpText('after', '\nExample:\n  sitrep series "north korean troops" --csv\n')
    .description('the figures reported for a measured thing, by the date they refer to')
    .argument('<query...>', 'the thing measured, e.g. North Korean troops')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--json', 'print the series as JSON')
    .option('--csv', 'print the series as CSV')
    .action(async (words: string[], opts) => {
      const query = words.join(' ').trim();
      if (query === '')
        throw new SitrepError('give the thing measured, e.g. "North Korean troops"', 'series');
      if (opts.json && opts.csv) throw new SitrepError('choose one of --json and --csv', 'series');
      const store = await openStore(existingDb(opts.db));
      try {
        const s = await seriesInStore(store, query);
        if (opts.json) return void process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        if (opts.csv) return void process.stdout.write(seriesCsv(s));
        if (s.points.length === 0) process.stdout.write(`no figures for ${query}\n`);
        for (const p of s.points) {
          const range = p.low !== null || p.high !== null ? ` [${num(p.low)}–${num(p.high)}]` : '';
          const derived = p.derivedFrom
            ? `  derived: ×${p.derivedFrom.change} of ${p.derivedFrom.text || '(no earlier figure)'} (${p.derivedFrom.rule})`
            : '';
          process.stdout.write(
            `${p.refersTo ?? 'undated'}  ${p.approx ? `${p.approx} ` : ''}${num(p.value)}${range}  ` +
              `reported ${p.reported ?? 'undated'} · ${p.path} · ${p.record}#${p.quantity}` +
              `${p.alsoIn.length ? ` (+${p.alsoIn.length} cop${p.alsoIn.length === 1 ? 'y' : 'ies'})` : ''}\n` +
              `    ${p.text}${derived}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
