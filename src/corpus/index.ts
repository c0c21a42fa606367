/**
 * The corpus layer: stages over stored records, run in order after each stored batch
 * (`sitrep ingest`) or over the whole store (`rebuildCorpus`). The list below is the only
 * place that picks corpus stages and their order.
 */
import type { SitrepRecord } from '../core/record.js';
import type { Store } from '../store/store.js';
import { eventsStage, storiesStage } from './clusters/index.js';
import { copiesStage } from './copies/stage.js';
import { entitiesStage } from './entities/stage.js';
import type { CorpusStage } from './stage.js';

// copies first: later stages (events, stories, corroboration) read which records are copies;
// entities before the clusters, which compare events by their corpus actors
export const CORPUS_STAGES: readonly CorpusStage[] = [
  copiesStage,
  entitiesStage,
  // after copies (a copy joins its original's story); events compare the pairs stories kept
  storiesStage,
  eventsStage,
];

/** Brings every corpus stage up to date with `added` (records just stored). */
export async function updateCorpus(
  store: Store,
  added: readonly SitrepRecord[],
  stages: readonly CorpusStage[] = CORPUS_STAGES,
): Promise<void> {
  if (added.length === 0) return;
  for (const stage of stages) await stage.update(store, added);
}

/** Runs every corpus stage over every stored record, `batch` records at a time. */
export async function rebuildCorpus(
  store: Store,
  opts: { batch?: number; stages?: readonly CorpusStage[]; onBatch?: (done: number) => void } = {},
): Promise<number> {
  const size = opts.batch ?? 500;
  let page: SitrepRecord[] = [];
  let done = 0;
  const flush = async () => {
    await updateCorpus(store, page, opts.stages);
    done += page.length;
    page = [];
    opts.onBatch?.(done);
  };
  for await (const r of store.scan()) {
    page.push(r);
    if (page.length >= size) await flush();
  }
  if (page.length > 0) await flush();
  return done;
}
