/**
 * `sitrep entity NAME`: the corpus entity (or entities) a name stands for across the stored
 * articles: aliases, types, mentions per outlet per month, related entities, first and last
 * seen. Needs the corpus layer (`sitrep ingest` builds it; `sitrep corpus` catches up).
 */
import { Command } from 'commander';
import { SitrepError } from '../../../core/errors.js';
import { entityProfile, findEntities, type EntityProfile } from '../../../corpus/entities/index.js';
import { openStore } from '../../../store/open.js';
import { dbPath, existingDb } from '../options.js';

function pretty(p: EntityProfile): string {
  const out: string[] = [];
  out.push(`${p.name}  [${p.id}]`);
  out.push(
    `  types     ${Object.entries(p.types)
      .map(([t, n]) => `${t} (${n})`)
      .join(', ')}`,
  );
  if (p.aliases.length > 0) out.push(`  aliases   ${p.aliases.join(', ')}`);
  out.push(
    `  seen      ${p.firstSeen ?? '?'} .. ${p.lastSeen ?? '?'}, ${p.records} articles, ${p.mentions} mentions`,
  );
  out.push('  mentions by outlet and month');
  const width = Math.max(6, ...p.perOutletMonth.map((c) => c.outlet.length));
  for (const c of p.perOutletMonth)
    out.push(
      `    ${c.outlet.padEnd(width)}  ${c.month.padEnd(7)}  ${String(c.records).padStart(4)} articles  ${String(c.mentions).padStart(5)} mentions`,
    );
  if (p.related.length > 0) {
    out.push('  named in the same articles');
    for (const r of p.related) out.push(`    ${r.name} [${r.id}]  ${r.records} articles`);
  }
  for (const ev of p.evidence)
    out.push(
      `  joined    ${ev.to} by ${ev.rule} (record ${ev.record}${ev.story ? `, story ${ev.story}` : ''})`,
    );
  return out.join('\n');
}

export function entityCommand(): Command {
  return new Command('entity')
    .addHelpText('after', '\nExample:\n  sitrep entity "Oleksandr Syrskyi" --json\n')
    .description('one actor or place across the stored articles: aliases, mentions, related')
    .argument('<name>', 'any name or alias, case-insensitive ("DPRK", "Syrskyi", "Kursk Oblast")')
    .option(
      '--db <file|url>',
      'SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)',
    )
    .option('--json', 'print JSON instead of text')
    .option('--limit <n>', 'how many matching entities to print in full', '3')
    .action(async (name: string, opts) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new SitrepError(`"${opts.limit}" is not a whole number from 1 to 100`, '--limit');
      const store = await openStore(existingDb(opts.db));
      try {
        const found = await findEntities(store, name);
        if (found.length === 0)
          throw new SitrepError(
            `no entity named "${name}" (run \`sitrep corpus\` if the articles were ingested with --no-corpus)`,
            dbPath(opts.db),
          );
        const profiles: EntityProfile[] = [];
        for (const e of found.slice(0, limit)) profiles.push(await entityProfile(store, e));
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify({ query: name, matches: found.length, entities: profiles }, null, 2)}\n`,
          );
          return;
        }
        const rest = found.slice(limit).map((e) => `${e.name} [${e.id}]`);
        process.stdout.write(
          `${profiles.map(pretty).join('\n\n')}\n${rest.length > 0 ? `\nalso: ${rest.join('; ')}\n` : ''}`,
        );
      } finally {
        await store.close();
      }
    });
}
