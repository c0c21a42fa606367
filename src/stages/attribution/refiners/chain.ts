/**
 * Chains: an attribution reported through another gets `via`. B is via A when B's cue lies
 * inside A's content ("Clinton said she thinks ...") or B is a "citing Y" inside A's frame
 * ("the NYT reports, citing officials"). The innermost enclosing attribution wins.
 */
import type { Attribution } from '../../../core/record.js';

export function linkChains(atts: readonly Attribution[]): Attribution[] {
  return atts.map((b) => {
    let via: Attribution | null = null;
    for (const a of atts) {
      if (a === b) continue;
      const inside = a.content.start <= b.cue.start && b.cue.end <= a.content.end;
      const nested = b.nested === true && a.content.start === b.content.start && a.cue.end <= b.cue.start && b.cue.start - a.cue.end < 80;
      if (!inside && !nested) continue;
      if (!via || a.content.end - a.content.start < via.content.end - via.content.start) via = a;
    }
    return via ? { ...b, via: via.id } : b;
  });
}
