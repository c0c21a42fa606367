/**
 * Publication dates as given by sources, checked and kept as ISO strings. A date that does
 * not exist (2025-02-30) is rejected, never rolled over.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return false;
  return true;
}

/**
 * Normalise a date string from a source (ISO, RFC 822 in feeds, "2025-01-31 10:00") to ISO:
 * "YYYY-MM-DD" when no time is given, else an ISO date-time in UTC. Returns null for text
 * that is not a date.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw.trim();
  if (s === '' || s.length > 64) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isValidIsoDate(s) ? s : null;
  if (ISO_DATE.test(s)) {
    if (!isValidIsoDate(s)) return null;
    const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(s);
    if (!hasZone) return s.replace(' ', 'T');
    const t = Date.parse(s.replace(' ', 'T'));
    return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
  }
  // RFC 822 / 2822 (RSS pubDate) and other forms Date understands with a named month
  if (!/[A-Z]{3}/i.test(s) || !/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  return /\d:\d\d/.test(s) ? iso.replace('.000Z', 'Z') : iso.slice(0, 10);
}
