/**
 * The extra sections `--format pretty` prints after the base layers: claims with their source
 * paths and modality, then events in time order. Each stage owns its formatter.
 */
import type { SitrepRecord } from '../../core/record.js';
import { formatClaims } from '../../stages/claims/format.js';
import { formatEvents } from '../../stages/events/format.js';

export const prettySections: ((record: SitrepRecord) => string)[] = [formatClaims, formatEvents];
