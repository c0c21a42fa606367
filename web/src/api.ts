/** Fetching from the sitrep API, and small helpers the pages share. */

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

/** `/api/x?a=1&b=2` from a path and parameters; empty values are left out. */
export function api(path: string, params: Record<string, string | number | undefined> = {}) {
  const q = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return q ? `${path}?${q}` : path;
}

/**
 * An untitled article's heading: its first line of four or more words (a rubric such as
 * "Details" is no heading), else its first line, cut at a word near 90 characters.
 */
export function headline(text: string): string {
  const lines = text.trim().split('\n');
  const line = lines.find((l) => l.trim().split(/\s+/).length >= 4) ?? lines[0] ?? '';
  return line.length <= 90 ? line : `${line.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

export const recordLink = (id: string) => `#/record/${id}`;
export const entityLink = (name: string) => `#/entity/${encodeURIComponent(name)}`;

/** One CSV field: quoted when it holds a comma, quote or line break; formula-like text defused. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
