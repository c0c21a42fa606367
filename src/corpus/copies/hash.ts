/** The 32-bit mixing the copies stage hashes with (murmur3's finaliser, fixed forever). */

/** murmur3 fmix32: a bijection on 32-bit integers that mixes every bit */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
