/**
 * The copies corpus stage and its queries: exact and near copies (MinHash/LSH) linked in
 * `groups('copies')`, and the outlets each record relays (its provenance chain).
 */
export { copiesStage, RULES } from './stage.js';
export { copyOf, copiesOf, relayedBy } from './query.js';
export type { CopyGroup, CopyLink, CopyMember, RelayRow } from './query.js';
export { relaysOf, outletKey } from './relays.js';
export type { Relay } from './relays.js';
