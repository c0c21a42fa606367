/**
 * The web UI's build: Preact through Vite's own JSX transform (no plugin), everything bundled
 * into web/dist so the page works offline (no CDN, no fonts or tiles from the internet).
 * `sitrep serve` serves web/dist when it has been built (`npm run build:web`).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0 },
  logLevel: 'warn',
});
