/**
 * Golden records: each folder under test/golden/ holds an article and its expected record.
 * A change in any extractor shows here as a diff to review; regenerate on purpose only:
 *   UPDATE_GOLDEN=1 npm test -- test/golden
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/core/build.js';
import type { SitrepRecord } from '../../src/core/record.js';
import { readInputs } from '../../src/ingest/index.js';
import { pipelineFor } from '../../src/presets/default.js';
import { ROOT } from '../helpers.js';

const GOLDEN = path.join(ROOT, 'test/golden');
const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The record with its origin made relative, so it is the same on every machine. */
async function recordOf(dir: string): Promise<SitrepRecord> {
  const file = readdirSync(dir).find((f) => f.startsWith('article.'));
  if (!file) throw new Error(`${dir}: no article.* file`);
  const results = [];
  for await (const r of readInputs([path.join(dir, file)], {})) results.push(r);
  const first = results[0];
  if (!first || !('article' in first)) throw new Error(`${dir}: ${JSON.stringify(first)}`);
  const record = buildRecord(first.article, pipelineFor('default'));
  return { ...record, origin: { ...record.origin, path: path.relative(ROOT, record.origin.path) } };
}

describe('golden records', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(GOLDEN, name);
      const actual = JSON.parse(JSON.stringify(await recordOf(dir))) as SitrepRecord;
      const expectedFile = path.join(dir, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1') {
        writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      }
      if (!existsSync(expectedFile)) {
        throw new Error(`${expectedFile} missing: review the record, then UPDATE_GOLDEN=1 to write it`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
