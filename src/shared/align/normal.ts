/**
 * Coefficients of Numerical Recipes' `erfcc` (Chebyshev fit, fractional error below 1.2e-7 everywhere),
 * highest order first for Horner's rule.
 */
const ERFC_COEFFICIENTS = [
  0.17087277, -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196,
  1.00002368, -1.26551223
]

/**
 * log(2 · (1 − Φ(|z|))): the log probability that a standard normal variable is at least |z| away from
 * zero, i.e. log erfc(|z| / √2). Computed in log space so that a large |z| gives a large finite cost
 * instead of log(0).
 */
export function logTwoSidedTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.5 * x)
  let poly = 0
  for (const c of ERFC_COEFFICIENTS) poly = poly * t + c
  return Math.log(t) - x * x + poly
}

/**
 * −logTwoSidedTail(z) from a table (linear interpolation, error below 2e-4 nats) where it is hot:
 * the table reaches far into the tail, since every implausible bead the DP weighs lands there.
 */
export const TAIL_TABLE_STEPS_PER_UNIT = 32
const TABLE_END = 48
/** −logTwoSidedTail(k / TAIL_TABLE_STEPS_PER_UNIT) for k = 0 .. TAIL_TABLE_LAST + 1. */
export const TAIL_TABLE = Float64Array.from(
  { length: TABLE_END * TAIL_TABLE_STEPS_PER_UNIT + 2 },
  (_, k) => -logTwoSidedTail(k / TAIL_TABLE_STEPS_PER_UNIT)
)
export const TAIL_TABLE_LAST = TABLE_END * TAIL_TABLE_STEPS_PER_UNIT

export function tailCost(z: number): number {
  const x = (z < 0 ? -z : z) * TAIL_TABLE_STEPS_PER_UNIT
  if (x >= TAIL_TABLE_LAST) return -logTwoSidedTail(z)
  const k = x | 0
  const low = TAIL_TABLE[k]!
  return low + (TAIL_TABLE[k + 1]! - low) * (x - k)
}
