/**
 * What the copies stage keeps of one record (the `copies:sig` row): its publication date (to
 * pick a group's original without reading records), its exact key, its shingle count and its
 * MinHash signature (null below MIN_SHINGLES: such texts are matched exactly only), and for
 * short texts (under KEPT shingles) the shingles themselves, for an exact Jaccard (verify.ts).
 */
import type { SitrepRecord } from '../../core/record.js';
import {
  KEPT,
  MIN_SHINGLES,
  VERSION,
  bandKeys,
  decodeHashes,
  decodeSignature,
  encodeSignature,
  shingles,
  signature,
} from './minhash.js';
import { exactKeyOf, figuresOf, paragraphHashes } from './normalise.js';

export interface Fingerprint {
  id: string;
  published: string | null;
  exact: string | null;
  shingles: number;
  sig: Uint32Array | null;
  /** the LSH bucket keys of `sig` (none without one) */
  buckets: string[];
  /** the shingle hashes, ascending, of a text with a signature and under KEPT shingles */
  kept: Uint32Array | null;
  /** the numbers of a text with kept shingles (normalise.ts figuresOf), else null */
  figures: string | null;
}

/** the stored form of a fingerprint (`copies:sig` value) */
export interface SigValue {
  v: number;
  published: string | null;
  exact: string | null;
  shingles: number;
  sig: string | null;
  kept?: string | null;
  figures?: string | null;
}

/** null for a record without an id or a text (bad input is skipped, never thrown) */
export function fingerprint(
  record: Pick<SitrepRecord, 'id' | 'text' | 'published'>,
): Fingerprint | null {
  if (typeof record.id !== 'string' || record.id === '' || typeof record.text !== 'string') {
    return null;
  }
  const paragraphs = paragraphHashes(record.text);
  const hashes = shingles(paragraphs);
  const sig = hashes.length >= MIN_SHINGLES ? signature(hashes) : null;
  const published = typeof record.published === 'string' ? record.published : null;
  return {
    id: record.id,
    published,
    exact: exactKeyOf(paragraphs),
    shingles: hashes.length,
    sig,
    buckets: sig ? bandKeys(sig) : [],
    kept: sig && hashes.length < KEPT ? hashes : null,
    figures: sig && hashes.length < KEPT ? figuresOf(record.text) : null,
  };
}

export function toValue(f: Fingerprint): SigValue {
  return {
    v: VERSION,
    published: f.published,
    exact: f.exact,
    shingles: f.shingles,
    sig: f.sig ? encodeSignature(f.sig) : null,
    kept: f.kept ? encodeSignature(f.kept) : null,
    figures: f.figures,
  };
}

export function fromValue(id: string, value: unknown): Fingerprint | null {
  const v = value as Partial<SigValue> | null;
  if (!v || v.v !== VERSION) return null;
  return {
    id,
    published: v.published ?? null,
    exact: v.exact ?? null,
    shingles: v.shingles ?? 0,
    sig: typeof v.sig === 'string' ? decodeSignature(v.sig) : null,
    buckets: [],
    kept: typeof v.kept === 'string' ? decodeHashes(v.kept) : null,
    figures: typeof v.figures === 'string' ? v.figures : null,
  };
}

export const bucketsOf = (f: Fingerprint): string[] => f.buckets;
