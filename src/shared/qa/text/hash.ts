/**
 * cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). Finding ids only need to be
 * stable and practically collision-free within one project, not cryptographic.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** The hash as 14 hex digits. */
export function hashHex(text: string): string {
  return hash53(text).toString(16).padStart(14, '0')
}

/** `hash53(text.slice(start, end))` without making the slice. */
export function spanHash(text: string, start: number, end: number): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** `word === text.slice(start, end)`, without the slice. */
export function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let k = 0; k < word.length; k++)
    if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}
