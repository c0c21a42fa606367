/**
 * Plain text without a date header: the body as written, a title line split off when the
 * first line looks like one (see title.ts); `published` comes from `--date` or stays null.
 */
import type { ReadOptions, ReadResult } from './types.js';
import { article, problem } from './results.js';
import { splitTitle } from './title.js';

/** @example readPlainText('Ad sales boost Time Warner profit\n\nQuarterly profits...', 'b.txt', {}) */
export function readPlainText(text: string, path: string, opts: ReadOptions): ReadResult[] {
  const { title, body } = splitTitle(text);
  const trimmed = body.trim();
  if (trimmed === '') return [problem('failed', path, 'no article text')];
  return [
    article(
      { path, url: null, format: 'text' },
      { text: trimmed, title, published: opts.date ?? null },
    ),
  ];
}
