/**
 * Stable 64-bit ids. Every id in the graph is `hash64(key)` of a documented key string
 * (docs/schema.md). The hash is a two-lane multiplicative hash over the key's UTF-16 code units
 * (the "cyrb64" construction): fast in JS without BigInt, and well mixed for non-adversarial keys.
 * The result is written as a signed int64 (BIGINT in Parquet/DuckDB).
 */

/** Scratch output of {@link hash64}: the high and low 32-bit halves. */
export const H = { hi: 0, lo: 0 };

/** Hashes `key` into `H.hi`/`H.lo` (no allocation). */
export function hash64(key: string): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  H.hi = h2 | 0;
  H.lo = h1 | 0;
}

/** The two lanes of {@link hash64} after some prefix of a key: lets many keys share the prefix's work. */
export interface HashPrefix {
  readonly h1: number;
  readonly h2: number;
}

/** The state of hash64 after the code units of `prefix` (not finalised). */
export function hashPrefix(prefix: string): HashPrefix {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return { h1, h2 };
}

/** Hashes `prefix + suffix` into `H.hi`/`H.lo`, given `p = hashPrefix(prefix)`: the same as hash64(prefix + suffix). */
export function hash64After(p: HashPrefix, suffix: string): void {
  let h1 = p.h1;
  let h2 = p.h2;
  for (let i = 0; i < suffix.length; i++) {
    const c = suffix.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  H.hi = h2 | 0;
  H.lo = h1 | 0;
}

/** An id as a pair of 32-bit halves (what the extractor passes around). */
export interface Id64 {
  readonly hi: number;
  readonly lo: number;
}

export function id64(key: string): Id64 {
  hash64(key);
  return { hi: H.hi, lo: H.lo };
}

/** The id as a BigInt (signed int64), for tests and reports. */
export function idToBigInt(id: Id64): bigint {
  return (BigInt(id.hi) << 32n) | BigInt(id.lo >>> 0);
}

/** The key-string form of an id, used inside other keys (decimal int64, as SQL prints it). */
export function idToKey(id: Id64): string {
  return idToBigInt(id).toString();
}

/**
 * `file_id` of a repository-relative POSIX path: hash64(path), or hash64(repoId + "\u0000" + path)
 * when the state is salted with a repository id.
 */
export function fileIdOf(path: string, repoId: string | null): Id64 {
  return id64(repoId ? `${repoId}\u0000${path}` : path);
}
