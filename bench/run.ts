/**
 * `npm run bench`: loads the BBC workload once and runs every bench/<area>.ts module in
 * this process, so that each stage's figures and its baseline stand side by side.
 * Run one area with `npm run bench -- time entities`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadContext, type BenchContext, type BenchLine } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'lib.ts' && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

const ctx: BenchContext = loadContext();
if (ctx.files.length === 0) {
  console.log('bench: ../shared/datasets/workloads/bbc-news-2005 not found; nothing to measure');
  process.exit(0);
}
console.log(
  `BBC workload: ${ctx.files.length} articles, ${ctx.words} words · node ${process.version}\n`,
);

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('bench', 44)} ${'docs/s'.padStart(9)} ${'words/s'.padStart(11)}  note`);
for (const name of modules) {
  const mod = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as {
    bench?: (ctx: BenchContext) => Promise<BenchLine[]>;
  };
  if (typeof mod.bench !== 'function') continue;
  for (const line of await mod.bench(ctx)) {
    const s = line.ms / 1000;
    console.log(
      `${pad(`${name}: ${line.name}`, 44)} ${(line.docs / s).toFixed(0).padStart(9)} ${(line.words / s).toFixed(0).padStart(11)}  ${line.note ?? ''}`,
    );
  }
}
