/**
 * The alignment dynamic programme over an (n+1) × (m+1) lattice: cell (i, j) means "the first i source
 * and j target segments are aligned"; a bead is a step from one cell to another.
 *
 * 1. Viterbi (min-sum) finds the best bead sequence. Small inputs use the whole lattice. Large ones go
 *    coarse to fine (as Vecalign does): blocks of COARSENING segments are aligned first, by the same
 *    DP with the same scorer over block spans (recursively), and the fine DP runs only in a corridor
 *    around that coarse path. If the fine path comes near the corridor's edge, the corridor may have
 *    pushed it there: it is re-centred on the new path, twice as wide, and the DP run again.
 * 2. Forward and backward log-sum-exp (α, β) in a narrow corridor around the best path give each of its
 *    beads a posterior probability, P(bead | lengths) = exp(α(start) − cost(bead) + β(end) − log Z).
 *    That is the confidence: a clear 1-1 between clear neighbours is near 1; a bead with a plausible
 *    rival (a 2-1 that could be a 1-1 plus a 1-0) is not. Paths that stray further than the corridor
 *    from the best one carry negligible mass, and leaving them out keeps the exp() calls few.
 *
 * Time and memory grow linearly: (n + m) × corridor width, plus a quarter of that per coarser level.
 */
import { cellIndex, corridorBand, fullBand, type Band } from './band'
import type { BeadScorer } from './cost-model'

export interface DpBead {
  readonly sourceStart: number
  readonly sourceEnd: number
  readonly targetStart: number
  readonly targetEnd: number
  /** Cost of this bead, shape penalty included (nats). */
  readonly cost: number
  /** 0..1. */
  readonly posterior: number
}

export interface DpResult {
  readonly beads: DpBead[]
  /** Total cost of the best path (nats). */
  readonly cost: number
}

export interface DpOptions {
  /** Half-width of the first fine corridor around the coarse path, in segments. */
  readonly corridorMargin?: number
  /** Inputs with at most this many lattice cells are aligned over the whole lattice. */
  readonly fullLatticeCells?: number
}

const DEFAULT_FULL_LATTICE_CELLS = 250_000
/** Segments per block at the next coarser level. */
const COARSENING = 4
const DEFAULT_CORRIDOR_MARGIN = 10
/** A path this close to a corridor edge may have been pushed there by the edge. */
const EDGE_MARGIN = 2
/** Half-width of the corridor around the best path in which posteriors are summed. */
const POSTERIOR_MARGIN = 6

export interface PathStep {
  /** The cell the bead ends in. */
  readonly i: number
  readonly j: number
  readonly shape: number
}

interface BestPath {
  readonly path: PathStep[]
  readonly cost: number
  /** The band the path was found in. */
  readonly band: Band
}

export function alignLattice(
  n: number,
  m: number,
  scorer: BeadScorer,
  options: DpOptions = {}
): DpResult {
  return beadsWithPosteriors(n, m, scorer, findBestPath(n, m, scorer, options))
}

/** The best path only (no posteriors): what fitting a model needs. */
export interface LatticePath {
  readonly cost: number
  /** The beads as [sourceStart, sourceEnd, targetStart, targetEnd]. */
  readonly spans: readonly (readonly [number, number, number, number])[]
  readonly steps: readonly PathStep[]
  readonly band: Band | null
}

export function findBestPath(
  n: number,
  m: number,
  scorer: BeadScorer,
  options: DpOptions = {}
): LatticePath {
  if (n === 0 || m === 0) {
    const one = oneSided(n, m, scorer)
    return {
      cost: one.cost,
      spans: one.beads.map(
        (b) => [b.sourceStart, b.sourceEnd, b.targetStart, b.targetEnd] as const
      ),
      steps: [],
      band: null
    }
  }
  const { path, cost, band } = bestPath(n, m, scorer, options)
  const spans = path.map(({ i, j, shape }) => {
    const { source, target } = scorer.shapes[shape]!
    return [i - source, i, j - target, j] as const
  })
  return { cost, spans, steps: path, band }
}

/** Confidence for each bead of `path`: its posterior probability under `scorer`. */
export function beadsWithPosteriors(
  n: number,
  m: number,
  scorer: BeadScorer,
  path: LatticePath
): DpResult {
  if (!path.band) return oneSided(n, m, scorer)
  const isFull = path.band.cells === (n + 1) * (m + 1)
  const corridor = isFull ? path.band : corridorBand(n, m, path.steps, POSTERIOR_MARGIN)
  return { beads: withPosteriors(scorer, corridor, path.steps), cost: path.cost }
}

function bestPath(n: number, m: number, scorer: BeadScorer, options: DpOptions): BestPath {
  const fullCells = options.fullLatticeCells ?? DEFAULT_FULL_LATTICE_CELLS
  const small = (n + 1) * (m + 1) <= fullCells || Math.min(n, m) <= 2 * COARSENING
  if (small) {
    const band = fullBand(n, m)
    return { ...viterbi(scorer, band), band }
  }
  let guide = coarsePath(n, m, scorer, options)
  let margin = options.corridorMargin ?? DEFAULT_CORRIDOR_MARGIN
  for (;;) {
    const band = corridorBand(n, m, guide, margin)
    const found = viterbi(scorer, band)
    if (!touchesEdge(band, found.path) || band.cells >= (n + 1) * (m + 1)) {
      return { ...found, band }
    }
    guide = found.path
    margin *= 2
  }
}

/**
 * The best path over blocks of COARSENING segments, as lattice points of the fine lattice. A coarse
 * bead joins whole blocks, scored by the fine scorer over the spans the blocks cover.
 */
function coarsePath(n: number, m: number, scorer: BeadScorer, options: DpOptions): PathStep[] {
  const k = COARSENING
  const coarseN = Math.ceil(n / k)
  const coarseM = Math.ceil(m / k)
  const coarseScorer: BeadScorer = {
    // A coarse bead stands for about k fine beads of its shape: so does its prior.
    shapes: scorer.shapes.map((shape) => ({ ...shape, penalty: shape.penalty * k })),
    cost: (s0, s1, t0, t1) =>
      scorer.cost(
        Math.min(n, s0 * k),
        Math.min(n, s1 * k),
        Math.min(m, t0 * k),
        Math.min(m, t1 * k)
      )
  }
  const coarse = bestPath(coarseN, coarseM, coarseScorer, options)
  return coarse.path.map(({ i, j, shape }) => ({
    i: Math.min(n, i * k),
    j: Math.min(m, j * k),
    shape
  }))
}

/** Nothing on one side: every segment of the other side is its own 1-0 (or 0-1) bead, surely. */
function oneSided(n: number, m: number, scorer: BeadScorer): DpResult {
  const beads: DpBead[] = []
  const shape = scorer.shapes.find((s) =>
    n > 0 ? s.source === 1 && s.target === 0 : s.source === 0 && s.target === 1
  )
  const penalty = shape?.penalty ?? 0
  let total = 0
  for (let k = 0; k < Math.max(n, m); k++) {
    const cost = (n > 0 ? scorer.cost(k, k + 1, 0, 0) : scorer.cost(0, 0, k, k + 1)) + penalty
    total += cost
    beads.push(
      n > 0
        ? { sourceStart: k, sourceEnd: k + 1, targetStart: 0, targetEnd: 0, cost, posterior: 1 }
        : { sourceStart: 0, sourceEnd: 0, targetStart: k, targetEnd: k + 1, cost, posterior: 1 }
    )
  }
  return { beads, cost: total }
}

/** Best path through the band, as the list of cells its beads end in, and its total cost. */
function viterbi(scorer: BeadScorer, band: Band): { path: PathStep[]; cost: number } {
  const { n, m, lo, hi, offset, cells } = band
  const shapes = scorer.shapes
  const shapeCount = shapes.length
  const best = new Float64Array(cells).fill(Infinity)
  const back = new Int8Array(cells).fill(-1)
  const from = predecessorRows(band, shapeCount)

  best[0] = 0
  for (let i = 0; i <= n; i++) {
    from.moveTo((s) => i - shapes[s]!.source)
    for (let j = lo[i]!, here = offset[i]!; j <= hi[i]!; j++, here++) {
      if (here === 0) continue
      let bestCost = Infinity
      let bestShape = -1
      for (let s = 0; s < shapeCount; s++) {
        const shape = shapes[s]!
        const pj = j - shape.target
        if (pj < from.lo[s]! || pj > from.hi[s]!) continue
        const previous = best[from.offset[s]! + pj - from.lo[s]!]!
        if (previous === Infinity) continue
        const total = previous + scorer.cost(i - shape.source, i, pj, j) + shape.penalty
        if (total < bestCost) {
          bestCost = total
          bestShape = s
        }
      }
      best[here] = bestCost
      back[here] = bestShape
    }
  }

  const last = cellIndex(band, n, m)
  if (best[last] === Infinity) throw new Error('alignment lattice is not connected')
  const path: PathStep[] = []
  for (let i = n, j = m; i > 0 || j > 0;) {
    const shape = back[cellIndex(band, i, j)]!
    path.push({ i, j, shape })
    i -= shapes[shape]!.source
    j -= shapes[shape]!.target
  }
  return { path: path.reverse(), cost: best[last]! }
}

function touchesEdge(band: Band, path: readonly PathStep[]): boolean {
  const { lo, hi, m } = band
  return path.some(
    ({ i, j }) =>
      (lo[i]! > 0 && j - lo[i]! < EDGE_MARGIN) || (hi[i]! < m && hi[i]! - j < EDGE_MARGIN)
  )
}

function withPosteriors(scorer: BeadScorer, band: Band, path: readonly PathStep[]): DpBead[] {
  const alpha = forward(scorer, band)
  const beta = backward(scorer, band)
  const logZ = alpha[band.cells - 1]!
  return path.map(({ i, j, shape }) => {
    const { source, target, penalty } = scorer.shapes[shape]!
    const i0 = i - source
    const j0 = j - target
    const cost = scorer.cost(i0, i, j0, j) + penalty
    const logPosterior =
      alpha[cellIndex(band, i0, j0)]! - cost + beta[cellIndex(band, i, j)]! - logZ
    return {
      sourceStart: i0,
      sourceEnd: i,
      targetStart: j0,
      targetEnd: j,
      cost,
      posterior: Math.min(1, Math.max(0, Math.exp(logPosterior)))
    }
  })
}

/** α(i, j): log of the summed probability of all ways to reach (i, j) from (0, 0). */
function forward(scorer: BeadScorer, band: Band): Float64Array {
  const { n, lo, hi, offset, cells } = band
  const shapes = scorer.shapes
  const shapeCount = shapes.length
  const alpha = new Float64Array(cells).fill(-Infinity)
  const terms = new Float64Array(shapeCount)
  const from = predecessorRows(band, shapeCount)

  alpha[0] = 0
  for (let i = 0; i <= n; i++) {
    from.moveTo((s) => i - shapes[s]!.source)
    for (let j = lo[i]!, here = offset[i]!; j <= hi[i]!; j++, here++) {
      if (here === 0) continue
      let count = 0
      let maxTerm = -Infinity
      for (let s = 0; s < shapeCount; s++) {
        const shape = shapes[s]!
        const pj = j - shape.target
        if (pj < from.lo[s]! || pj > from.hi[s]!) continue
        const previous = alpha[from.offset[s]! + pj - from.lo[s]!]!
        if (previous === -Infinity) continue
        const term = previous - scorer.cost(i - shape.source, i, pj, j) - shape.penalty
        terms[count++] = term
        if (term > maxTerm) maxTerm = term
      }
      alpha[here] = logSumExp(terms, count, maxTerm)
    }
  }
  return alpha
}

/** β(i, j): log of the summed probability of all ways to finish from (i, j) at (n, m). */
function backward(scorer: BeadScorer, band: Band): Float64Array {
  const { n, lo, hi, offset, cells } = band
  const shapes = scorer.shapes
  const shapeCount = shapes.length
  const beta = new Float64Array(cells).fill(-Infinity)
  const terms = new Float64Array(shapeCount)
  const to = predecessorRows(band, shapeCount)

  beta[cells - 1] = 0 // cell (n, m) is the last cell of the last row
  for (let i = n; i >= 0; i--) {
    to.moveTo((s) => i + shapes[s]!.source)
    for (let j = hi[i]!, here = offset[i]! + j - lo[i]!; j >= lo[i]!; j--, here--) {
      if (here === cells - 1) continue
      let count = 0
      let maxTerm = -Infinity
      for (let s = 0; s < shapeCount; s++) {
        const shape = shapes[s]!
        const nj = j + shape.target
        if (nj < to.lo[s]! || nj > to.hi[s]!) continue
        const next = beta[to.offset[s]! + nj - to.lo[s]!]!
        if (next === -Infinity) continue
        const term = next - scorer.cost(i, i + shape.source, j, nj) - shape.penalty
        terms[count++] = term
        if (term > maxTerm) maxTerm = term
      }
      beta[here] = logSumExp(terms, count, maxTerm)
    }
  }
  return beta
}

/**
 * For each shape, the band row a bead of that shape comes from (or goes to), looked up once per row
 * so the inner loop only compares integers. A row outside the lattice gets an empty range.
 */
function predecessorRows(band: Band, shapeCount: number) {
  const lo = new Int32Array(shapeCount)
  const hi = new Int32Array(shapeCount)
  const offset = new Int32Array(shapeCount)
  return {
    lo,
    hi,
    offset,
    moveTo(rowOf: (shape: number) => number): void {
      for (let s = 0; s < shapeCount; s++) {
        const row = rowOf(s)
        const inside = row >= 0 && row <= band.n
        lo[s] = inside ? band.lo[row]! : 1
        hi[s] = inside ? band.hi[row]! : 0
        offset[s] = inside ? band.offset[row]! : 0
      }
    }
  }
}

/** Terms this far below the largest add less than double precision can hold: skip their exp. */
const NEGLIGIBLE = 37

function logSumExp(terms: Float64Array, count: number, max: number): number {
  if (count === 0 || max === -Infinity) return -Infinity
  let sum = 0
  for (let k = 0; k < count; k++) {
    const d = terms[k]! - max
    if (d > -NEGLIGIBLE) sum += Math.exp(d)
  }
  return max + Math.log(sum)
}
