/**
 * bin/sitrep starts from a cached esbuild bundle of the CLI (bin/bundle.mjs) and gives the
 * same output as the TypeScript sources through tsx; a changed source is never run stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin/sitrep');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('bin/sitrep start-up', () => {
  it('runs from the bundle, with the output of the sources run through tsx', async () => {
    const file = path.join(dir, 'short.txt');
    writeFileSync(
      file,
      'The ministry said on Monday that talks would continue in Geneva next week.\n',
    );
    const args = ['extract', file, '--date', '2025-01-31'];
    const bundled = run(args);
    const { cachedCliBundle } = (await import(path.join(ROOT, 'bin/bundle.mjs'))) as {
      cachedCliBundle: () => string | null;
    };
    expect(cachedCliBundle()).toMatch(/cli-[0-9a-f]{16}[/\\]main\.js$/);
    // workers.ts bundles the worker by replacing the text 'import.meta.url': that quoted text
    // must reach the CLI bundle unreplaced, or workers started from it look for data files
    // next to the bundle (ENOENT .../data/attribution/name-gender.json)
    const bundleDir = path.dirname(cachedCliBundle() as string);
    const code = readdirSync(bundleDir)
      .map((f) => readFileSync(path.join(bundleDir, f), 'utf8'))
      .join('\n');
    expect(code).toContain('replaceAll("import.meta.url"');
    expect(run(args, { SITREP_NO_BUNDLE: '1' })).toBe(bundled);
    expect(JSON.parse(bundled)).toMatchObject({ published: '2025-01-31', language: 'en' });
  }, 60_000);

  it('lists every command in help, though a command run loads only its own', () => {
    const help = run(['--help']);
    for (const name of ['extract', 'ingest', 'search', 'serve', 'worker', 'watch']) {
      expect(help).toContain(`  ${name}`);
    }
  }, 60_000);
});
