/**
 * The corpus stage contract. A corpus stage keeps structures over many stored records (copies,
 * corpus entities, event and story clusters) in the store's corpus table, and brings them up to
 * date from the records just stored, reading only the rows those records reach: an ingest of
 * new articles never recomputes the world. Whatever order the same records arrive in, the
 * stored result is the same (see groups.ts).
 */
import type { SitrepRecord } from '../core/record.js';
import type { Store } from '../store/store.js';

export interface CorpusStage {
  /** names its rows' kinds: "<name>:..." */
  name: string;
  /**
   * updates this stage's rows after `added` were stored (each id once, any order); running it
   * again on records it has seen changes nothing
   */
  update(store: Store, added: readonly SitrepRecord[]): Promise<void>;
}
