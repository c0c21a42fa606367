/**
 * MinHash signatures over word shingles, with LSH bands, written out so that a signature
 * computed today compares with one computed on another machine next year: the hash family is
 * fixed (murmur3's 32-bit finaliser over the shingle hash XOR a per-row seed), and the seeds
 * come from a fixed generator (mulberry32 from SEED). Changing K, ROWS, BANDS or SEED changes
 * every signature: bump VERSION with them (it is stored beside each signature).
 *
 * Why these numbers:
 * - K = 3 words per shingle, within a paragraph. A copy with 10% of its words replaced keeps
 *   0.9^3 = 73% of its 3-shingles (Jaccard about 0.57); with 5-word shingles only 59% survive
 *   (Jaccard about 0.42), close to where estimates get noisy. Unrelated articles on the same
 *   topic still share only a few per cent of their 3-shingles.
 * - 126 rows in 42 bands of 3: two texts become candidates with probability
 *   1 - (1 - J^3)^42: 0.9998 at J = 0.57, 0.99 at J = 0.4, 0.68 at J = 0.3 (a copy that far
 *   off is usually caught through its other copies), 0.005 at J = 0.05.
 * - THRESHOLD = 0.3 estimated Jaccard (standard error about 0.04 at J = 0.3): a copy keeps about
 *   80% of its words in place; same-topic articles stay far below.
 * - MIN_SHINGLES = 12 distinct shingles (about 14 words): below that (headlines, one-liners) two
 *   texts share too few shingles for a Jaccard to mean anything, so only exact copies count.
 * - SHORT = 40 shingles, SHORT_THRESHOLD = 0.7: when either text is that short (a long headline,
 *   a one-paragraph brief), one changed figure or place is most of the difference: a 15-word
 *   headline with one number changed keeps 10 of its 13 shingles (Jaccard about 0.6), and
 *   templated live-blog headlines ("It's just after 8 p.m. in Kyiv. Here's what you need to
 *   know") are alike at 0.55-0.65 (CNN war headlines workload). Such pairs stay apart; a
 *   re-worded headline ("UK to provide" / "UK will provide", 0.74) or a title dropped from a
 *   title + summary (0.75-0.85) is still a copy. For such pairs the signature's noise (standard
 *   error 0.04 at 0.6) matters, so their Jaccard is computed exactly (verify.ts) from the
 *   shingles kept with each text under KEPT = 64 shingles: a text under SHORT can reach 0.7
 *   only with one under SHORT / 0.7 = 57. Their figures must also agree: "2 residential
 *   buildings hit in Kyiv ..." and "3 residential buildings ..." share 0.86 of their shingles.
 */

import { fmix32 } from './hash.js';

export const VERSION = 1;
export const K = 3;
export const BANDS = 42;
export const ROWS = 3;
export const PERMUTATIONS = BANDS * ROWS;
export const THRESHOLD = 0.3;
export const MIN_SHINGLES = 12;
export const SHORT = 40;
export const SHORT_THRESHOLD = 0.7;
export const KEPT = 64;
/** 'sitr' */
export const SEED = 0x73697472;

/** mulberry32: the fixed seed list of the hash family */
function seeds(seed: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
}

export const ROW_SEEDS: Readonly<Uint32Array> = seeds(SEED, PERMUTATIONS);

/**
 * The distinct K-word shingles of the paragraphs (their words' hashes, normalise.ts), as 32-bit hashes in ascending order. A
 * paragraph shorter than K words is one shingle of its words.
 */
export function shingles(paragraphs: readonly (readonly number[])[]): Uint32Array {
  let total = 0;
  for (const hashes of paragraphs) total += Math.max(1, hashes.length - K + 1);
  const out = new Uint32Array(total);
  let n = 0;
  for (const hashes of paragraphs) {
    const last = Math.max(0, hashes.length - K);
    for (let i = 0; i <= last; i++) {
      let h = 0;
      for (let j = i; j < i + K && j < hashes.length; j++) {
        h = fmix32((Math.imul(h, 0x9e3779b1) ^ (hashes[j] as number)) >>> 0);
      }
      out[n++] = h;
    }
  }
  out.sort();
  // distinct values, in place
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i] as number;
  return out.slice(0, m);
}

/**
 * the MinHash signature: per row, the least hash of any shingle under that row's seed
 * (row by row, the mixing written inline: this loop is most of the signature's time). The
 * loop stays in int32: the unsigned order of two hashes is the signed order of the hashes
 * with their top bit flipped, so no value is widened to a double until the row's minimum.
 */
export function signature(shingleHashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS);
  const n = shingleHashes.length;
  const values = new Int32Array(shingleHashes.buffer, shingleHashes.byteOffset, n);
  for (let i = 0; i < PERMUTATIONS; i++) {
    const seed = (ROW_SEEDS[i] as number) | 0;
    let min = 0x7fffffff;
    for (let s = 0; s < n; s++) {
      // fmix32(x ^ seed), top bit flipped
      let h = (values[s] as number) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h ^= 0x80000000;
      if (h < min) min = h;
    }
    sig[i] = (min ^ 0x80000000) >>> 0;
  }
  return sig;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * one bucket key per band: "<band>:<hash of its rows, 8 hex>". A 32-bit hash keeps the rows
 * short; two different bands meet by chance once in 4 billion, and the signature check
 * after the lookup drops such a pair.
 */
export function bandKeys(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < ROWS; r++)
      h = fmix32((Math.imul(h, 0x9e3779b1) ^ (sig[b * ROWS + r] as number)) >>> 0);
    out.push(`${b}:${hex8(h)}`);
  }
  return out;
}

/** the estimated Jaccard similarity: the share of rows where the two signatures agree */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/** the similarity two texts of these shingle counts need to be copies */
export function thresholdFor(shinglesA: number, shinglesB: number): number {
  return Math.min(shinglesA, shinglesB) < SHORT ? SHORT_THRESHOLD : THRESHOLD;
}

export function encodeSignature(sig: Uint32Array): string {
  let out = '';
  for (const v of sig) out += hex8(v);
  return out;
}

/** 32-bit values from their hex (signatures, kept shingles); null when malformed */
export function decodeHashes(hex: string, length = hex.length / 8): Uint32Array | null {
  if (hex.length !== length * 8 || !Number.isInteger(length)) return null;
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}

export const decodeSignature = (hex: string): Uint32Array | null => decodeHashes(hex, PERMUTATIONS);
