/**
 * Corpus entities: one entity per real actor or place across stored articles (stage.ts), read
 * by record entity, name or id (lookup.ts), summarised for `sitrep entity` (profile.ts).
 */
export { entitiesStage, updateEntities } from './stage.js';
export { resolveAnchors } from './surnames.js';
export { corpusEntity, corpusEntityIds, findEntities } from './lookup.js';
export type { CorpusEntity, CorpusMention } from './lookup.js';
export { normaliseName } from './normalise.js';
export { entityKeys } from './keys.js';
export { entityProfile } from './profile.js';
export type { EntityProfile } from './profile.js';
