/**
 * `sitrep ingest --enqueue`: read the inputs and put one job per article on the store's
 * PostgreSQL queue (src/runtime/queue) instead of building records here; `sitrep worker`
 * processes see them. An article already stored, or met twice in the inputs, is counted as a
 * duplicate and not queued; one already queued (same content) stays queued once.
 */
import { recordId } from '../../../core/build.js';
import { normaliseText } from '../../../core/normalise.js';
import { readInputs } from '../../../ingest/index.js';
import type { IngestProblem, ReadOptions } from '../../../ingest/types.js';
import { pipelineFor } from '../../../presets/default.js';
import {
  openQueue,
  queueLocation,
  type ArticleJob,
  type QueueSettings,
} from '../../../runtime/queue/jobs.js';
import { openStore } from '../../../store/open.js';

export interface EnqueueOptions {
  db: string;
  preset: string;
  settings: QueueSettings;
  /** settings given on the command line: the queue is updated with them */
  configure: boolean;
  problem(p: IngestProblem): void;
  tick(done: number): void;
}

export interface EnqueueCounts {
  enqueued: number;
  duplicates: number;
}

const INSERT_BATCH = 500;

export async function enqueueInputs(
  paths: string[],
  readOpts: ReadOptions,
  opts: EnqueueOptions,
): Promise<EnqueueCounts> {
  pipelineFor(opts.preset); // a bad preset is refused here, not by every worker
  queueLocation(opts.db); // as is a SQLite --db, before a file is created
  const store = await openStore(opts.db);
  const counts: EnqueueCounts = { enqueued: 0, duplicates: 0 };
  try {
    const queue = await openQueue(opts.db, { role: 'client', connections: 2 });
    try {
      await queue.configure(opts.configure ? opts.settings : undefined);
      const seen = new Set<string>();
      let batch: ArticleJob[] = [];
      const flush = async () => {
        await queue.enqueue(batch);
        counts.enqueued += batch.length;
        batch = [];
      };
      for await (const result of readInputs(paths, readOpts)) {
        if ('problem' in result) {
          opts.problem(result.problem);
          continue;
        }
        const id = recordId(normaliseText(result.article.text));
        if (seen.has(id) || (await store.has(id))) {
          counts.duplicates++;
        } else {
          seen.add(id);
          batch.push({ article: result.article, preset: opts.preset });
          if (batch.length >= INSERT_BATCH) await flush();
        }
        opts.tick(counts.enqueued + batch.length + counts.duplicates);
      }
      await flush();
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
  return counts;
}
