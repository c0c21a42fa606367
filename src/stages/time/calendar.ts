/** Calendar arithmetic on UTC days and TIMEX3 formatting. No clock is ever read. */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseDay(iso: string | null): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function toUtc(x: Day): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

function fromUtc(t: number): Day {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Day, n: number): Day {
  return fromUtc(toUtc(x) + n * 86_400_000);
}

/** same day n months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28) */
export function addMonths(x: Day, n: number): Day {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(x.d, last) };
}

/** ISO weekday, Monday = 1 */
export function weekday(x: Day): number {
  const wd = new Date(toUtc(x)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function isoWeek(x: Day): { y: number; w: number } {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toUtc(thursday) - jan1) / 86_400_000 / 7) + 1 };
}

export const fmtDay = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtYear = (y: number): string => pad(y, 4);
export function fmtWeek(x: Day): string {
  const { y, w } = isoWeek(x);
  return `${pad(y, 4)}-W${pad(w)}`;
}
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

export function compareDay(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** days from a to b */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}
