/**
 * Chains: an attribution reported through another gets `via`. B is via A when B's cue lies
 * inside A's content ("Clinton said she thinks ...") or B is a "citing Y" inside A's frame
 * ("the NYT reports, citing officials"). The innermost enclosing attribution wins.
 */
import type { Attribution } from '../../../core/record.js';

/** how far (in characters) an enclosing content may start before the cue it holds */
const MAX_CONTENT = 5000;
/** enclosing candidates looked at per attribution */
const MAX_CANDIDATES = 64;

export function linkChains(atts: readonly Attribution[]): Attribution[] {
  const byStart = [...atts].sort((x, y) => x.content.start - y.content.start);
  return atts.map((b) => {
    let via: Attribution | null = null;
    // binary search: last attribution whose content starts at or before b's cue
    let lo = 0;
    let hi = byStart.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid]?.content.start ?? 0) <= b.cue.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // scanning back from the latest start, the first enclosing content is the innermost
    for (let i = at; i >= 0 && at - i < MAX_CANDIDATES; i--) {
      const a = byStart[i];
      if (!a) continue;
      if (b.cue.start - a.content.start > MAX_CONTENT) break;
      if (via && a.content.start < via.content.start) break;
      if (a === b) continue;
      const inside = a.content.start <= b.cue.start && b.cue.end <= a.content.end;
      const nested =
        b.nested === true &&
        a.content.start === b.content.start &&
        a.cue.end <= b.cue.start &&
        b.cue.start - a.cue.end < 80;
      if (!inside && !nested) continue;
      if (!via || a.content.end - a.content.start < via.content.end - via.content.start) via = a;
    }
    return via ? { ...b, via: via.id } : b;
  });
}
