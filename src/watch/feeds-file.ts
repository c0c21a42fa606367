/**
 * The FEEDS_FILE of `sitrep watch`: one feed URL per line. A `#` at the start of a line, or
 * after a space, starts a comment; blank lines are ignored; a URL's own `#fragment` is
 * dropped (it is never sent). A line that is not an http or https URL is reported as
 * `FILE:LINE` and left out; a URL given twice is watched once.
 *
 * @example
 * parseFeedsFile('# world news\nhttps://example.org/world.rss  # hourly\n', 'feeds.txt')
 * // -> { feeds: ['https://example.org/world.rss'], problems: [] }
 */
import type { IngestProblem } from '../ingest/types.js';
import { refusedUrl } from './http.js';

/** Longest feed URL accepted (state rows are keyed by it). */
const MAX_URL = 2000;

export interface FeedList {
  feeds: string[];
  problems: IngestProblem[];
}

export function parseFeedsFile(text: string, path: string): FeedList {
  const feeds: string[] = [];
  const problems: IngestProblem[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const where = `${path}:${i + 1}`;
    const line = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (line === '') return;
    if (/\s/.test(line)) {
      problems.push({ kind: 'failed', where, message: 'one URL per line (this line has spaces)' });
      return;
    }
    const refused = refusedUrl(line);
    if (refused) {
      problems.push({ kind: 'failed', where, message: refused });
      return;
    }
    const url = new URL(line);
    url.hash = '';
    if (url.href.length > MAX_URL) {
      problems.push({ kind: 'failed', where, message: `URL longer than ${MAX_URL} characters` });
      return;
    }
    if (seen.has(url.href)) return;
    seen.add(url.href);
    feeds.push(url.href);
  });
  return { feeds, problems };
}
