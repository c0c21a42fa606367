/**
 * Publication dates as given by sources, checked and kept as ISO strings. A date that does
 * not exist (2025-02-30) is rejected, never rolled over.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

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
 * "YYYY-MM-DD" when no time is given, else an ISO date-time. A date-time keeps the source's
 * own clock and offset ("2024-06-03T01:00:00+03:00", not "2024-06-02T22:00:00Z"): the first ten
 * characters are always the local calendar date the article was published on, which relative
 * times resolve against and date filters compare, and the instant is still exact. A zero offset
 * is written Z. Returns null for text that is not a date.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw.trim();
  if (s === '' || s.length > 64) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isValidIsoDate(s) ? s : null;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    if (!isValidIsoDate(s)) return null;
    const zone = /(Z|[+-]\d{2}:?\d{2})$/.exec(s)?.[1];
    const clock = `${s.slice(0, 10)}T${iso[4]}:${iso[5]}${iso[6] === undefined ? '' : `:${iso[6]}`}`;
    return zone === undefined ? clock : clock + offsetText(zoneMinutes(zone));
  }
  // RFC 822 / 2822 (RSS pubDate) and other forms Date understands with a named month
  if (!/[A-Z]{3}/i.test(s) || !/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  if (!/\d:\d\d/.test(s)) return new Date(t).toISOString().slice(0, 10);
  const offset = rfcZoneMinutes(s);
  const local = new Date(t + offset * 60_000).toISOString().slice(0, 19);
  return local + offsetText(offset);
}

/** "+03:00", "-0500", "Z" -> minutes east of UTC */
function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** RFC 822 zone names, minutes east of UTC */
const RFC_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** the offset an RFC 822 date ends with ("+0200", "GMT", "EST"); UTC when it names none known */
function rfcZoneMinutes(s: string): number {
  const numeric = /([+-]\d{2}:?\d{2})\s*(?:\([^)]*\))?$/.exec(s)?.[1];
  if (numeric) return zoneMinutes(numeric);
  const name = /\b([A-Z]{1,4})\s*$/.exec(s)?.[1];
  return name !== undefined ? (RFC_ZONES[name] ?? 0) : 0;
}

/** minutes east of UTC -> "Z" or "+03:00" */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const a = Math.abs(minutes);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}
