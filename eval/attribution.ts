/**
 * `npm run eval:attribution`: scores the attribution stage on PolNeAR (../shared/datasets/polnear),
 * dev whole and train (every 4th file unless --train-all), printing per-split tables and the
 * worst misses: the gold cues most often missed, the predicted cues most often wrong, and
 * examples of missed relations.
 *   --split dev|train   only that split     --examples N   missed relations to print (default 12)
 */
import { Command } from 'commander';
import type { Attribution } from '../src/core/record.js';
import { attributionStage } from '../src/stages/attribution/index.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import {
  addScore,
  emptyScore,
  prf,
  scoreDoc,
  type Counts,
  type DocScore,
  type Rel,
} from './attribution/score.js';
import { loadSplit, POLNEAR, type GoldDoc, type Range } from './attribution/polnear.js';

const program = new Command()
  .option('--split <name>', 'dev or train (default: both)')
  .option('--train-all', 'score every train file instead of every 4th')
  .option('--examples <n>', 'missed relations to print', '12')
  .parse();
const opts = program.opts<{ split?: string; trainAll?: boolean; examples: string }>();

function toRel(a: Attribution): Rel {
  const parts = (a.contentParts as { start: number; end: number }[] | undefined) ?? [a.content];
  return {
    source: a.source ? [[a.source.start, a.source.end]] : null,
    cue: [[a.cue.start, a.cue.end]],
    content: parts.map((p) => [p.start, p.end] as Range),
  };
}

function runSplit(name: string, docs: GoldDoc[]): DocScore {
  const total = emptyScore();
  const t0 = performance.now();
  const examples: string[] = [];
  for (const d of docs) {
    const doc = {
      text: d.text,
      published: null,
      title: null,
      outlet: null,
      language: 'en',
      layers: {},
    };
    const layers = sentencesStage.run(doc, { options: {} });
    const out = attributionStage.run({ ...doc, layers }, { options: {} });
    // a continued quotation is one more content part of the relation it continues (PolNeAR
    // annotates '“A,” he said. “B.”' as one relation with two content parts)
    const atts = out.attributions ?? [];
    const rels = new Map(atts.map((a) => [a.id, toRel(a)]));
    for (const a of atts) {
      const parent = typeof a.continues === 'string' ? rels.get(a.continues) : undefined;
      if (parent) parent.content?.push([a.content.start, a.content.end]);
    }
    const pred = atts
      .filter((a) => typeof a.continues !== 'string')
      .map((a) => rels.get(a.id) as Rel);
    const s = scoreDoc(pred, d.relations, layers.tokens ?? [], d.text);
    for (const g of s.missed.slice(0, 1)) {
      const show = (r: Range[] | null): string =>
        r ? r.map(([a, b]) => d.text.slice(a, b)).join(' | ') : '-';
      examples.push(
        `  ${d.name}\n    source [${show(g.source)}] cue [${show(g.cue)}] content [${show(g.content).slice(0, 140)}]`,
      );
    }
    for (const g of s.missed) (g as { doc?: string }).doc = d.text;
    for (const p of s.spurious) (p as { doc?: string }).doc = d.text;
    addScore(total, s);
  }
  const ms = performance.now() - t0;
  const f = (c: Counts): string => {
    const { p, r, f: f1 } = prf(c);
    return `${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}`;
  };
  console.log(
    `\n== ${name}: ${docs.length} annotated files, ${docs.reduce((n, d) => n + d.relations.length, 0)} gold relations, ${(ms / 1000).toFixed(1)} s`,
  );
  console.log('role      match     P      R      F1');
  for (const role of ['cue', 'source', 'content'] as const) {
    for (const kind of ['exact', 'overlap', 'token'] as const) {
      console.log(`${role.padEnd(9)} ${kind.padEnd(8)} ${f(total[kind][role])}`);
    }
  }
  console.log(`relation  overlap  ${f(total.relation)}`);
  const cueText = (r: { cue: Range[]; doc?: string }): string =>
    r.cue
      .map(([a, b]) => (r.doc ?? '').slice(a, b))
      .join(' ')
      .toLowerCase();
  const top = (xs: string[]): string => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  };
  console.log(`cues missed: ${top(total.cueMissed)}`);
  console.log(`cues wrongly found: ${top(total.cueSpurious)}`);
  console.log(
    `worst misses (gold cues of unmatched relations): ${top(total.missed.map((g) => cueText(g as never)))}`,
  );
  console.log(
    `worst false alarms (predicted cues matching no relation): ${top(total.spurious.map((p) => cueText(p as never)))}`,
  );
  console.log('missed relations (first per file):');
  for (const e of examples.slice(0, Number(opts.examples))) console.log(e);
  return total;
}

const splits = opts.split ? [opts.split] : ['train', 'dev'];
for (const split of splits) {
  if (split !== 'dev' && split !== 'train')
    throw new Error(`--split must be dev or train, not "${split}"`);
  let docs = loadSplit(split);
  if (docs.length === 0) {
    console.log(`${POLNEAR}/${split} not found: skipped`);
    continue;
  }
  if (split === 'train' && !opts.trainAll) docs = docs.filter((_, i) => i % 4 === 0);
  runSplit(split === 'train' && !opts.trainAll ? 'train (every 4th file)' : split, docs);
}
