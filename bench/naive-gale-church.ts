/**
 * Plain Gale & Church (1993), as the paper's appendix programs it: the whole (n+1) × (m+1) lattice,
 * one cost and one back pointer per cell, beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the paper's priors,
 * and the paper's length cost (a 1-0 bead is matched against length 0). The only liberty: the length
 * ratio c is the pair's total target length over total source length rather than the paper's 1
 * (right for English–French, far off for Russian–English).
 *
 * The baseline for the benchmark (time and memory grow with n × m) and for the F1 tables (what the
 * anchors and the tuned priors of `src/shared/align` add). Not used by the app.
 */
import { logTwoSidedTail } from '@shared/align/normal'
import type { Link } from '@shared/align/score'

const VARIANCE = 6.8
/** Gale & Church, table 5: 1-1 0.89, 1-0 or 0-1 0.0099, 2-1 or 1-2 0.089, 2-2 0.011. */
const SHAPES: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011]
]

/** Bytes the lattice takes for n × m segments: a float64 cost and an int8 back pointer per cell. */
export function naiveLatticeBytes(n: number, m: number): number {
  return (n + 1) * (m + 1) * 9
}

export function naiveGaleChurch(
  sourceLengths: readonly number[],
  targetLengths: readonly number[]
): Link[] {
  const n = sourceLengths.length
  const m = targetLengths.length
  const totalSource = sourceLengths.reduce((sum, x) => sum + x, 0)
  const totalTarget = targetLengths.reduce((sum, x) => sum + x, 0)
  const c = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1
  const width = m + 1
  const cost = new Float64Array((n + 1) * width).fill(Infinity)
  const back = new Int8Array((n + 1) * width).fill(-1)
  const penalties = SHAPES.map(([, , prior]) => -Math.log(prior))

  const match = (ls: number, lt: number): number => {
    if (ls === 0 && lt === 0) return 0
    const mean = (ls + lt / c) / 2
    const z = (c * ls - lt) / Math.sqrt(VARIANCE * mean)
    return -logTwoSidedTail(z)
  }
  const span = (lengths: readonly number[], end: number, count: number): number => {
    let total = 0
    for (let k = end - count; k < end; k++) total += lengths[k]!
    return total
  }

  cost[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let shape = -1
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s]!
        if (a > i || b > j) continue
        const previous = cost[(i - a) * width + j - b]!
        if (previous === Infinity) continue
        const total =
          previous + match(span(sourceLengths, i, a), span(targetLengths, j, b)) + penalties[s]!
        if (total < best) {
          best = total
          shape = s
        }
      }
      cost[i * width + j] = best
      back[i * width + j] = shape
    }
  }

  const links: Link[] = []
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [a, b] = SHAPES[back[i * width + j]!]!
    links.push({ source: range(i - a, i), target: range(j - b, j) })
    i -= a
    j -= b
  }
  return links.reverse()
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k)
}
