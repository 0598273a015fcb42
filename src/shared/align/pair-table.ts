/**
 * Which anchors a source and a target segment share, for the pairs a DP over a band looks at, kept as
 * two bit masks per pair: bit k of the source mask is set when anchor k of the source segment has a
 * key in the target segment, and the other way round.
 *
 * Most pairs share nothing, so only the others are stored, row by row (sorted by target): they are
 * found through an index from each key to the target segments that have it, so the cost follows
 * the number of matches rather than the size of the band. A bead ending in cell (i, j) covers source
 * segments up to `reach` rows back and target segments up to `reach` columns back, so row s looks
 * at columns lo[s + 1] − reach .. hi[s + reach] − 1. A pair outside that (a posterior corridor may
 * stray) is compared on the spot.
 */
import type { Band } from './band'
import type { SideAnchors } from './anchors/features'
import type { BeadShape } from './cost-model'

export class PairTable {
  /** Target segments (and the anchor there) that have each key, in target order. */
  private readonly postingStart: Int32Array
  private readonly postingSegment: Int32Array
  private readonly postingAnchor: Uint8Array

  /** Columns row s was searched over; pairs with something shared, row after row. */
  private rowLo = new Int32Array(0)
  private rowHi = new Int32Array(0)
  private rowStart = new Int32Array(1)
  private pairTarget = new Int32Array(0)
  private pairSourceMask = new Int32Array(0)
  private pairTargetMask = new Int32Array(0)

  /** The band last covered, and for each of its cells whether a bead ending there can share anything. */
  private band: Band | undefined
  private sharing = new Uint8Array(0)

  /** Bead shapes, and the widest side of any (the window a cell looks at is reach × reach). */
  private readonly shapeSource: Int32Array
  private readonly shapeTarget: Int32Array
  private readonly reach: number
  /** Scratch of `foundGains`, at x · reach + y: masks of pair (i − 1 − x, j − 1 − y). */
  private readonly sourceWindow: Int32Array
  private readonly targetWindow: Int32Array
  /**
   * Scratch: sourceGain[x · (reach + 1) + b] is what anchors of source segment i − 1 − x found in
   * target segments j − b .. j − 1 are worth; targetGain[y · (reach + 1) + a] the other way round.
   */
  private readonly sourceGain: Float64Array
  private readonly targetGain: Float64Array
  /** Result of the last `compare` (reused: no allocation in the DP). */
  private sourceMask = 0
  private targetMask = 0
  private beadSource = new Int32Array(4)
  private beadTarget = new Int32Array(4)

  constructor(
    readonly source: SideAnchors,
    readonly target: SideAnchors,
    keyCount: number,
    shapes: readonly BeadShape[]
  ) {
    this.shapeSource = Int32Array.from(shapes, (shape) => shape.source)
    this.shapeTarget = Int32Array.from(shapes, (shape) => shape.target)
    this.reach = Math.max(1, ...this.shapeSource, ...this.shapeTarget)
    this.sourceWindow = new Int32Array(this.reach * this.reach)
    this.targetWindow = new Int32Array(this.reach * this.reach)
    this.sourceGain = new Float64Array(this.reach * (this.reach + 1))
    this.targetGain = new Float64Array(this.reach * (this.reach + 1))
    const keys = target.entryKey
    const postingStart = new Int32Array(keyCount + 1)
    for (let e = 0; e < keys.length; e++) postingStart[keys[e]! + 1]!++
    for (let k = 0; k < keyCount; k++) postingStart[k + 1]! += postingStart[k]!
    const filled = postingStart.slice(0, keyCount)
    const postingSegment = new Int32Array(keys.length)
    const postingAnchor = new Uint8Array(keys.length)
    for (let t = 0; t < target.count; t++) {
      for (let e = target.entryStart[t]!; e < target.entryStart[t + 1]!; e++) {
        const at = filled[keys[e]!]!++
        postingSegment[at] = t
        postingAnchor[at] = target.entryAnchor[e]!
      }
    }
    this.postingStart = postingStart
    this.postingSegment = postingSegment
    this.postingAnchor = postingAnchor
  }

  /** Finds the pairs with something shared among those a DP over `band` will look at. */
  cover(band: Band): void {
    if (band === this.band) return
    const n = this.source.count
    const m = this.target.count
    const reach = this.reach
    const rowLo = new Int32Array(n)
    const rowHi = new Int32Array(n)
    const rowStart = new Int32Array(n + 1)
    const targets: number[] = []
    const sourceMasks: number[] = []
    const targetMasks: number[] = []
    // Scratch for one row: masks by column − rowLo, and the columns touched.
    let scratchSource = new Int32Array(64)
    let scratchTarget = new Int32Array(64)
    const touched: number[] = []
    const { entryStart, entryKey, entryAnchor } = this.source
    for (let s = 0; s < n; s++) {
      const lo = Math.max(0, band.lo[Math.min(n, s + 1)]! - reach)
      const hi = Math.min(m - 1, band.hi[Math.min(n, s + reach)]! - 1)
      rowLo[s] = lo
      rowHi[s] = hi
      if (hi - lo + 1 > scratchSource.length) {
        scratchSource = new Int32Array(2 * (hi - lo + 1))
        scratchTarget = new Int32Array(2 * (hi - lo + 1))
      }
      for (let e = entryStart[s]!; e < entryStart[s + 1]!; e++) {
        const key = entryKey[e]!
        const sourceBit = 1 << entryAnchor[e]!
        const end = this.postingStart[key + 1]!
        for (let p = this.firstPosting(key, lo); p < end; p++) {
          const t = this.postingSegment[p]!
          if (t > hi) break
          const at = t - lo
          if (scratchSource[at] === 0 && scratchTarget[at] === 0) touched.push(t)
          scratchSource[at]! |= sourceBit
          scratchTarget[at]! |= 1 << this.postingAnchor[p]!
        }
      }
      touched.sort((x, y) => x - y)
      for (const t of touched) {
        targets.push(t)
        sourceMasks.push(scratchSource[t - lo]!)
        targetMasks.push(scratchTarget[t - lo]!)
        scratchSource[t - lo] = 0
        scratchTarget[t - lo] = 0
      }
      touched.length = 0
      rowStart[s + 1] = targets.length
    }
    this.rowLo = rowLo
    this.rowHi = rowHi
    this.rowStart = rowStart
    this.pairTarget = Int32Array.from(targets)
    this.pairSourceMask = Int32Array.from(sourceMasks)
    this.pairTargetMask = Int32Array.from(targetMasks)

    // A bead ending in (i, j) covers pair (s, t) only if s < i ≤ s + reach and t < j ≤ t + reach.
    const sharing = new Uint8Array(band.cells)
    for (let s = 0; s < n; s++) {
      for (let p = rowStart[s]!; p < rowStart[s + 1]!; p++) {
        const t = targets[p]!
        for (let i = s + 1; i <= s + reach && i <= n; i++) {
          for (let j = Math.max(t + 1, band.lo[i]!); j <= t + reach && j <= band.hi[i]!; j++) {
            sharing[band.offset[i]! + j - band.lo[i]!] = 1
          }
        }
      }
    }
    this.band = band
    this.sharing = sharing
  }

  /**
   * For each shape k, what the anchors of the bead of that shape ending in cell (i, j) found on its
   * other side are worth (`foundGain`), into out[k]. Returns false, leaving `out` alone, when no
   * such bead shares anything: the usual case, answered from the band's flags.
   */
  foundGains(i: number, j: number, out: Float64Array): boolean {
    const band = this.band
    if (band && i <= band.n && j >= band.lo[i]! && j <= band.hi[i]!) {
      if (this.sharing[band.offset[i]! + j - band.lo[i]!] === 0) return false
    }
    const reach = this.reach
    const sourceWindow = this.sourceWindow
    const targetWindow = this.targetWindow
    for (let at = 0; at < sourceWindow.length; at++) sourceWindow[at] = targetWindow[at] = 0
    let any = 0
    const first = j - reach // the window's columns are first .. j − 1
    const pairTarget = this.pairTarget
    for (let x = 0; x < reach && x < i; x++) {
      const s = i - 1 - x
      if (s < this.rowLo.length && first >= this.rowLo[s]! && j - 1 <= this.rowHi[s]!) {
        // The row's pairs are sorted by target: find the first at `first` or later.
        let p = this.rowStart[s]!
        const end = this.rowStart[s + 1]!
        for (let high = end; p < high;) {
          const middle = (p + high) >>> 1
          if (pairTarget[middle]! < first) p = middle + 1
          else high = middle
        }
        for (; p < end; p++) {
          const t = pairTarget[p]!
          if (t >= j) break
          const at = x * reach + j - 1 - t
          sourceWindow[at] = this.pairSourceMask[p]!
          targetWindow[at] = this.pairTargetMask[p]!
          any |= sourceWindow[at]! | targetWindow[at]!
        }
      } else {
        for (let y = 0; y < reach && y < j; y++) {
          this.compare(s, j - 1 - y)
          sourceWindow[x * reach + y] = this.sourceMask
          targetWindow[x * reach + y] = this.targetMask
          any |= this.sourceMask | this.targetMask
        }
      }
    }
    if (any === 0) return false
    // Gains of each source segment against the first b target segments back, and the reverse.
    const width = reach + 1
    for (let x = 0; x < reach; x++) {
      let mask = 0
      let gain = 0
      for (let b = 1; b <= reach; b++) {
        const more = mask | sourceWindow[x * reach + b - 1]!
        if (more !== mask) gain = gainOf(this.source, i - 1 - x, (mask = more))
        this.sourceGain[x * width + b] = gain
      }
    }
    for (let y = 0; y < reach; y++) {
      let mask = 0
      let gain = 0
      for (let a = 1; a <= reach; a++) {
        const more = mask | targetWindow[(a - 1) * reach + y]!
        if (more !== mask) gain = gainOf(this.target, j - 1 - y, (mask = more))
        this.targetGain[y * width + a] = gain
      }
    }
    for (let k = 0; k < this.shapeSource.length; k++) {
      const a = this.shapeSource[k]!
      const b = this.shapeTarget[k]!
      let found = 0
      if (a > 0 && b > 0) {
        for (let x = 0; x < a; x++) found += this.sourceGain[x * width + b]!
        for (let y = 0; y < b; y++) found += this.targetGain[y * width + a]!
      }
      out[k] = found
    }
    return true
  }

  /**
   * What the bead's anchors found on its other side are worth: Σ (match + miss) over them. An anchor
   * counts once however many segments across share it: masks are OR-ed over the other side first.
   */
  foundGain(s0: number, s1: number, t0: number, t1: number): number {
    if (this.beadSource.length < s1 - s0) this.beadSource = new Int32Array(s1 - s0)
    if (this.beadTarget.length < t1 - t0) this.beadTarget = new Int32Array(t1 - t0)
    const beadSource = this.beadSource.fill(0)
    const beadTarget = this.beadTarget.fill(0)
    for (let s = s0; s < s1; s++) {
      for (let t = t0; t < t1; t++) {
        this.compare(s, t)
        beadSource[s - s0]! |= this.sourceMask
        beadTarget[t - t0]! |= this.targetMask
      }
    }
    let found = 0
    for (let s = s0; s < s1; s++) found += gainOf(this.source, s, beadSource[s - s0]!)
    for (let t = t0; t < t1; t++) found += gainOf(this.target, t, beadTarget[t - t0]!)
    return found
  }

  /** First posting of `key` at target segment `from` or later (binary search). */
  private firstPosting(key: number, from: number): number {
    let low = this.postingStart[key]!
    let high = this.postingStart[key + 1]!
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.postingSegment[middle]! < from) low = middle + 1
      else high = middle
    }
    return low
  }

  /** Sets sourceMask and targetMask for (s, t): one merge of the two sorted key lists. */
  private compare(s: number, t: number): void {
    const source = this.source
    const target = this.target
    let sourceMask = 0
    let targetMask = 0
    let a = source.entryStart[s]!
    const aEnd = source.entryStart[s + 1]!
    let b = target.entryStart[t]!
    const bEnd = target.entryStart[t + 1]!
    const sourceKeys = source.entryKey
    const targetKeys = target.entryKey
    while (a < aEnd && b < bEnd) {
      const ka = sourceKeys[a]!
      const kb = targetKeys[b]!
      if (ka < kb) a++
      else if (ka > kb) b++
      else {
        // Mark every entry with this key on both sides (a key may belong to several anchors).
        while (a < aEnd && sourceKeys[a] === ka) sourceMask |= 1 << source.entryAnchor[a++]!
        while (b < bEnd && targetKeys[b] === ka) targetMask |= 1 << target.entryAnchor[b++]!
      }
    }
    this.sourceMask = sourceMask
    this.targetMask = targetMask
  }
}

/** Σ (match + miss) over the anchors of `segment` whose bits are set in `mask`. */
export function gainOf(side: SideAnchors, segment: number, mask: number): number {
  let total = 0
  const first = side.anchorStart[segment]!
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    total += side.anchorGain[first + 31 - Math.clz32(bits & -bits)]!
  }
  return total
}
