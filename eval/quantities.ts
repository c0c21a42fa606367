/**
 * `npm run eval:quantities`: quantity span P/R/F1 (exact and overlap) and value accuracy on
 * matched spans, on the whole of ../shared/datasets/re3d-dev (Quantity and Money entities)
 * and ../shared/datasets/meantime-trial (VALUE markables: MONEY, PERCENT, QUANTITY).
 *
 * How gold is read (datasets.ts) and how gold values are derived from spans (gold-value.ts)
 * is written down in those files. Precision counts predictions minus those that overlap only
 * "don't care" gold; recall counts required gold. Options: --misses N (default 25) rows of
 * the worst-miss list per dataset.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../src/core/pipeline.js';
import type { Quantity } from '../src/core/record.js';
import { quantitiesStage } from '../src/stages/quantities/index.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { loadMeantime, loadRe3d, type GoldDoc } from './quantities/datasets.js';
import { emptyScore, merge, prf, scoreDoc, type Score } from './quantities/score.js';

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/datasets');
const pipeline = createPipeline([sentencesStage, quantitiesStage]);

function extract(text: string): Quantity[] {
  const layers = pipeline.run({
    text,
    published: null,
    title: null,
    outlet: null,
    language: 'en',
    layers: {},
  });
  return layers.quantities ?? [];
}

function run(docs: GoldDoc[]): Score {
  const s = emptyScore();
  for (const d of docs) scoreDoc(d, extract(d.text), s);
  return s;
}

const f3 = (x: number): string => x.toFixed(3);

function row(name: string, s: Score): string {
  const counted = s.pred - s.ignored;
  const ex = prf(s.exact, counted, s.gold);
  const ov = prf(s.overlap, counted, s.gold);
  const va = s.valued ? s.valueOk / s.valued : 0;
  return [
    name.padEnd(16),
    String(s.docs).padStart(4),
    String(s.gold).padStart(5),
    String(s.dontCare).padStart(5),
    String(counted).padStart(5),
    f3(ex.p),
    f3(ex.r),
    f3(ex.f),
    f3(ov.p),
    f3(ov.r),
    f3(ov.f),
    `${f3(va)} (${s.valueOk}/${s.valued}, ${s.noGoldValue} no gold value)`,
  ].join('  ');
}

const HEADER = [
  'dataset'.padEnd(16),
  'docs',
  ' gold',
  ' dc ',
  ' pred',
  'ex.P ',
  'ex.R ',
  'ex.F1',
  'ov.P ',
  'ov.R ',
  'ov.F1',
  'value acc (matched)',
].join('  ');

function printMisses(name: string, s: Score, n: number): void {
  const order = { missed: 0, spurious: 1, value: 2, boundary: 3 } as const;
  const misses = [...s.misses].sort((a, b) => order[a.kind] - order[b.kind]);
  console.log(`\nworst misses, ${name} (${misses.length}; missed, spurious, value, boundary):`);
  for (const m of misses.slice(0, n)) {
    console.log(
      `  ${m.kind.padEnd(8)} gold=${JSON.stringify(m.gold)} pred=${JSON.stringify(m.pred)} ${m.detail ?? ''}\n           ${m.context}`,
    );
  }
}

function main(): void {
  const arg = process.argv.indexOf('--misses');
  const n = arg > 0 ? Number(process.argv[arg + 1]) : 25;
  const sets: [string, string, (dir: string, strict: boolean) => GoldDoc[]][] = [
    ['re3d-dev', path.join(SHARED, 're3d-dev'), loadRe3d],
    ['meantime-trial', path.join(SHARED, 'meantime-trial/corpus_apple'), loadMeantime],
  ];
  const scores: [string, Score][] = [];
  const strict: [string, Score][] = [];
  for (const [name, dir, load] of sets) {
    if (!existsSync(dir)) {
      console.log(
        `${name}: ${dir} not found, skipped (the datasets live in ../shared beside the repo)`,
      );
      continue;
    }
    const t0 = performance.now();
    const s = run(load(dir, false));
    scores.push([name, s]);
    strict.push([name, run(load(dir, true))]);
    console.error(`${name}: ${s.docs} docs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (scores.length === 0) return;
  console.log(
    '\nquantities: span P/R/F1 (exact, overlap) and value accuracy on overlap-matched spans',
  );
  console.log(HEADER);
  for (const [name, s] of scores) console.log(row(name, s));
  const all = scores.map(([, s]) => s).reduce(merge);
  console.log(row('all (micro)', all));
  const ov = prf(all.overlap, all.pred - all.ignored, all.gold);
  const ex = prf(all.exact, all.pred - all.ignored, all.gold);
  const va = all.valued ? all.valueOk / all.valued : 0;
  const either = prf(all.exactEither, all.pred - all.ignored, all.gold);
  console.log(
    `(exact F1 ${f3(either.f)} if a hedge-inclusive span also counts: the datasets put the hedge inside the span in ${all.exactEither - all.exact} of the remaining cases)`,
  );
  console.log(
    "\nthe same, strict reading (every re3d Quantity/Money span required, no don't care; all MEANTIME text scored):",
  );
  console.log(HEADER);
  for (const [name, s] of strict) console.log(row(name, s));
  console.log(row('all (micro)', strict.map(([, s]) => s).reduce(merge)));
  console.log(
    `\ntargets (main reading): span F1 >= 0.85 (exact ${f3(ex.f)}, overlap ${f3(ov.f)}), value accuracy >= 0.95 (${f3(va)})`,
  );
  for (const [name, s] of scores) printMisses(name, s, n);
}

main();
