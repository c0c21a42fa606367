/**
 * Politeness per host: one request at a time to a host, and at least `delayMs` between the
 * end of one and the start of the next (longer when the host's robots.txt asks for a
 * Crawl-delay). Feeds on different hosts are fetched side by side.
 *
 * @example
 * const gate = new HostGate(1000);
 * const res = await gate.use('example.org', () => fetch('https://example.org/feed.xml'));
 */
export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  constructor(
    /** the default pause between two requests to one host, in ms */
    readonly delayMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A longer pause for one host (its robots.txt Crawl-delay), never shorter than the default. */
  setDelay(host: string, ms: number): void {
    this.delays.set(host, Math.max(this.delayMs, ms));
  }

  delayOf(host: string): number {
    return this.delays.get(host) ?? this.delayMs;
  }

  /** Runs `fn` when it is this host's turn; the next request to the host waits for it. */
  async use<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = before.then(() => mine);
    this.tails.set(host, tail);
    await before;
    try {
      const last = this.lastEnd.get(host);
      const wait = last === undefined ? 0 : last + this.delayOf(host) - this.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return await fn();
    } finally {
      this.lastEnd.set(host, this.now());
      release();
      if (this.tails.get(host) === tail) this.tails.delete(host);
    }
  }
}
