/** Test helpers: paths to ../shared, and a skip reason when it is absent (a clone elsewhere). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(SHARED);
if (!HAS_SHARED) {
  console.warn(`../shared not found at ${SHARED}: tests on shared datasets are skipped`);
}
export const shared = (...parts: string[]) => path.join(SHARED, ...parts);

/** Every object in a record that looks like a span: {start, end, text}. */
export function* spansOf(value: unknown, where = '$'): Generator<{ where: string; start: number; end: number; text: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spansOf(value[i], `${where}[${i}]`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
    yield { where, start: o.start, end: o.end, text: o.text };
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'text') yield* spansOf(v, `${where}.${k}`);
}
