/**
 * What every route gets: the store, a record builder made on first use (the server starts
 * fast and a read-only server never loads the extractors), the limits, and a queue that runs
 * ingests one at a time (corpus stages read then rewrite their rows, so two batches must not
 * interleave).
 */
import { createRecordBuilder, type RecordBuilder } from '../../runtime/workers.js';
import type { Store } from '../../store/store.js';

export interface ServerLimits {
  /** largest request body in bytes (413 above it) */
  maxBodyBytes: number;
  /** most articles in one ingest request */
  maxBatch: number;
}

export const DEFAULT_LIMITS: ServerLimits = { maxBodyBytes: 5 * 1024 * 1024, maxBatch: 200 };

export interface ServerContext {
  store: Store;
  limits: ServerLimits;
  builder(): RecordBuilder;
  /** runs `job` after every job queued before it has finished */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  /** exclusive jobs (ingests) finished so far: caches of store answers compare it */
  readonly writes: number;
  close(): Promise<void>;
}

export interface ContextOptions {
  store: Store;
  limits?: Partial<ServerLimits>;
  /** worker threads for building records (0: inline); default as createRecordBuilder */
  threads?: number;
  preset?: string;
}

export function createContext(opts: ContextOptions): ServerContext {
  let builder: RecordBuilder | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let writes = 0;
  return {
    store: opts.store,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    builder() {
      builder ??= createRecordBuilder({ preset: opts.preset ?? 'default', threads: opts.threads });
      return builder;
    },
    exclusive<T>(job: () => Promise<T>): Promise<T> {
      const run = queue.then(job, job).finally(() => writes++);
      queue = run.catch(() => undefined);
      return run;
    },
    get writes() {
      return writes;
    },
    async close() {
      await queue;
      await builder?.close();
    },
  };
}
