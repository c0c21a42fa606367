import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/quantities');

/** Every object that holds words, forms or a value must say why (house rule: data with a reason). */
function entriesWithoutReason(node: unknown, at: string, out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => entriesWithoutReason(x, `${at}[${i}]`, out));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const isEntry = ['forms', 'words', 'value', 'low', 'symbols', 'text', 'nouns', 'before'].some(
    (k) => k in obj,
  );
  if (isEntry && typeof obj.reason !== 'string') out.push(at);
  for (const [k, v] of Object.entries(obj)) entriesWithoutReason(v, `${at}.${k}`, out);
}

describe('quantities lexicons', () => {
  const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));

  it('exist', () => {
    expect(files.sort()).toEqual(
      expect.arrayContaining([
        'approximators.json',
        'changes.json',
        'context.json',
        'numbers.json',
        'units.json',
      ]),
    );
  });

  it.each(files)('%s: every entry has a reason and the file a source', (f) => {
    const json = JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as Record<string, unknown>;
    expect(typeof json.source).toBe('string');
    const missing: string[] = [];
    entriesWithoutReason(json, f, missing);
    expect(missing).toEqual([]);
  });
});
