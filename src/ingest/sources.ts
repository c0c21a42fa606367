/**
 * Inputs to files: a file, a directory (walked recursively in name order), a glob (tinyglobby)
 * or "-" for standard input. In directories and glob matches, hidden entries, files of unknown
 * type and README/LICENSE/CHANGELOG files are passed over silently; a file named explicitly
 * is always offered to the readers. Paths that cannot be read become problems.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { IngestProblem } from './types.js';
import { extensionOf, formatOfExtension } from './formats.js';
import { MAX_ARTICLE_CHARS } from './split.js';

export type Source =
  | { kind: 'file'; path: string; explicit: boolean }
  | { kind: 'stdin' }
  | { kind: 'problem'; problem: IngestProblem };

const GLOB_CHARS = /[*?[\]{}]/;
const DOCS = /^(?:readme|license|licence|copying|changelog|notice|authors)(?:\.[a-z]+)?$/i;

/** One line for a file system error. */
export function fsMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return `cannot read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

function failed(where: string, message: string): Source {
  return { kind: 'problem', problem: { kind: 'failed', where, message } };
}

/** Whether a file found in a directory or by a glob is one the readers take. */
export function wanted(file: string): boolean {
  const base = path.basename(file);
  if (base.startsWith('.') || DOCS.test(base)) return false;
  return formatOfExtension(extensionOf(base)) !== undefined;
}

export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<Source> {
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && GLOB_CHARS.test(input)) {
        yield* globbed(input);
      } else {
        yield failed(input, fsMessage(err));
      }
      continue;
    }
    if (info.isDirectory()) yield* walk(input);
    else yield { kind: 'file', path: input, explicit: true };
  }
}

async function* globbed(pattern: string): AsyncGenerator<Source> {
  let files: string[];
  try {
    files = await glob([pattern], {
      onlyFiles: true,
      dot: false,
      absolute: path.isAbsolute(pattern),
      expandDirectories: false,
    });
  } catch (err) {
    yield failed(pattern, `bad glob pattern (${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  const found = files.filter(wanted).sort();
  if (found.length === 0) yield failed(pattern, 'no readable files match this pattern');
  // a file reached twice (through a symbolic link) is read once
  const seen = new Set<string>();
  for (const f of found) {
    const real = await realpath(f).catch(() => f);
    if (seen.has(real)) continue;
    seen.add(real);
    yield { kind: 'file', path: f, explicit: false };
  }
}

/** Depth first, entries in name order; symbolic links to directories already seen are not followed. */
async function* walk(root: string): AsyncGenerator<Source> {
  const seen = new Set<string>();
  const stack: string[] = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries;
    try {
      const real = await realpath(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      yield failed(dir, `cannot read directory: ${fsMessage(err)}`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = (await stat(full)).isDirectory();
        } catch {
          yield failed(full, 'broken symbolic link');
          continue;
        }
      }
      if (isDir) subdirs.push(full);
      else if (wanted(full)) yield { kind: 'file', path: full, explicit: false };
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as string);
  }
}

/** formats whose file is one article */
const ONE_ARTICLE = new Set(['text', 'markdown', 'html']);

/**
 * How many articles the inputs hold, when that is known before reading them: every input is a
 * file (or directory of files) of one article each. null for standard input, feeds, JSON Lines,
 * JSON and CSV (their rows are counted only by reading them), a file larger than the article
 * cap (read in parts), or an input that cannot be read.
 */
export async function countArticles(inputs: readonly string[]): Promise<number | null> {
  let n = 0;
  for await (const source of expandInputs(inputs)) {
    if (source.kind !== 'file') return null;
    const format = formatOfExtension(extensionOf(source.path));
    if (format === undefined || !ONE_ARTICLE.has(format)) return null;
    // a file over the article cap may be read in several parts (split.ts): not known before
    const size = await stat(source.path).then(
      (st) => st.size,
      () => Infinity,
    );
    if (size > MAX_ARTICLE_CHARS) return null;
    n++;
  }
  return n;
}
