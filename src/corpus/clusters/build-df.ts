/**
 * Writes data/corpus/cluster-df.json, the background document frequencies the story profile
 * weighs its terms by (profile.ts): for each term (as `termOf` folds it), the number of the
 * 2,225 BBC News articles (../shared/datasets/workloads/bbc-news-2005, 2004-2005, five
 * topics) that contain it, for terms in at least 3 of them. A fixed table, not one kept from
 * the stored corpus, so that a term's weight, and hence every story link, is the same whatever
 * was ingested before: the clustering stays order-free. Run once:
 *
 *   node --import tsx src/corpus/clusters/build-df.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldTerm } from './profile.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(HERE, '../../../../shared/datasets/workloads/bbc-news-2005');
const OUT = path.resolve(HERE, '../../../data/corpus/cluster-df.json');
const WORD = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu;
const MIN_DF = 3;

if (!existsSync(DIR)) {
  console.log(`BBC News not found at ${DIR}: nothing written`);
} else {
  const df = new Map<string, number>();
  let docs = 0;
  for (const topic of readdirSync(DIR).sort()) {
    const dir = path.join(DIR, topic);
    if (!existsSync(dir) || !/^[a-z]+$/.test(topic)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      docs++;
      const seen = new Set<string>();
      for (const m of readFileSync(path.join(dir, f), 'latin1').matchAll(WORD)) {
        const t = foldTerm(m[0]);
        if (t) seen.add(t);
      }
      for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const kept = [...df].filter(([, n]) => n >= MIN_DF).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const table = {
    _reason:
      'background document frequencies for story term weights (src/corpus/clusters/build-df.ts): terms in at least 3 of the BBC News 2004-2005 articles',
    docs,
    df: Object.fromEntries(kept),
  };
  writeFileSync(OUT, `${JSON.stringify(table)}\n`);
  console.log(`${docs} articles, ${kept.length} terms -> ${OUT}`);
}
