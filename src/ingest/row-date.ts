/**
 * Dates in data rows: whatever core/dates.ts reads (ISO, RFC 822), plus numeric dates with
 * slashes or dots. "02/28/2022" (RUWA) is month first; "28.02.2022" is day first; a value
 * that only fits one order (13/02/2022) is read in that order. Ambiguous slash dates follow
 * the US order, as in the workloads we read, unless `dayFirst` is set.
 */
import { isValidIsoDate, toIsoDate } from '../core/dates.js';

const NUMERIC = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function rowDate(raw: string, dayFirst = false): string | null {
  const s = raw.trim();
  const iso = toIsoDate(s);
  if (iso) return iso;
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const dayFirstHere = a > 12 ? true : b > 12 ? false : m[2] === '.' || dayFirst;
  const [day, month] = dayFirstHere ? [a, b] : [b, a];
  const date = `${m[4]}-${pad(month)}-${pad(day)}`;
  if (m[5] === undefined) return isValidIsoDate(date) ? date : null;
  const dt = `${date}T${pad(Number(m[5]))}:${m[6]}${m[7] ? `:${m[7]}` : ''}`;
  return isValidIsoDate(dt) ? dt : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
