/**
 * `npm run bench:size`: seconds per MB of one long article at 0.1, 1, 4 and 16 MB, read,
 * built (default preset, inline) and stored (a fresh SQLite file), so that a cost growing
 * faster than the text shows as a rising s/MB. Texts are BBC articles joined by blank lines
 * (the workload holds about 5 MB, so 16 MB repeats it). Each size runs in its own process, so
 * peak RSS is that size's own. wink-nlp's bare tokenise+sentences time per MB, measured in the
 * same process, is printed beside each, so the figures hold on a noisy machine.
 *
 *   npm run bench:size                      # default preset, 0.1 1 4 16
 *   npm run bench:size -- --preset minimal 0.5 2
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecord } from '../../src/core/build.js';
import { nlp } from '../../src/core/nlp.js';
import { readText } from '../../src/ingest/index.js';
import { pipelineFor } from '../../src/presets/default.js';
import { openStore } from '../../src/store/open.js';
import { loadContext } from '../lib.js';

const MB = 1024 * 1024;

interface Figures {
  mb: number;
  parts: number;
  read: number;
  build: number;
  store: number;
  wink: number;
  rssMb: number;
}

/** BBC articles joined by blank lines, cut to `mb` megabytes of UTF-8 (ASCII here). */
function longText(texts: readonly string[], mb: number): string {
  const want = Math.round(mb * MB);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < want; i++) {
    const t = (texts[i % texts.length] as string).trim();
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n').slice(0, want);
}

async function one(mb: number, preset: string): Promise<Figures> {
  const text = longText(loadContext().texts, mb);
  const pipeline = pipelineFor(preset);
  // warm up (model, lexicons, gazetteer, compiled code) on one article, untimed
  const warm = longText(loadContext().texts, 0.01);
  buildRecord({ origin: { path: 'warm', url: null, format: 'text' }, text: warm }, pipeline);
  nlp(false).readDoc(warm);
  let t0 = performance.now();
  const read = readText(text, { path: `bench-${mb}MB.txt` }, { date: '2005-06-01' });
  const tRead = performance.now() - t0;
  // each part is built and stored before the next is built, as ingest does with its batches,
  // so that peak RSS is the pipeline's and not this harness's list of records
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-size-'));
  const store = await openStore(path.join(dir, 'bench.db'));
  let tBuild = 0;
  let tStore = 0;
  let parts = 0;
  for (const r of read) {
    if (!('article' in r)) continue;
    t0 = performance.now();
    const record = buildRecord(r.article, pipeline);
    tBuild += performance.now() - t0;
    t0 = performance.now();
    await store.put([record]);
    tStore += performance.now() - t0;
    parts++;
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  // wink alone on the same text, in pieces of the size the pipeline reads at once
  const wink = nlp(false);
  t0 = performance.now();
  for (const r of read) if ('article' in r) wink.readDoc(r.article.text).sentences().length();
  const tWink = performance.now() - t0;
  return {
    mb,
    parts,
    read: tRead / 1000,
    build: tBuild / 1000,
    store: tStore / 1000,
    wink: tWink / 1000,
    rssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const args = process.argv.slice(2);
const presetAt = args.indexOf('--preset');
const preset = presetAt >= 0 ? (args[presetAt + 1] ?? 'default') : 'default';
const rest = args.filter((_, i) => i !== presetAt && i !== presetAt + 1);

if (rest[0] === '--one') {
  process.stdout.write(JSON.stringify(await one(Number(rest[1]), preset)) + '\n');
} else {
  if (loadContext().files.length === 0) {
    console.log(
      'bench:size: ../shared/datasets/workloads/bbc-news-2005 not found; nothing to measure',
    );
    process.exit(0);
  }
  const sizes = rest.length > 0 ? rest.map(Number) : [0.1, 1, 4, 16];
  const self = fileURLToPath(import.meta.url);
  console.log(
    `bench:size · preset ${preset} · node ${process.version} · load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const cols = [
    'MB',
    'parts',
    'total s',
    's/MB',
    'read s/MB',
    'build s/MB',
    'store s/MB',
    'wink s/MB',
    'x wink',
    'peak RSS MB',
  ];
  const row = (cells: string[]) =>
    console.log(cells.map((c, k) => c.padStart((cols[k] as string).length + 2)).join(''));
  row(cols);
  for (const mb of sizes) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', self, '--preset', preset, '--one', String(mb)],
      { encoding: 'utf8', maxBuffer: 16 * MB },
    );
    const f = JSON.parse(out.trim().split('\n').at(-1) as string) as Figures;
    const total = f.read + f.build + f.store;
    const per = (x: number) => (x / f.mb).toFixed(2);
    row([
      String(f.mb),
      String(f.parts),
      total.toFixed(1),
      per(total),
      per(f.read),
      per(f.build),
      per(f.store),
      per(f.wink),
      (total / f.wink).toFixed(1),
      f.rssMb.toFixed(0),
    ]);
  }
  console.log(
    `load after: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}
