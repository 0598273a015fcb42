/**
 * The alignment dynamic programme over an (n+1) × (m+1) lattice: cell (i, j) means "the first i source
 * and j target segments are aligned"; a bead is a step from one cell to another.
 *
 * 1. Viterbi (min-sum) finds the best bead sequence. Small inputs use the whole lattice. Large ones go
 *    coarse to fine (as Vecalign does): blocks of COARSENING segments are aligned first, by the same
 *    DP over block lengths (recursively; `BeadScorer.coarsen`), and the fine DP runs only in a
 *    corridor around that coarse path: first with the scorer's cheap `rough` version (lengths, no
 *    anchors) in a wide corridor, then with the full scorer in a narrow one around the rough path.
 *    If a path comes near its corridor's edge, the edge may have pushed it there: the corridor is
 *    re-centred on the new path (and after a second try widened) and the DP run again.
 * 2. Forward and backward log-sum-exp (α, β) in a narrow corridor around the best path give each of its
 *    beads a posterior probability, P(bead | both texts) = exp(α(start) − cost(bead) + β(end) − log Z).
 *    That is the confidence: a clear 1-1 between clear neighbours is near 1; a bead with a plausible
 *    rival (a 2-1 that could be a 1-1 plus a 1-0) is not. Paths that stray further than the corridor
 *    from the best one carry negligible mass, and leaving them out keeps the exp() calls few.
 *
 * Time and memory grow linearly: (n + m) × corridor width, plus a quarter of that per coarser level.
 * The bead costs of the last corridor are kept (float32) so that the posteriors need not score the
 * same beads again.
 *
 * The inner loops ask the scorer for the costs of every bead shape ending in a cell at once
 * (`costsEndingAt`), so a scorer can share the work between shapes; the backward pass pushes from
 * each cell to the cells its beads start in, so it needs the same ending-cell costs.
 */
import { cellIndex, corridorBand, fullBand, type Band } from './band'
import type { BeadScorer, BeadShape } from './cost-model'

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
/**
 * Half-width of the corridor around the rough scorer's path in which the full scorer looks. On 100k
 * perturbed WMT segments the anchored path strays at most 4 segments from the rough one (and only
 * where 15 % of the sentences were merged or lost); a path that comes within 2 of the edge
 * re-centres the corridor.
 */
const NARROW_MARGIN = 4
/** A path this close to a corridor edge may have been pushed there by the edge. */
const EDGE_MARGIN = 2
/**
 * Half-width of the corridor around the best path in which posteriors are summed. On 100k perturbed
 * WMT segments, 3 gives the confidences of 6 to within 1e-4, and 2 to within 0.013 (6 beads of
 * 97,000 move by more than 0.01) for a fifth less work.
 */
const POSTERIOR_MARGIN = 2

export interface LatticePoint {
  readonly i: number
  readonly j: number
}

export interface PathStep extends LatticePoint {
  /** The bead ends in cell (i, j); `shape` indexes the scorer's shapes. */
  readonly shape: number
}

interface BestPath {
  readonly path: PathStep[]
  readonly cost: number
  /** The band the path was found in. */
  readonly band: Band
  /** The costs of the beads ending in each cell of the band, for the posteriors (see `viterbi`). */
  readonly costs: Float32Array | null
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
  /** Bead costs by cell of `band`, as `viterbi` keeps them. */
  readonly costs: Float32Array | null
}

/**
 * Lattice points near which the best path is expected, replacing the coarse levels of a long
 * alignment: a path over blocks (`coarse`), or a path found with a slightly different scorer.
 */
export interface Guide {
  readonly points: readonly LatticePoint[]
  readonly coarse: boolean
}

/**
 * The best path, found near `guide` if there is one. `keepCosts`: keep the bead costs for
 * `beadsWithPosteriors`; a path only fitted to (a model, a guide) need not.
 */
export function findBestPath(
  n: number,
  m: number,
  scorer: BeadScorer,
  options: DpOptions = {},
  guide?: Guide,
  keepCosts = true
): LatticePath {
  if (n === 0 || m === 0) {
    const one = oneSided(n, m, scorer)
    return {
      cost: one.cost,
      spans: one.beads.map(
        (b) => [b.sourceStart, b.sourceEnd, b.targetStart, b.targetEnd] as const
      ),
      steps: [],
      band: null,
      costs: null
    }
  }
  const { path, cost, band, costs } = bestPath(n, m, scorer, options, guide, keepCosts)
  const spans = path.map(({ i, j, shape }) => {
    const { source, target } = scorer.shapes[shape]!
    return [i - source, i, j - target, j] as const
  })
  return { cost, spans, steps: path, band, costs }
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
  const known = { band: path.band, costs: path.costs }
  return { beads: withPosteriors(scorer, corridor, path.steps, known), cost: path.cost }
}

/** True when (n, m) is aligned through coarse levels and a corridor, not over the whole lattice. */
export function isBanded(n: number, m: number, options: DpOptions = {}): boolean {
  const fullCells = options.fullLatticeCells ?? DEFAULT_FULL_LATTICE_CELLS
  return (n + 1) * (m + 1) > fullCells && Math.min(n, m) > 2 * COARSENING
}

/** `keep`: keep the bead costs of the band the path is found in (see `viterbi`). */
function bestPath(
  n: number,
  m: number,
  scorer: BeadScorer,
  options: DpOptions,
  guide?: Guide,
  keep = true
): BestPath {
  if (!isBanded(n, m, options)) {
    const band = fullBand(n, m)
    scorer.prepare?.(band)
    return { ...viterbi(scorer, band, keep), band }
  }
  const margin = options.corridorMargin ?? DEFAULT_CORRIDOR_MARGIN
  const rough = scorer.rough?.()
  const near = rough ? NARROW_MARGIN : margin
  if (guide && !guide.coarse) return pathInCorridor(n, m, scorer, guide.points, near, keep)
  const points = guide?.points ?? coarsePath(n, m, scorer, options)
  if (!rough) return pathInCorridor(n, m, scorer, points, margin, keep)
  const roughPath = pathInCorridor(n, m, rough, points, margin).path
  return pathInCorridor(n, m, scorer, roughPath, near, keep)
}

/**
 * The best path in a corridor of `margin` segments around `guide`. If the path comes near the
 * corridor's edge, the edge may have pushed it there: re-centred on the path found, a corridor of the
 * same width usually lets it go where the edge stopped it (the coarse path lags behind where
 * sentences were lost or merged); if it still runs into an edge, the corridor widens.
 */
function pathInCorridor(
  n: number,
  m: number,
  scorer: BeadScorer,
  guide: readonly LatticePoint[],
  margin: number,
  keep = false
): BestPath {
  for (let attempt = 1; ; attempt++) {
    const band = corridorBand(n, m, guide, margin)
    scorer.prepare?.(band)
    const found = viterbi(scorer, band, keep)
    if (!touchesEdge(band, found.path) || band.cells >= (n + 1) * (m + 1)) {
      return { ...found, band }
    }
    guide = found.path
    if (attempt >= RECENTRE_ATTEMPTS) margin *= 2
  }
}

/** Re-centrings of the corridor at the same width before it is widened. */
const RECENTRE_ATTEMPTS = 2

/**
 * The best path over blocks of COARSENING segments, as lattice points of the fine lattice. A coarse
 * bead joins whole blocks: scored by the scorer's `coarsen`, or by its `cost` over the spans the
 * blocks cover.
 */
function coarsePath(n: number, m: number, scorer: BeadScorer, options: DpOptions): LatticePoint[] {
  const k = COARSENING
  const shapes = blockShapes(scorer.shapes)
  const coarseScorer: BeadScorer = scorer.coarsen?.(k, shapes) ?? {
    shapes,
    cost: (s0, s1, t0, t1) =>
      scorer.cost(
        Math.min(n, s0 * k),
        Math.min(n, s1 * k),
        Math.min(m, t0 * k),
        Math.min(m, t1 * k)
      )
  }
  const coarse = bestPath(
    Math.ceil(n / k),
    Math.ceil(m / k),
    coarseScorer,
    options,
    undefined,
    false
  )
  return fromBlocks(coarse.path, n, m)
}

/** Segments per block at the next coarser level of a long alignment. */
export const BLOCK = COARSENING

/**
 * The shapes of the block lattice: a coarse bead stands for about k fine beads of its shape, and so
 * does its prior. Blocks need no wide shapes (a 2-2 of blocks is a 1-1 and a 1-1), and leaving them
 * out halves the work.
 */
export function blockShapes(shapes: readonly BeadShape[]): BeadShape[] {
  const narrow = shapes.filter((shape) => shape.source + shape.target <= 3)
  return (narrow.length > 0 ? narrow : shapes).map((shape) => ({
    ...shape,
    penalty: shape.penalty * COARSENING
  }))
}

/** Lattice points of the block lattice as points of the (n, m) lattice. */
export function fromBlocks(points: readonly LatticePoint[], n: number, m: number): LatticePoint[] {
  return points.map(({ i, j }) => ({
    i: Math.min(n, i * COARSENING),
    j: Math.min(m, j * COARSENING)
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

/**
 * Best path through the band, as the list of cells its beads end in, and its total cost. The cost of
 * each bead looked at is kept (float32, by cell and shape): the posteriors need them again.
 */
function viterbi(
  scorer: BeadScorer,
  band: Band,
  keep: boolean
): { path: PathStep[]; cost: number; costs: Float32Array | null } {
  const { n, lo, hi, offset, cells } = band
  const { source, target, penalty, count } = shapeArrays(scorer.shapes)
  const costsAt = costsInRow(scorer)
  const costs = new Float64Array(count * widestRow(band))
  const kept = keep ? new Float32Array(cells * count) : null
  const best = new Float64Array(cells).fill(Infinity)
  const back = new Int8Array(cells).fill(-1)
  const from = predecessorRows(band, source)
  const fromLo = from.lo
  const fromHi = from.hi
  const fromBase = from.base

  best[0] = 0
  for (let i = 0; i <= n; i++) {
    from.moveTo(i)
    // Cell (0, 0), where every path starts, is the end of no bead.
    const first = offset[i] === 0 ? lo[i]! + 1 : lo[i]!
    const last = hi[i]!
    if (first > last) continue
    costsAt(i, first, last, costs)
    const start = offset[i]! + first - lo[i]!
    if (kept) {
      const width = (last - first + 1) * count
      for (let c = 0, at = start * count; c < width; c++, at++) kept[at] = costs[c]!
    }
    for (let j = first, here = start, c = 0; j <= last; j++, here++, c += count) {
      let bestCost = Infinity
      let bestShape = -1
      for (let s = 0; s < count; s++) {
        const pj = j - target[s]!
        if (pj < fromLo[s]! || pj > fromHi[s]!) continue
        const total = best[fromBase[s]! + pj]! + costs[c + s]! + penalty[s]!
        if (total < bestCost) {
          bestCost = total
          bestShape = s
        }
      }
      best[here] = bestCost
      back[here] = bestShape
    }
  }

  const last = cellIndex(band, n, band.m)
  if (best[last] === Infinity) throw new Error('alignment lattice is not connected')
  const path: PathStep[] = []
  for (let i = n, j = band.m; i > 0 || j > 0;) {
    const shape = back[cellIndex(band, i, j)]!
    path.push({ i, j, shape })
    i -= source[shape]!
    j -= target[shape]!
  }
  return { path: path.reverse(), cost: best[last]!, costs: kept }
}

function touchesEdge(band: Band, path: readonly PathStep[]): boolean {
  const { lo, hi, m } = band
  return path.some(
    ({ i, j }) =>
      (lo[i]! > 0 && j - lo[i]! < EDGE_MARGIN) || (hi[i]! < m && hi[i]! - j < EDGE_MARGIN)
  )
}

/** Bead costs already computed, by cell of `band` (the best-path search's). */
interface KnownCosts {
  readonly band: Band
  readonly costs: Float32Array | null
}

function withPosteriors(
  scorer: BeadScorer,
  band: Band,
  path: readonly PathStep[],
  known: KnownCosts
): DpBead[] {
  // The backward pass needs the same bead costs as the forward one: collected once, as float32
  // (costs are tens of nats; float32 keeps them to 1e-5).
  const costs = new Float32Array(band.cells * scorer.shapes.length)
  const alpha = forward(scorer, band, costs, known)
  const beta = backward(scorer, band, costs)
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

/**
 * α(i, j): log of the summed probability of all ways to reach (i, j) from (0, 0). The cost of the
 * bead of shape s ending in cell c is left in kept[c · shapes + s].
 */
function forward(
  scorer: BeadScorer,
  band: Band,
  kept: Float32Array,
  known: KnownCosts
): Float64Array {
  const { n, lo, hi, offset, cells } = band
  const { source, target, penalty, count } = shapeArrays(scorer.shapes)
  const costsAt = costsEndingAt(scorer)
  const costs = new Float64Array(count)
  const terms = new Float64Array(count)
  const alpha = new Float64Array(cells).fill(-Infinity)
  const from = predecessorRows(band, source)
  const fromLo = from.lo
  const fromHi = from.hi
  const fromBase = from.base

  alpha[0] = 0
  for (let i = 0; i <= n; i++) {
    from.moveTo(i)
    for (let j = lo[i]!, here = offset[i]!; j <= hi[i]!; j++, here++) {
      if (here === 0) continue
      // The corridor lies (nearly always) inside the band the best path was searched in.
      const at = known.costs ? cellIndex(known.band, i, j) : -1
      if (at >= 0) {
        for (let s = 0; s < count; s++) costs[s] = known.costs![at * count + s]!
      } else costsAt(i, j, costs)
      kept.set(costs, here * count)
      let max = -Infinity
      for (let s = 0; s < count; s++) {
        const pj = j - target[s]!
        let term = -Infinity
        if (pj >= fromLo[s]! && pj <= fromHi[s]!) {
          term = alpha[fromBase[s]! + pj]! - costs[s]! - penalty[s]!
        }
        terms[s] = term
        if (term > max) max = term
      }
      alpha[here] = logSumExp(terms, count, max)
    }
  }
  return alpha
}

/**
 * β(i, j): log of the summed probability of all ways to finish from (i, j) at (n, m). Cells are
 * visited last to first; each, once its β is complete, adds β − cost to the cells its beads start
 * in, as a running log-sum-exp (largest term so far, and the sum of exp(term − largest)).
 */
function backward(scorer: BeadScorer, band: Band, costs: Float32Array): Float64Array {
  const { n, lo, hi, offset, cells } = band
  const { source, target, penalty, count } = shapeArrays(scorer.shapes)
  const beta = new Float64Array(cells).fill(-Infinity) // the running largest term, then β
  const sums = new Float64Array(cells)
  const to = predecessorRows(band, source)
  const toLo = to.lo
  const toHi = to.hi
  const toBase = to.base

  beta[cells - 1] = 0 // cell (n, m) is the last cell of the last row
  sums[cells - 1] = 1
  for (let i = n; i >= 0; i--) {
    to.moveTo(i)
    for (let j = hi[i]!, here = offset[i]! + j - lo[i]!; j >= lo[i]!; j--, here--) {
      const largest = beta[here]!
      if (largest === -Infinity) continue
      const b = largest + Math.log(sums[here]!)
      beta[here] = b
      if (here === 0) continue
      for (let s = 0, c = here * count; s < count; s++, c++) {
        const pj = j - target[s]!
        if (pj < toLo[s]! || pj > toHi[s]!) continue
        const at = toBase[s]! + pj
        const term = b - costs[c]! - penalty[s]!
        const max = beta[at]!
        if (term > max) {
          sums[at] = max - term > -NEGLIGIBLE ? sums[at]! * Math.exp(max - term) + 1 : 1
          beta[at] = term
        } else if (term - max > -NEGLIGIBLE) {
          sums[at] = sums[at]! + Math.exp(term - max)
        }
      }
    }
  }
  return beta
}

interface ShapeArrays {
  readonly source: Int32Array
  readonly target: Int32Array
  readonly penalty: Float64Array
  readonly count: number
}

function shapeArrays(shapes: readonly BeadShape[]): ShapeArrays {
  return {
    source: Int32Array.from(shapes, (shape) => shape.source),
    target: Int32Array.from(shapes, (shape) => shape.target),
    penalty: Float64Array.from(shapes, (shape) => shape.penalty),
    count: shapes.length
  }
}

/** The scorer's `costsEndingAt`, or one made of its `cost` for scorers without it. */
function costsEndingAt(scorer: BeadScorer): (i: number, j: number, out: Float64Array) => void {
  if (scorer.costsEndingAt) return scorer.costsEndingAt.bind(scorer)
  const shapes = scorer.shapes
  return (i, j, out) => {
    for (let s = 0; s < shapes.length; s++) {
      const { source, target } = shapes[s]!
      out[s] = source > i || target > j ? Infinity : scorer.cost(i - source, i, j - target, j)
    }
  }
}

/** The scorer's `costsInRow`, or one made of `costsEndingAt` (see there) for scorers without it. */
function costsInRow(
  scorer: BeadScorer
): (i: number, from: number, to: number, out: Float64Array) => void {
  if (scorer.costsInRow) return scorer.costsInRow.bind(scorer)
  const costsAt = costsEndingAt(scorer)
  const count = scorer.shapes.length
  const cell = new Float64Array(count)
  return (i, from, to, out) => {
    for (let j = from, base = 0; j <= to; j++, base += count) {
      costsAt(i, j, cell)
      out.set(cell, base)
    }
  }
}

/** Cells in the band's widest row. */
function widestRow(band: Band): number {
  let widest = 0
  for (let i = 0; i <= band.n; i++) widest = Math.max(widest, band.hi[i]! - band.lo[i]! + 1)
  return widest
}

/**
 * For each shape, the band row a bead of that shape ending in row i starts in, looked up once per
 * row so the inner loop only compares integers: its columns lo..hi, and `base` such that column j
 * of that row is cell base + j. A row outside the lattice gets an empty range.
 */
function predecessorRows(band: Band, shapeSource: Int32Array) {
  const shapeCount = shapeSource.length
  const lo = new Int32Array(shapeCount)
  const hi = new Int32Array(shapeCount)
  const base = new Int32Array(shapeCount)
  return {
    lo,
    hi,
    base,
    moveTo(i: number): void {
      for (let s = 0; s < shapeCount; s++) {
        const row = i - shapeSource[s]!
        const inside = row >= 0 && row <= band.n
        lo[s] = inside ? band.lo[row]! : 1
        hi[s] = inside ? band.hi[row]! : 0
        base[s] = inside ? band.offset[row]! - band.lo[row]! : 0
      }
    }
  }
}

/**
 * Terms this far below the largest change a sum by less than e^−16 (1e−7) of it: their exp is
 * skipped. Confidences are shown to two digits; the exp calls were most of the posterior pass.
 */
const NEGLIGIBLE = 16

function logSumExp(terms: Float64Array, count: number, max: number): number {
  if (max === -Infinity) return -Infinity
  let sum = 0
  for (let k = 0; k < count; k++) {
    const d = terms[k]! - max
    if (d > -NEGLIGIBLE) sum += Math.exp(d)
  }
  return max + Math.log(sum)
}
