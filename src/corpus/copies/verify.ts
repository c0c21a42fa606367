/**
 * Whether two fingerprints are copies, and how alike they are: the same exact key; or, for
 * texts with signatures, a Jaccard of their shingles at or above the threshold for their
 * lengths (minhash.ts). When either text is short the Jaccard is exact, from the kept
 * shingles (a long partner cannot reach the short threshold), and their figures must be the
 * same (a short text's numbers are most of its news); otherwise the signatures estimate it. Symmetric, so the pairs linked do not depend on which record came first.
 */
import type { Fingerprint } from './fingerprint.js';
import { SHORT, similarity, thresholdFor } from './minhash.js';

export interface Verdict {
  copy: boolean;
  exact: boolean;
  /** 1 for an exact copy; else the exact or estimated shingle Jaccard */
  similarity: number;
  /** how the similarity was measured */
  measure: 'exact-key' | 'kept-shingles' | 'minhash' | 'none';
}

/** |a ∩ b| / |a ∪ b| of two ascending arrays of distinct values */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

export function verify(a: Fingerprint, b: Fingerprint): Verdict {
  if (a.exact !== null && a.exact === b.exact) {
    return { copy: true, exact: true, similarity: 1, measure: 'exact-key' };
  }
  if (!a.sig || !b.sig) return { copy: false, exact: false, similarity: 0, measure: 'none' };
  const needed = thresholdFor(a.shingles, b.shingles);
  if (Math.min(a.shingles, b.shingles) < SHORT) {
    if (a.kept && b.kept) {
      const sim = jaccard(a.kept, b.kept);
      const copy = sim >= needed && a.figures === b.figures;
      return { copy, exact: false, similarity: sim, measure: 'kept-shingles' };
    }
    // one side too long to reach the short threshold: an estimate, never a copy
    return { copy: false, exact: false, similarity: similarity(a.sig, b.sig), measure: 'minhash' };
  }
  const sim = similarity(a.sig, b.sig);
  return { copy: sim >= needed, exact: false, similarity: sim, measure: 'minhash' };
}
