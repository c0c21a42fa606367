/**
 * Spans sorted once for range queries, so that a stage asking "what lies inside this claim"
 * or "which mention covers this word" for each of its items costs a binary search and the
 * answers, not a pass over the whole layer: per-item passes made the claims and attribution
 * stages quadratic in the article's length (a 2 MB text spent 22 s in claims).
 *
 * @example
 * const index = new SpanIndex([{ start: 4, end: 9, value: 'e1' }]);
 * index.within(0, 20);      // [{ start: 4, end: 9, value: 'e1' }]
 * index.overlapping(5, 6);  // the same item
 */

export interface Indexed<T> {
  start: number;
  end: number;
  value: T;
  /** position in the list given to the constructor (ties keep that order) */
  order: number;
}

export class SpanIndex<T> {
  private readonly items: Indexed<T>[];
  /** maxEnd[i]: the largest end among items[0..i] */
  private readonly maxEnd: number[];

  constructor(spans: Iterable<{ start: number; end: number; value: T }>) {
    const items: Indexed<T>[] = [];
    for (const s of spans)
      items.push({ start: s.start, end: s.end, value: s.value, order: items.length });
    items.sort((a, b) => a.start - b.start || a.order - b.order);
    this.items = items;
    this.maxEnd = new Array<number>(items.length);
    let max = -Infinity;
    for (let i = 0; i < items.length; i++) {
      max = Math.max(max, (items[i] as Indexed<T>).end);
      this.maxEnd[i] = max;
    }
  }

  /** index of the first item starting at or after `at` */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid] as Indexed<T>).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Items with start <= item.start and item.end <= end, in start order. */
  within(start: number, end: number): Indexed<T>[] {
    const out: Indexed<T>[] = [];
    for (let i = this.firstFrom(start); i < this.items.length; i++) {
      const x = this.items[i] as Indexed<T>;
      if (x.start > end) break;
      if (x.end <= end) out.push(x);
    }
    return out;
  }

  /** Items sharing at least one character with [start, end) (item.start < end && start < item.end). */
  overlapping(start: number, end: number): Indexed<T>[] {
    const out: Indexed<T>[] = [];
    for (let i = this.firstFrom(end) - 1; i >= 0 && (this.maxEnd[i] as number) > start; i--) {
      const x = this.items[i] as Indexed<T>;
      if (x.end > start) out.push(x);
    }
    return out.reverse();
  }

  /** Items covering the character at `at` (item.start <= at < item.end). */
  covering(at: number): Indexed<T>[] {
    return this.overlapping(at, at + 1);
  }
}

/**
 * One index per list, built on first use: the same entities layer is asked about by several
 * refiners in a run. Keyed weakly on the list, which stages never mutate.
 */
export function memoIndex<L extends object, T>(
  cache: WeakMap<L, SpanIndex<T>>,
  list: L,
  spans: (list: L) => Iterable<{ start: number; end: number; value: T }>,
): SpanIndex<T> {
  let index = cache.get(list);
  if (!index) {
    index = new SpanIndex(spans(list));
    cache.set(list, index);
  }
  return index;
}
