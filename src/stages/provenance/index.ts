import type { Stage } from '../../core/stage.js';
export const provenanceStage: Stage = { name: 'provenance', requires: ['sentences'], assigns: ['provenance'], run: () => ({ provenance: [] }) };
