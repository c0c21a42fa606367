/** The extra sections `--format pretty` prints after the base layers: claims, then events. */
import type { SitrepRecord } from '../../core/record.js';

export const prettySections: ((record: SitrepRecord) => string)[] = [];
