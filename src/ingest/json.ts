/**
 * A JSON document: an array of article objects (like the CNN headlines file), an object with
 * such an array under `articles`/`items`/`data`, or one article object. Elements are numbered
 * from 1; a bad element is a problem of its own.
 */
import type { ReadOptions, ReadResult } from './types.js';
import { readJsonl } from './jsonl.js';
import { problem } from './results.js';
import { DEFAULT_COLUMNS, newRowState, rowToResult, type Row } from './rows.js';

/** @example readJson('[{"first_seen": "2022-02-24T09:26:03+00:00", "headline": "..."}]', 'h.json', {}) */
export function readJson(text: string, path: string, opts: ReadOptions): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // several objects, one per line, in a .json file: JSON Lines after all
    if (text.trimStart().startsWith('{') && text.includes('\n')) return readJsonl(text, path, opts);
    const why = err instanceof Error ? err.message.split('\n')[0] : 'syntax error';
    return [problem('failed', path, `not valid JSON (${why})`)];
  }
  const list = Array.isArray(value) ? value : listIn(value);
  if (list === null) {
    if (typeof value === 'object' && value !== null)
      return [
        rowToResult(value as Row, { path, format: 'json', item: 1, label: 'the object' }, opts),
      ];
    return [problem('failed', path, 'JSON holds no article objects')];
  }
  if (list.length === 0) return [problem('skipped', path, 'JSON array is empty')];
  const state = newRowState();
  state.hasTextColumn = list.some(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      Object.keys(v).some((k) => DEFAULT_COLUMNS.text.includes(k.toLowerCase())),
  );
  return list.map((v, i) => {
    const n = i + 1;
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return problem('failed', `${path}:${n}`, `item ${n} is not a JSON object`);
    return rowToResult(
      v as Row,
      { path, format: 'json', item: n, label: `item ${n}` },
      opts,
      state,
    );
  });
}

function listIn(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const key of ['articles', 'items', 'data', 'records']) {
    const v = (value as Row)[key];
    if (Array.isArray(v)) return v;
  }
  return null;
}
