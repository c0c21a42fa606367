/**
 * robots.txt, read with robots-parser (RFC 9309, wildcards), one file per origin, kept for a
 * day. What the answer means follows RFC 9309 section 2.3.1: a 2xx file is obeyed; a 4xx
 * (no file) allows everything; a 5xx, a timeout or a refused connection means the site cannot
 * say, so nothing on it is fetched until it can (tried again after RETRY_UNREACHABLE). A
 * Crawl-delay for our agent lengthens the pause between requests to that host (capped).
 *
 * @example
 * const robots = new RobotsCache({ limits, gate, agent: 'sitrep' });
 * const why = await robots.refusal(new URL('https://example.org/feed.xml')); // null: allowed
 */
import robotsParserModule from 'robots-parser';
import { FetchProblem, politeGet, type FetchLimits } from './http.js';
import type { HostGate } from './hosts.js';

/** How long a robots.txt is kept (RFC 9309: no more than 24 hours). */
const KEEP = 24 * 3600_000;
/** How long "robots.txt unreachable" holds before the file is asked for again. */
const RETRY_UNREACHABLE = 10 * 60_000;
/** Largest robots.txt read (RFC 9309 asks crawlers to read at least 500 KiB). */
const MAX_ROBOTS = 512 * 1024;
/** Longest Crawl-delay honoured, in ms; a longer one is cut to this. */
const MAX_CRAWL_DELAY = 60_000;

/** The parts of robots-parser's Robot used here. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (module.exports = function); its typings declare an ES default
// export, which NodeNext does not see as callable, so it is typed here.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;
interface Entry {
  /** null: no rules (allow all); a string: why nothing may be fetched */
  rules: Robot | null | string;
  until: number;
}

export interface RobotsOptions {
  limits: FetchLimits;
  gate: HostGate;
  /** the product token matched against User-agent lines */
  agent: string;
  now?: () => number;
  signal?: AbortSignal;
}

export class RobotsCache {
  private readonly entries = new Map<string, Promise<Entry>>();
  private readonly now: () => number;

  constructor(private readonly opts: RobotsOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Why robots.txt keeps us from `url` (one line), or null when it may be fetched. */
  async refusal(url: URL): Promise<string | null> {
    const entry = await this.entry(url.origin);
    if (typeof entry.rules === 'string') return entry.rules;
    if (entry.rules === null) return null;
    const allowed = entry.rules.isAllowed(url.href, this.opts.agent);
    if (allowed === false) {
      const line = entry.rules.getMatchingLineNumber(url.href, this.opts.agent);
      return `disallowed by ${url.origin}/robots.txt${line > 0 ? ` (line ${line})` : ''}`;
    }
    return null;
  }

  private entry(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached) {
      return cached.then((e) => {
        if (e.until > this.now()) return e;
        if (this.entries.get(origin) === cached) this.entries.delete(origin);
        return this.entry(origin);
      });
    }
    const fresh = this.load(origin);
    this.entries.set(origin, fresh);
    return fresh;
  }

  private async load(origin: string): Promise<Entry> {
    const url = `${origin}/robots.txt`;
    const limits = {
      ...this.opts.limits,
      maxBytes: Math.min(this.opts.limits.maxBytes, MAX_ROBOTS),
    };
    try {
      const got = await politeGet(url, {
        limits,
        gate: this.opts.gate,
        signal: this.opts.signal,
        headers: { accept: 'text/plain, */*;q=0.5' },
      });
      const robot = robotsParser(url, got.body.toString('utf8'));
      const delay = robot.getCrawlDelay(this.opts.agent);
      if (typeof delay === 'number' && delay > 0)
        this.opts.gate.setDelay(new URL(origin).hostname, Math.min(delay * 1000, MAX_CRAWL_DELAY));
      return { rules: robot, until: this.now() + KEEP };
    } catch (err) {
      if (err instanceof FetchProblem && /^HTTP 4\d\d/.test(err.message))
        return { rules: null, until: this.now() + KEEP };
      if (err instanceof FetchProblem && err.message.startsWith('larger than'))
        return { rules: null, until: this.now() + KEEP };
      const why = err instanceof Error ? err.message : String(err);
      return {
        rules: `robots.txt unreachable (${why}), so nothing on ${origin} is fetched`,
        until: this.now() + RETRY_UNREACHABLE,
      };
    }
  }
}
