/** Every command's help ends with an example a user can copy (issue 12 item 5). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sitrep = (args: string[]): string =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/sitrep'), ...args], { encoding: 'utf8' })
    .stdout;

describe('help', () => {
  it('lists the commands, and each one shows an example of itself', () => {
    const top = sitrep(['--help']);
    const commands = [...top.matchAll(/^ {2}([a-z]+)\b/gm)]
      .map((m) => m[1] as string)
      .filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['extract', 'ingest', 'search', 'watch']));
    for (const c of commands) {
      const help = sitrep([c, '--help']);
      expect(help, c).toMatch(new RegExp(`Example:\\n\\s+sitrep ${c}\\b`));
    }
  }, 120_000);
});
