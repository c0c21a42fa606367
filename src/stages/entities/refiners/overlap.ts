/**
 * Overlap removal. Mentions live in two lanes: names (names, acronyms, demonyms) and nominal
 * phrases ("Ukrainian troops"), so a demonym inside a group phrase stays a mention of its
 * country. Within a lane the longer span wins, then the higher priority, then the earlier.
 * A guessed name made only of words the lexicon already explains ("Russian-Ukrainian") is
 * dropped first. A country or known region named inside a longer name (an organisation's, an event's, a person's title) ("US
 * President Barack Obama") is kept as well.
 */
import type { Token } from '../../../core/record.js';
import type { Candidate } from '../types.js';

export function removeOverlaps(cands: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const known = new Set<number>();
  for (const c of cands)
    if (!c.guessed && c.form !== 'nominal') for (let k = c.first; k <= c.last; k++) known.add(k);
  const kept = cands.filter((c) => {
    if (!c.guessed) return true;
    for (let k = c.first; k <= c.last; k++) {
      if (!known.has(k) && /[\p{L}\p{N}]/u.test(tokens[k]?.text ?? '')) return true;
    }
    return false;
  });
  const out: Candidate[] = [];
  for (const lane of [false, true]) {
    const list = kept
      .filter((c) => (c.form === 'nominal') === lane)
      .sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
      );
    const taken: Candidate[] = [];
    // token index -> index in `taken` + 1 (0: free), so checks cost the span's length
    const owner = new Int32Array(tokens.length + 1);
    for (const c of list) {
      const seen = new Set<number>();
      for (let k = c.first; k <= c.last; k++) if (owner[k]) seen.add((owner[k] as number) - 1);
      const clash = [...seen].map((x) => taken[x] as Candidate);
      // a country named inside an organisation's name stays a mention of the country
      // ("Government of Iraq", "Armed Forces of Ukraine")
      const nested =
        clash.length > 0 &&
        (c.type === 'country' || (c.type === 'place' && !c.guessed && c.priority >= 2)) &&
        c.form !== 'demonym' &&
        clash.every(
          (t) =>
            t.type !== 'country' &&
            t.type !== 'place' &&
            t.form !== 'demonym' &&
            t.start <= c.start &&
            c.end <= t.end &&
            c.end - c.start < t.end - t.start,
        );
      if (clash.length > 0 && !nested) continue;
      taken.push(c);
      if (!nested) for (let k = c.first; k <= c.last; k++) owner[k] = taken.length;
    }
    out.push(...taken);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
