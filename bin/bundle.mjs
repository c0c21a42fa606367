/**
 * The CLI as prebuilt ES modules (a main module and a chunk per command), so that `sitrep` starts without tsx transpiling some
 * 200 TypeScript files through its loader thread (about 1.5 s of a 1.9 s start on a one-line
 * file). esbuild (a dependency) bundles src/apps/cli/main.ts with npm packages left external;
 * each source keeps its own `import.meta.url` (stages find their data files relative to it).
 * The bundle is cached in node_modules/.cache/sitrep with a manifest of its sources' mtimes
 * and sizes, and rebuilt when one changes, so editing a source never runs stale code.
 * `npm run build:cli` (CI) builds it ahead; the first run after a change builds it otherwise
 * (about 0.3 s). Any failure returns null and bin/sitrep falls back to tsx.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = path.join(ROOT, 'src/apps/cli/main.ts');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'sitrep');
// one manifest per source tree: trees sharing node_modules (a symlink) never take each
// other's bundle
const MANIFEST = path.join(
  CACHE,
  `cli-bundle-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}.json`,
);
const META_URL = /(?<!['"`])\bimport\.meta\.url\b(?!['"`])/g;
const META_DIRNAME = /(?<!['"`])\bimport\.meta\.dirname\b(?!['"`])/g;
const META_FILENAME = /(?<!['"`])\bimport\.meta\.filename\b(?!['"`])/g;

/** The cached bundle when none of its sources changed since it was built, else null. */
export function cachedCliBundle() {
  try {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    for (const [rel, mtime, size] of m.inputs) {
      const st = statSync(path.join(ROOT, rel));
      if (st.mtimeMs !== mtime || st.size !== size) return null;
    }
    const file = path.join(CACHE, m.bundle);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** Builds the bundle (written under a temporary name, then renamed); returns its path. */
export async function buildCliBundle() {
  const esbuild = await import('esbuild');
  const seen = new Map();
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // commands are imported when they run (main.ts): each in its own chunk, with its libraries
    splitting: true,
    outdir: path.join(CACHE, 'out'),
    entryNames: 'main',
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'keep-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
            const st = statSync(args.path);
            seen.set(path.relative(ROOT, args.path), [st.mtimeMs, st.size]);
            // expressions only: a quoted 'import.meta.url' is text (workers.ts bundles the
            // worker with the same replacement, which must survive into this bundle)
            const contents = readFileSync(args.path, 'utf8')
              .replace(META_URL, JSON.stringify(pathToFileURL(args.path).href))
              .replace(META_DIRNAME, JSON.stringify(path.dirname(args.path)))
              .replace(META_FILENAME, JSON.stringify(args.path));
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
  });
  const files = result.outputFiles;
  if (files.length === 0) throw new Error('esbuild produced no bundle');
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.path).update(f.text);
  const name = `cli-${hash.digest('hex').slice(0, 16)}`;
  const dir = path.join(CACHE, name);
  if (!existsSync(dir)) {
    const tmp = `${dir}.${process.pid}.tmp`;
    mkdirSync(tmp, { recursive: true });
    for (const f of files) writeFileSync(path.join(tmp, path.basename(f.path)), f.text);
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process renamed its copy first
    }
  }
  const file = path.join(dir, 'main.js');
  const inputs = Object.keys(result.metafile.inputs).map((rel) => {
    const known = seen.get(path.normalize(rel));
    if (known) return [rel, ...known];
    const st = statSync(path.join(ROOT, rel)); // JSON files esbuild read itself
    return [rel, st.mtimeMs, st.size];
  });
  writeFileSync(
    `${MANIFEST}.${process.pid}.tmp`,
    JSON.stringify({ bundle: `${name}/main.js`, inputs }),
  );
  renameSync(`${MANIFEST}.${process.pid}.tmp`, MANIFEST);
  removeOld(name);
  return file;
}

/** The bundle to run: cached, else freshly built; null when it cannot be had. */
export async function cliBundle() {
  try {
    return cachedCliBundle() ?? (await buildCliBundle());
  } catch {
    return null;
  }
}

/** Bundles of older sources, removed an hour on (no process can still be starting from them). */
function removeOld(keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const f of readdirSync(CACHE)) {
    if (f === keep || !/^cli-[0-9a-f]{16}(?:\.mjs)?(?:\.\d+\.tmp)?$/.test(f)) continue;
    try {
      const old = path.join(CACHE, f);
      if (statSync(old).mtimeMs < hourAgo) rmSync(old, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}
