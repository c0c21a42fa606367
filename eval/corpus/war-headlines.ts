/**
 * `npm run eval:corpus` (second half): story clusters on RUWA
 * (../shared/datasets/workloads/ukraine-war-headlines/RUWA_04.08.23.csv: 16,545 items from 9
 * outlets, each with title, subheading, date, outlet and an `Event` label, one of 9 war events).
 *
 * Each item becomes a record: title = its title, text = its subheading (its title when it has
 * none), published = its date, outlet = its site. Censor.NET's page furniture is cut first
 * (the "(01.04.22 19:49) « War in Ukraine | Censor.NET" title tail and the "01.04.22 19:49 - "
 * subheading head), so that its items are not linked for sharing it. Records are built with
 * the preset named by RUWA_PRESET (default "default"), stored in a SQLite :memory: store, and
 * the "stories" stage runs over them in batches of 500.
 *
 * Reported: purity (each system cluster counted by its commonest label) and inverse purity
 * (each label by the system cluster holding most of it) over all items, singletons included,
 * and over the items in clusters of two or more; the number of clusters spanning two or more
 * outlets; five of those printed (titles and outlets) for a hand check.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { buildRecord } from '../../src/core/build.js';
import type { SitrepRecord } from '../../src/core/record.js';
import { storiesStage, STORIES } from '../../src/corpus/clusters/index.js';
import { pipelineFor } from '../../src/presets/default.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/datasets/workloads/ukraine-war-headlines/RUWA_04.08.23.csv',
);

interface Item {
  title: string;
  desc: string;
  date: string | null;
  outlet: string;
  label: string;
}

const cleanTitle = (t: string) =>
  t
    .replace(/\s*«[^«]*\|\s*Censor\.NET\s*$/i, '')
    .replace(/\s*\(\d\d\.\d\d\.\d\d \d\d:\d\d\)\s*$/, '')
    .trim();
const cleanDesc = (d: string) => d.replace(/^\d\d\.\d\d\.\d\d \d\d:\d\d - /, '').trim();

/** MM/DD/YYYY -> YYYY-MM-DD */
function isoDate(d: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(d.trim());
  return m ? `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : null;
}

export function readRuwa(file: string): Item[] {
  const rows = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return rows.map((r) => ({
    title: cleanTitle(r.title ?? ''),
    desc: cleanDesc(r.desc ?? ''),
    date: isoDate(r.Date ?? ''),
    outlet: (r.Site ?? '').replace(/^www\./, ''),
    label: r.Event ?? '',
  }));
}

function purity(clusters: Map<string, string[]>, labelOf: Map<string, string>): number {
  let hit = 0;
  let n = 0;
  for (const members of clusters.values()) {
    const counts = new Map<string, number>();
    for (const m of members)
      counts.set(labelOf.get(m) ?? '', (counts.get(labelOf.get(m) ?? '') ?? 0) + 1);
    hit += Math.max(...counts.values());
    n += members.length;
  }
  return n === 0 ? 0 : hit / n;
}

export async function runRuwa(): Promise<void> {
  if (!existsSync(FILE)) {
    console.log(`RUWA not found at ${FILE}: skipped`);
    return;
  }
  const preset = process.env.RUWA_PRESET ?? 'default';
  const items = readRuwa(FILE);
  const pipeline = pipelineFor(preset);
  const t0 = Date.now();
  const records = new Map<string, SitrepRecord>();
  const labelOf = new Map<string, string>();
  let failed = 0;
  // RUWA_CACHE=<file>: keep the built records there between runs (development only)
  const cache = process.env.RUWA_CACHE;
  const cached: (SitrepRecord | null)[] =
    cache && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : [];
  const built: (SitrepRecord | null)[] = [];
  items.forEach((it, i) => {
    try {
      const r =
        cached[i] ??
        buildRecord(
          {
            origin: { path: 'RUWA_04.08.23.csv', url: null, format: 'csv', item: i + 2 },
            title: it.title || null,
            text: it.desc || it.title,
            published: it.date,
            outlet: it.outlet,
          },
          pipeline,
          { anyLanguage: true },
        );
      built.push(r);
      if (!records.has(r.id)) {
        records.set(r.id, r);
        labelOf.set(r.id, it.label);
      }
    } catch {
      built.push(null);
      failed++;
    }
  });
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(built));
  const t1 = Date.now();
  const store = await openSqliteStore(':memory:');
  const list = [...records.values()];
  await store.put(list);
  const tPut = Date.now();
  for (let i = 0; i < list.length; i += 500)
    await storiesStage.update(store, list.slice(i, i + 500));
  const t2 = Date.now();
  const story = await STORIES.groupsOf(
    store,
    list.map((r) => r.id),
  );
  await store.close();

  const clusters = new Map<string, string[]>();
  for (const [id, s] of story) clusters.set(s, [...(clusters.get(s) ?? []), id]);
  const labels = new Map<string, string[]>();
  for (const [id, l] of labelOf) labels.set(l, [...(labels.get(l) ?? []), id]);
  const multi = new Map([...clusters].filter(([, m]) => m.length > 1));
  const inMulti = new Set([...multi.values()].flat());
  const labelsInMulti = new Map(
    [...labels].map(([l, ids]) => [l, ids.filter((id) => inMulti.has(id))] as const),
  );
  const byId = new Map(list.map((r) => [r.id, r]));
  const outlets = (m: string[]) => new Set(m.map((id) => byId.get(id)?.outlet ?? ''));
  const cross = [...multi.values()].filter((m) => outlets(m).size > 1);

  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(
    `\n# RUWA: ${items.length} items, ${list.length} distinct texts (${failed} failed); preset ${preset}: build ${((t1 - t0) / 1000).toFixed(1)} s, store ${((tPut - t1) / 1000).toFixed(1)} s, stories stage ${((t2 - tPut) / 1000).toFixed(1)} s (${Math.round(list.length / ((t2 - tPut) / 1000))} records/s)`,
  );
  console.log(
    `all items: ${clusters.size} clusters; purity ${pct(purity(clusters, labelOf))}  inverse purity ${pct(purity(labels, story))}`,
  );
  console.log(
    `items in clusters of 2+ (${inMulti.size} items, ${multi.size} clusters): purity ${pct(purity(multi, labelOf))}  inverse purity ${pct(purity(labelsInMulti, story))}`,
  );
  console.log(`cross-outlet clusters: ${cross.length}`);
  // five to check by hand: spread over the cross-outlet clusters ordered by size then id
  cross.sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const picks = [0, 1, 2, 3, 4].map((i) => cross[Math.floor((i * cross.length) / 5)]);
  for (const m of picks) {
    if (!m) continue;
    console.log(`\n- ${m.length} items, outlets ${[...outlets(m)].join(', ')}`);
    for (const id of m.slice(0, 6)) {
      const r = byId.get(id);
      console.log(
        `  ${r?.published} ${r?.outlet} [${labelOf.get(id)}] ${r?.title ?? r?.text.slice(0, 100)}`,
      );
    }
    if (m.length > 6) console.log(`  ... ${m.length - 6} more`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runRuwa();
}
