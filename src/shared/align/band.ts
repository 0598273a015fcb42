/**
 * A band of lattice cells: for each source row i (0..n), the target columns lo[i]..hi[i] that the DP
 * keeps, stored row after row in flat typed arrays. Memory is proportional to the number of cells.
 */
export interface Band {
  readonly n: number
  readonly m: number
  /** First and last target index kept in each row i (inclusive). */
  readonly lo: Int32Array
  readonly hi: Int32Array
  /** Index of cell (i, lo[i]) in the flat cell arrays; offset[n + 1] is the number of cells. */
  readonly offset: Int32Array
  readonly cells: number
}

/** Every cell of the lattice (for inputs small enough to align without a band). */
export function fullBand(n: number, m: number): Band {
  return withOffsets(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m))
}

/**
 * Cells within `margin` columns of a guide path (lattice points from (0, 0) to (n, m), monotone), or
 * of the straight segment between two consecutive points: rows the path jumps over get the span of
 * the points around them.
 */
export function corridorBand(
  n: number,
  m: number,
  path: readonly { readonly i: number; readonly j: number }[],
  margin: number
): Band {
  const lo = new Int32Array(n + 1).fill(m)
  const hi = new Int32Array(n + 1).fill(0)
  let previous = { i: 0, j: 0 }
  for (const point of [previous, ...path]) {
    for (let i = previous.i; i <= point.i; i++) {
      lo[i] = Math.min(lo[i]!, previous.j, point.j)
      hi[i] = Math.max(hi[i]!, previous.j, point.j)
    }
    previous = point
  }
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, lo[i]! - margin)
    hi[i] = Math.min(m, hi[i]! + margin)
  }
  return withOffsets(n, m, lo, hi)
}

/** Flat index of cell (i, j), or -1 if it is outside the band. */
export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n || j < band.lo[i]! || j > band.hi[i]!) return -1
  return band.offset[i]! + j - band.lo[i]!
}

function withOffsets(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  const offset = new Int32Array(n + 2)
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1
  return { n, m, lo, hi, offset, cells: offset[n + 1]! }
}
