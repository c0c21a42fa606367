/**
 * The watcher's sink: the path of `sitrep ingest`. Each article is built into a record (by the
 * builder the app made: a worker pool or inline), the batch is stored in one transaction
 * (a record whose content hash is stored already is a duplicate, never stored twice), and the
 * corpus layer is brought up to date with the records just added. An article whose build
 * fails is one failed outcome; a store that fails throws, so the feed is tried again later.
 *
 * @example
 * const sink = storeSink(store, createRecordBuilder({ preset: 'default' }), { corpus: true });
 */
import type { SitrepRecord } from '../core/record.js';
import { updateCorpus } from '../corpus/index.js';
import type { RawArticle } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import type { Sink, SinkOutcome } from './index.js';

export interface Builder {
  build(raw: RawArticle): Promise<SitrepRecord>;
}

export function storeSink(store: Store, builder: Builder, opts: { corpus?: boolean } = {}): Sink {
  return async (articles) => {
    const built = await Promise.all(
      articles.map((a) =>
        builder.build(a).then(
          (record) => ({ record }),
          (err: unknown) => ({
            error: (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim(),
          }),
        ),
      ),
    );
    const records = new Map<string, SitrepRecord>();
    for (const b of built) if ('record' in b) records.set(b.record.id, b.record);
    const put = await store.put([...records.values()]);
    const added = new Set(put.added);
    if (opts.corpus !== false && added.size > 0)
      await updateCorpus(
        store,
        [...records.values()].filter((r) => added.has(r.id)),
      );
    const first = new Set<string>();
    return built.map((b): SinkOutcome => {
      if ('error' in b) return b;
      const id = b.record.id;
      const isNew = added.has(id) && !first.has(id);
      first.add(id);
      return { id, added: isNew };
    });
  };
}
