/**
 * Feed watching: polls RSS and Atom feeds politely and hands their new items to a sink that
 * builds and stores records (sink.ts: the same path as `sitrep ingest`, corpus layer included).
 *
 * One poll of a feed: skip it while it is backing off; ask robots.txt; a conditional GET
 * (If-None-Match / If-Modified-Since from the last answer); 304 is done. Otherwise read the
 * items (items.ts), keep those not done before (state.ts), fetch the article page of each that
 * has only a summary (http, https only; robots.txt; the same limits), store the articles, mark
 * the items done, and only then save the feed's ETag and Last-Modified. Every failure is one
 * line to `report`; a failed feed is tried again after a back-off that doubles with each
 * consecutive failure (`backoff`), and never stops the other feeds.
 *
 * @example
 * const watcher = new Watcher({ store, sink: storeSink(store, builder), report: console.error });
 * await watcher.run(['https://example.org/feed.xml'], { every: 15 * 60_000 });
 */
import { decodeText } from '../ingest/decode.js';
import { readBytes } from '../ingest/index.js';
import { todayOf, vet } from '../ingest/vet.js';
import type { IngestProblem, RawArticle } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import { HostGate } from './hosts.js';
import { FetchProblem, politeGet, refusedUrl, type FetchLimits, type Fetched } from './http.js';
import { feedItems, withPage, type FeedItem } from './items.js';
import { RobotsCache } from './robots.js';
import { WatchState, type FeedState, type ItemState } from './state.js';

export { parseFeedsFile } from './feeds-file.js';
export { storeSink } from './sink.js';

/** What the sink did with one article. */
export type SinkOutcome = { id: string; added: boolean } | { error: string };

/** Builds and stores articles; one outcome per article, in order. Throws only when storing fails. */
export type Sink = (articles: readonly RawArticle[]) => Promise<SinkOutcome[]>;

export interface WatchOptions {
  /** where the watcher's state lives (state.ts) */
  store: Store;
  sink: Sink;
  /** one line per failure: the feed or item, and what went wrong */
  report: (problem: IngestProblem) => void;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** pause between two requests to one host */
  delayMs?: number;
  userAgent?: string;
  /** the token robots.txt groups are matched against */
  agent?: string;
  /** feeds polled side by side (each host still one request at a time) */
  concurrency?: number;
  /** new items taken from one feed per poll; the rest wait for the next poll */
  maxItems?: number;
  /** tries of an article page failing for a reason that may pass, before the summary is stored */
  pageAttempts?: number;
  /** the first back-off; it doubles with each consecutive failure, up to MAX_BACKOFF */
  backoffMs?: number;
  now?: () => number;
  /** "today" for the readers' date check (tests) */
  today?: string;
  signal?: AbortSignal;
}

export interface PassSummary {
  feeds: number;
  notModified: number;
  failed: number;
  /** feeds left alone this pass because they are backing off */
  waiting: number;
  /** new items seen */
  items: number;
  /** records stored */
  stored: number;
  /** items whose record was stored already */
  duplicates: number;
  /** items that failed (reported) */
  itemFailures: number;
}

export const DEFAULTS = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1048576,
  maxRedirects: 5,
  delayMs: 2_000,
  userAgent: 'sitrep (feed watcher)',
  agent: 'sitrep',
  concurrency: 4,
  maxItems: 100,
  pageAttempts: 3,
  backoffMs: 5 * 60_000,
} as const;

/** The longest back-off: a feed failing for days is still tried once a day. */
export const MAX_BACKOFF = 24 * 3600_000;

/** The wait after `failures` consecutive failures: base, 2 x base, 4 x base ... up to a day. */
export function backoff(failures: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF, baseMs * 2 ** Math.min(30, Math.max(0, failures - 1)));
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

type FeedOutcome = 'ok' | 'not-modified' | 'failed' | 'waiting' | 'stopped';

export class Watcher {
  private readonly state: WatchState;
  private readonly gate: HostGate;
  private readonly robots: RobotsCache;
  private readonly limits: FetchLimits;
  private readonly now: () => number;
  private readonly o: Required<Omit<WatchOptions, 'today' | 'signal' | 'now'>> &
    Pick<WatchOptions, 'today' | 'signal'>;
  /** article pages fetched in the current pass */
  private pages = new Map<string, Promise<Fetched>>();
  /** the sink runs one batch at a time (the corpus layer updates in order) */
  private sinking: Promise<unknown> = Promise.resolve();

  constructor(opts: WatchOptions) {
    this.o = { ...DEFAULTS, ...opts };
    this.now = opts.now ?? Date.now;
    this.state = new WatchState(opts.store.corpus);
    this.gate = new HostGate(this.o.delayMs);
    this.limits = {
      timeoutMs: this.o.timeoutMs,
      maxBytes: this.o.maxBytes,
      maxRedirects: this.o.maxRedirects,
      userAgent: this.o.userAgent,
    };
    this.robots = new RobotsCache({
      limits: this.limits,
      gate: this.gate,
      agent: this.o.agent,
      now: this.now,
      signal: opts.signal,
    });
  }

  /**
   * Polls every feed, then again each `every` ms, until `signal` aborts; with `once`, one
   * pass. `onPass` receives each pass's summary; the last 100 are returned.
   */
  async run(
    feeds: readonly string[],
    opts: { every: number; once?: boolean; onPass?: (s: PassSummary) => void },
  ): Promise<PassSummary[]> {
    const passes: PassSummary[] = [];
    const nextDue = new Map<string, number>();
    for (;;) {
      const now = this.now();
      const due = feeds.filter((f) => (nextDue.get(f) ?? -Infinity) <= now);
      const summary = await this.poll(due, (feed, outcome, retryAt) => {
        const regular = this.now() + opts.every;
        nextDue.set(
          feed,
          outcome === 'failed' || outcome === 'waiting'
            ? Math.max(retryAt ?? regular, this.now())
            : regular,
        );
      });
      passes.push(summary);
      if (passes.length > 100) passes.shift(); // a long run keeps the last hundred
      opts.onPass?.(summary);
      if (opts.once || this.o.signal?.aborted) return passes;
      const wake = Math.min(...feeds.map((f) => nextDue.get(f) ?? this.now()));
      await sleep(Math.max(Math.min(1000, opts.every), wake - this.now()), this.o.signal);
      if (this.o.signal?.aborted) return passes;
    }
  }

  /** One pass over `feeds`: each is polled unless it is backing off. */
  async poll(
    feeds: readonly string[],
    onFeed?: (feed: string, outcome: FeedOutcome, retryAt: number | null) => void,
  ): Promise<PassSummary> {
    const summary: PassSummary = {
      feeds: feeds.length,
      notModified: 0,
      failed: 0,
      waiting: 0,
      items: 0,
      stored: 0,
      duplicates: 0,
      itemFailures: 0,
    };
    this.pages = new Map();
    const queue = [...feeds];
    const worker = async () => {
      for (let feed = queue.shift(); feed !== undefined; feed = queue.shift()) {
        if (this.o.signal?.aborted) return;
        let polled: { outcome: FeedOutcome; retryAt: number | null };
        try {
          polled = await this.pollFeed(feed, summary);
        } catch (err) {
          // the state could not be read or saved (the database): this feed only, next pass again
          this.o.report({ kind: 'failed', where: feed, message: `watch state: ${oneLine(err)}` });
          polled = { outcome: 'failed', retryAt: null };
        }
        const { outcome, retryAt } = polled;
        if (outcome === 'not-modified') summary.notModified++;
        else if (outcome === 'failed') summary.failed++;
        else if (outcome === 'waiting') summary.waiting++;
        onFeed?.(feed, outcome, retryAt);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.o.concurrency) }, worker));
    return summary;
  }

  private async pollFeed(
    url: string,
    summary: PassSummary,
  ): Promise<{ outcome: FeedOutcome; retryAt: number | null }> {
    const before = await this.state.feed(url);
    const retryAt = before.retryAt ? Date.parse(before.retryAt) : null;
    if (retryAt !== null && retryAt > this.now()) return { outcome: 'waiting', retryAt };
    try {
      const headers: Record<string, string> = { accept: FEED_ACCEPT };
      if (before.etag) headers['if-none-match'] = before.etag;
      if (before.lastModified) headers['if-modified-since'] = before.lastModified;
      const got = await politeGet(url, {
        limits: this.limits,
        gate: this.gate,
        headers,
        check: (u) => this.robots.refusal(u),
        signal: this.o.signal,
      });
      const success: FeedState = {
        ...before,
        failures: 0,
        retryAt: null,
        lastError: null,
        lastSuccess: new Date(this.now()).toISOString(),
      };
      if (got.status === 304) {
        await this.state.saveFeed(url, success);
        return { outcome: 'not-modified', retryAt: null };
      }
      const decoded = decode(got);
      if ('error' in decoded) throw new FetchProblem(decoded.error, false);
      const read = feedItems(decoded.text, url, this.o.today, got.url);
      if ('problem' in read) throw new FetchProblem(read.problem, false);
      const complete = await this.takeItems(url, read.items, summary);
      // with items left for later, the next poll must read the feed whole, not get a 304
      await this.state.saveFeed(url, {
        ...success,
        etag: complete ? got.headers.get('etag') : null,
        lastModified: complete ? got.headers.get('last-modified') : null,
      });
      return { outcome: 'ok', retryAt: null };
    } catch (err) {
      if (this.o.signal?.aborted) return { outcome: 'stopped', retryAt: null };
      const message = oneLine(err);
      const failures = before.failures + 1;
      let wait = backoff(failures, this.o.backoffMs);
      if (err instanceof FetchProblem && err.retryAfterMs !== null)
        wait = Math.min(MAX_BACKOFF, Math.max(wait, err.retryAfterMs));
      const next = this.now() + wait;
      await this.state.saveFeed(url, {
        ...before,
        failures,
        retryAt: new Date(next).toISOString(),
        lastError: message,
      });
      this.o.report({
        kind: 'failed',
        where: url,
        message: `${message} (failure ${failures}; next try in ${duration(wait)})`,
      });
      return { outcome: 'failed', retryAt: next };
    }
  }

  /**
   * Fetches what the new items need, stores them, and marks them done. False when some new
   * item is left for the next poll (over maxItems, or its page is to be tried again).
   */
  private async takeItems(url: string, items: FeedItem[], summary: PassSummary): Promise<boolean> {
    const known = await this.state.items(
      url,
      items.map((i) => i.key),
    );
    const fresh: FeedItem[] = [];
    const keys = new Set<string>();
    for (const item of items) {
      if (known.get(item.key)?.done || keys.has(item.key)) continue;
      keys.add(item.key);
      fresh.push(item);
    }
    const taken = fresh.slice(0, this.o.maxItems);
    let complete = taken.length === fresh.length;
    summary.items += taken.length;
    const states = new Map<string, ItemState>();
    const articles: { item: FeedItem; article: RawArticle; page: string | null }[] = [];
    for (const item of taken) {
      if (this.o.signal?.aborted) return false;
      const attempts = known.get(item.key)?.attempts ?? 0;
      const got = await this.articleOf(url, item, attempts);
      if ('retry' in got) {
        complete = false;
        states.set(item.key, {
          done: false,
          record: null,
          attempts: attempts + 1,
          error: got.retry,
        });
        continue;
      }
      if ('record' in got) {
        summary.duplicates++;
        states.set(item.key, { done: true, record: got.record, attempts, error: null });
        continue;
      }
      if ('problem' in got) {
        summary.itemFailures++;
        this.o.report(got.problem);
        states.set(item.key, { done: true, record: null, attempts, error: got.problem.message });
        continue;
      }
      for (const article of got.articles) articles.push({ item, article, page: got.page });
    }
    const outcomes = await this.sink(articles.map((a) => a.article));
    const pages = new Map<string, string>();
    outcomes.forEach((outcome, i) => {
      const { item, page } = articles[i]!;
      // an item of several parts keeps its first part's record; a part that fails is reported
      const first = !states.has(item.key);
      if ('error' in outcome) {
        summary.itemFailures++;
        this.o.report({ kind: 'failed', where: `${url}:${item.n}`, message: outcome.error });
        if (first)
          states.set(item.key, { done: true, record: null, attempts: 0, error: outcome.error });
        return;
      }
      if (outcome.added) summary.stored++;
      else summary.duplicates++;
      if (first) states.set(item.key, { done: true, record: outcome.id, attempts: 0, error: null });
      if (page && !pages.has(page)) pages.set(page, outcome.id);
    });
    await this.state.savePages(pages);
    await this.state.saveItems(url, states);
    return complete;
  }

  /**
   * The article for one item: the feed's own text, or its page's. `retry` when the page failed
   * for a reason that may pass and tries remain; `record` when the page was stored before.
   */
  private async articleOf(
    feedUrl: string,
    item: FeedItem,
    attempts: number,
  ): Promise<
    | { articles: RawArticle[]; page: string | null }
    | { problem: IngestProblem }
    | { retry: string }
    | { record: string }
  > {
    const where = `${feedUrl}:${item.n}`;
    const own = item.read;
    if (!item.summaryOnly || item.link === null)
      return 'article' in own
        ? { articles: [own.article, ...item.more], page: null }
        : { problem: own.problem };
    /** the page could not be read: store the feed's summary, or fail the item without one */
    const fallback = (why: string) => {
      if ('article' in own) {
        this.o.report({
          kind: 'skipped',
          where,
          message: `article page not read (${why}); the feed's summary is stored instead`,
        });
        return { articles: [own.article, ...item.more], page: null };
      }
      return {
        problem: {
          kind: 'failed' as const,
          where,
          message: `article page not read (${why}), and the item has no text of its own (${own.problem.message})`,
        },
      };
    };
    const refused = refusedUrl(item.link);
    if (refused) return fallback(`link refused: ${refused}`);
    const link = new URL(item.link);
    link.hash = '';
    const stored = await this.state.page(link.href);
    if (stored) return { record: stored };
    let got: Fetched;
    try {
      // one request per page and pass, when items of several feeds link it
      let fetching = this.pages.get(link.href);
      if (!fetching) {
        fetching = politeGet(link.href, {
          limits: this.limits,
          gate: this.gate,
          headers: { accept: PAGE_ACCEPT },
          check: (u) => this.robots.refusal(u),
          signal: this.o.signal,
        });
        fetching.catch(() => undefined);
        this.pages.set(link.href, fetching);
      }
      got = await fetching;
    } catch (err) {
      const why = oneLine(err);
      if (err instanceof FetchProblem && err.transient && attempts + 1 < this.o.pageAttempts) {
        this.o.report({
          kind: 'skipped',
          where,
          message: `article page ${link.href}: ${why} (try ${attempts + 1} of ${this.o.pageAttempts}; tried again next poll)`,
        });
        return { retry: why };
      }
      return fallback(why);
    }
    const type = got.headers.get('content-type') ?? '';
    if (type && !/\b(?:text\/html|application\/xhtml\+xml)\b/i.test(type))
      return fallback(`not an HTML page (${type.split(';')[0]!.trim()})`);
    const read = readBytes(got.body, got.url, {
      format: 'html',
      encoding: charsetOf(got),
      today: this.o.today,
    });
    const [first] = read;
    if (!first || !('article' in first))
      return fallback(first ? first.problem.message : 'empty page');
    // every part of a page longer than one article (src/ingest/split.ts)
    const today = todayOf({ today: this.o.today });
    const articles: RawArticle[] = [];
    for (const r of read) {
      if (!('article' in r)) continue;
      const merged = vet({ article: withPage(item, r.article) }, today);
      if ('problem' in merged) return { problem: { ...merged.problem, where } };
      articles.push(merged.article);
    }
    return { articles, page: link.href };
  }

  private sink(articles: readonly RawArticle[]): Promise<SinkOutcome[]> {
    if (articles.length === 0) return Promise.resolve([]);
    const run = this.sinking.then(() => this.o.sink(articles));
    this.sinking = run.catch(() => undefined);
    return run;
  }
}

/** A fetched body as text: the charset the server or the document declares, else UTF-8. */
function decode(got: Fetched): { text: string } | { error: string } {
  const decoded = decodeText(got.body, charsetOf(got) ?? 'utf-8');
  return 'error' in decoded ? { error: decoded.error } : decoded;
}

/** The charset from Content-Type, else from an XML declaration or <meta charset>; known labels only. */
export function charsetOf(got: Pick<Fetched, 'headers' | 'body'>): string | undefined {
  const header = /charset=["']?([\w.:-]{1,40})/i.exec(got.headers.get('content-type') ?? '')?.[1];
  const head = got.body.subarray(0, 2048).toString('latin1');
  const declared =
    header ??
    /^<\?xml[^>]{0,200}encoding=["']([\w.:-]{1,40})["']/.exec(head)?.[1] ??
    /<meta[^>]{0,200}charset=["']?([\w.:-]{1,40})/i.exec(head)?.[1];
  if (!declared) return undefined;
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return undefined;
  }
}

/** An error's message on one line, cut to a readable length. */
function oneLine(err: unknown): string {
  const s = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

function duration(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3600_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round((ms / 3600_000) * 10) / 10} h`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
