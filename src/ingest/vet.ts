/**
 * Last checks on every article a reader produced, whatever its format, before it leaves ingest:
 *
 * - a publication date more than a year after today is refused: it is a wrong date (a typo, a
 *   placeholder such as 2099-01-01), and every relative time in the article would be resolved
 *   against it. "Today" is `opts.today` when given (tests), else the clock, read once per call
 *   at this boundary only; extraction itself never reads the clock.
 * - a text made only of XML entity references (`&lol9;`: a "billion laughs" feed, whose entities
 *   the feed reader rightly does not expand) is refused: there is nothing to store.
 */
import type { ReadResult } from './types.js';
import { problem, quote } from './results.js';

/** How far after today a publication date may be (clock skew, time zones, embargoes). */
const FUTURE_DAYS = 366;

const ENTITY_REF = /&[A-Z_][\w.-]{0,63};/gi;

export function vet(result: ReadResult, today: string): ReadResult {
  if (!('article' in result)) return result;
  const a = result.article;
  const where = a.origin.item ? `${a.origin.path}:${a.origin.item}` : a.origin.path;
  if (a.published && a.published.slice(0, 10) > latestDate(today))
    return problem(
      'failed',
      where,
      `publication date ${a.published} is more than a year after today (${today}); ` +
        'fix the date, or give one with --date',
    );
  if (ENTITY_REF.test(a.text) && !/[\p{L}\p{N}]/u.test(a.text.replace(ENTITY_REF, '')))
    return problem(
      'failed',
      where,
      `text is only XML entity references (${quote(a.text, 20)}), which are never expanded; nothing to store`,
    );
  return result;
}

/** today + FUTURE_DAYS as YYYY-MM-DD */
function latestDate(today: string): string {
  const t = Date.parse(`${today.slice(0, 10)}T00:00:00Z`);
  return new Date(t + FUTURE_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date (UTC) for `vet`, unless the options give one. */
export function todayOf(opts: { today?: string | null }): string {
  return opts.today ?? new Date().toISOString().slice(0, 10);
}
