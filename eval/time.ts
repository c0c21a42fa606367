/**
 * npm run eval:time — the time stage on TempEval-3 training data (TimeBank + AQUAINT,
 * ../shared/datasets/tempeval3-train): each document's TEXT is stripped of its inline
 * TimeML, run through sentences + time with its DCT as `published`, and scored the
 * TempEval-3 way. Prints a table per corpus and the most frequent errors by class.
 *
 * Then ECB+ (ecbplus-dev) as news no time rule was written on: spans and types only (it has
 * no values), dev topics beside the others (eval/time/ecbplus.ts).
 *
 *   npm run eval:time [-- --errors 25] [-- --corpus TimeBank|AQUAINT|ecbplus]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../src/core/pipeline.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { timeStage } from '../src/stages/time/index.js';
import { readCorpus, type GoldTimex } from './time/tml.js';
import { align, count, emptyCounts, sameValue, scores, type Counts } from './time/score.js';
import type { TimeExpr } from '../src/core/record.js';
import { readEcbTimes } from './time/ecbplus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(ROOT, '../shared/datasets/tempeval3-train');
const CORPORA = ['TimeBank', 'AQUAINT'];

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? (process.argv[k + 1] ?? fallback) : fallback;
}

if (!existsSync(DATA)) {
  console.error(
    `eval:time: ${DATA} not found (the shared datasets folder sits beside the repo); nothing to do`,
  );
  process.exit(0);
}

const nErrors = Number(arg('errors', '20'));
const only = arg('corpus', '');
const pipeline = createPipeline([sentencesStage, timeStage]);
const errors = {
  missed: new Map<string, string[]>(),
  spurious: new Map<string, string[]>(),
  value: new Map<string, string[]>(),
  span: new Map<string, string[]>(),
};

function shape(s: string): string {
  return s.toLowerCase().replace(/\d/g, '9');
}

function note(map: Map<string, string[]>, key: string, example: string): void {
  const list = map.get(key) ?? [];
  list.push(example);
  map.set(key, list);
}

/** value pairs that count as equal only through canonicalValue (score.ts), listed for review */
const folded: string[] = [];
const rows: [string, Counts, number][] = [];
const total = emptyCounts();
let totalMs = 0;
for (const corpus of CORPORA) {
  if (only && only !== corpus) continue;
  const docs = readCorpus(path.join(DATA, corpus));
  const c = emptyCounts();
  const t0 = performance.now();
  for (const doc of docs) {
    const layers = pipeline.run({
      text: doc.text,
      published: doc.dct,
      title: null,
      outlet: null,
      language: 'en',
      layers: {},
    });
    const sys = layers.times ?? [];
    const pairs = align<GoldTimex, TimeExpr>(doc.timexes, sys);
    count(pairs, c);
    for (const { gold, sys: s } of pairs) {
      const ctx = (x: { start: number; end: number }): string =>
        doc.text.slice(Math.max(0, x.start - 50), x.end + 30).replace(/\s+/g, ' ');
      if (gold && !s)
        note(
          errors.missed,
          shape(gold.text),
          `${doc.id} ${gold.type} ${gold.value} | ${ctx(gold)}`,
        );
      else if (s && !gold)
        note(
          errors.spurious,
          shape(s.text),
          `${doc.id} ${s.type} ${s.value} ${s.rule} | ${ctx(s)}`,
        );
      else if (gold && s) {
        if (gold.value !== s.value && sameValue(gold.value, s.value))
          folded.push(`${gold.value}=${s.value}`);
        if (!sameValue(gold.value, s.value))
          note(
            errors.value,
            `${shape(gold.text)} ${gold.value} -> ${s.value}`,
            `${doc.id} dct ${doc.dct} ${s.rule} "${s.text}" | ${ctx(gold)}`,
          );
        if (gold.start !== s.start || gold.end !== s.end)
          note(errors.span, `"${gold.text}" vs "${s.text}"`, `${doc.id} | ${ctx(gold)}`);
      }
    }
  }
  totalMs += performance.now() - t0;
  rows.push([`${corpus} (${docs.length} docs)`, c, 0]);
  for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
}
rows.push(['all', total, 0]);

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
console.log(`\ntime stage on tempeval3-train (${(totalMs / 1000).toFixed(1)} s incl. sentences)\n`);
console.log(
  'corpus                 gold   sys | strict P    R   F1 | relaxed P    R   F1 | type acc value acc | value F1',
);
for (const [name, c] of rows) {
  const s = scores(c);
  console.log(
    `${name.padEnd(22)}${String(c.gold).padStart(5)}${String(c.sys).padStart(6)} |${pct(s.strictP)}${pct(s.strictR)}${pct(s.strictF1)} |${pct(s.relaxedP)}${pct(s.relaxedR)}${pct(s.relaxedF1)} |${pct(s.typeAcc)}   ${pct(s.valueAcc)}   |${pct(s.valueF1)}`,
  );
}
const ECB = path.resolve(ROOT, '../shared/datasets/ecbplus-dev');
const ECB_DEV = new Set([2, 5, 12, 18, 21, 23, 34, 35]);
if ((!only || only === 'ecbplus') && existsSync(ECB)) {
  const docs = readEcbTimes(ECB);
  const groups = new Map<string, Counts>([
    ['dev topics', emptyCounts()],
    ['other topics', emptyCounts()],
    ['all', emptyCounts()],
  ]);
  const missed = new Map<string, number>();
  for (const doc of docs) {
    const layers = pipeline.run({
      text: doc.text,
      published: null,
      title: null,
      outlet: null,
      language: 'en',
      layers: {},
    });
    const sys = (layers.times ?? []).filter((t) =>
      doc.scored.some(([a, b]) => t.start >= a && t.end <= b),
    );
    const pairs = align<GoldTimex, TimeExpr>(doc.timexes, sys);
    for (const { gold, sys: x } of pairs)
      if (gold && !x) missed.set(shape(gold.text), (missed.get(shape(gold.text)) ?? 0) + 1);
    count(pairs, groups.get(ECB_DEV.has(doc.topic) ? 'dev topics' : 'other topics') as Counts);
    count(pairs, groups.get('all') as Counts);
  }
  console.log(
    `\nECB+ time spans (${docs.length} docs, annotated sentences; no values; no time rule written on ECB+; precision a lower bound)`,
  );
  console.log(
    'split                  gold   sys | strict P    R   F1 | relaxed P    R   F1 | type acc',
  );
  for (const [name, c] of groups) {
    const e = scores(c);
    console.log(
      `${name.padEnd(22)}${String(c.gold).padStart(5)}${String(c.sys).padStart(6)} |${pct(e.strictP)}${pct(e.strictR)}${pct(e.strictF1)} |${pct(e.relaxedP)}${pct(e.relaxedR)}${pct(e.relaxedF1)} |${pct(e.typeAcc)}`,
    );
  }
  const worst = [...missed.entries()].sort((a, b) => b[1] - a[1]).slice(0, nErrors);
  console.log(`  most missed: ${worst.map(([k, n]) => `${n}x "${k}"`).join(', ')}`);
}

const s = scores(total);
console.log(
  `\ntargets: relaxed F1 >= 92 (${pct(s.relaxedF1)}), strict F1 >= 85 (${pct(s.strictF1)}), value F1 >= 85 (${pct(s.valueF1)})`,
);

console.log(
  `value spellings folded as equal (see canonicalValue in eval/time/score.ts): ${folded.length}${folded.length ? ` (${folded.slice(0, 12).join(', ')}${folded.length > 12 ? ', ...' : ''})` : ''}`,
);

for (const [title, map] of Object.entries(errors)) {
  const list = [...map.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, nErrors);
  const n = [...map.values()].reduce((a, b) => a + b.length, 0);
  console.log(`\nworst ${title} errors (${n} in all):`);
  for (const [key, ex] of list)
    console.log(`  ${String(ex.length).padStart(3)}  ${key}    e.g. ${ex[0]}`);
}
