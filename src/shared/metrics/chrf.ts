/**
 * chrF (Popović 2015) with sacrebleu's defaults: character n-grams of orders 1..6, beta = 2, white
 * space removed before counting, case-sensitive, no word n-grams (chrF2, not chrF++), and sacrebleu's
 * default averaging (`eps_smoothing=False`): precision and recall are averaged over the orders for which
 * both texts have n-grams, then combined into one F-beta. Scores are 0..100.
 *
 * A corpus score sums the n-gram statistics of all pairs before computing F (as `corpus_chrf` does),
 * so it is not the mean of sentence scores. Characters are code points (as in Python), not UTF-16 units.
 */

export const CHRF_ORDER = 6
export const CHRF_BETA = 2

/** Per order n = 1..order: [hypothesis n-grams, reference n-grams, matching n-grams], flattened. */
export type ChrfStatistics = readonly number[]

export function chrfStatistics(
  hypothesis: string,
  reference: string,
  order = CHRF_ORDER
): number[] {
  const hyp = Array.from(hypothesis.replace(/\s+/gu, ''))
  const ref = Array.from(reference.replace(/\s+/gu, ''))
  const stats = new Array<number>(order * 3).fill(0)
  for (let n = 1; n <= order; n++) {
    const hypGrams = ngramCounts(hyp, n)
    const refGrams = ngramCounts(ref, n)
    let matches = 0
    for (const [gram, count] of hypGrams) matches += Math.min(count, refGrams.get(gram) ?? 0)
    stats[3 * (n - 1)] = Math.max(0, hyp.length - n + 1)
    stats[3 * (n - 1) + 1] = Math.max(0, ref.length - n + 1)
    stats[3 * (n - 1) + 2] = matches
  }
  return stats
}

/** Adds `more` into `total` (same order), for corpus statistics. */
export function addChrfStatistics(total: number[], more: ChrfStatistics): void {
  for (let i = 0; i < more.length; i++) total[i] = (total[i] ?? 0) + more[i]!
}

export function chrfFromStatistics(stats: ChrfStatistics, beta = CHRF_BETA): number {
  let precision = 0
  let recall = 0
  let effectiveOrder = 0
  for (let i = 0; i + 2 < stats.length; i += 3) {
    const hyp = stats[i]!
    const ref = stats[i + 1]!
    const match = stats[i + 2]!
    if (hyp > 0 && ref > 0) {
      precision += match / hyp
      recall += match / ref
      effectiveOrder++
    }
  }
  if (effectiveOrder === 0) return 0
  precision /= effectiveOrder
  recall /= effectiveOrder
  if (precision + recall === 0) return 0
  const b2 = beta * beta
  return (100 * ((1 + b2) * precision * recall)) / (b2 * precision + recall)
}

export function sentenceChrf(
  hypothesis: string,
  reference: string,
  options: { readonly order?: number; readonly beta?: number } = {}
): number {
  return chrfFromStatistics(chrfStatistics(hypothesis, reference, options.order), options.beta)
}

export function corpusChrf(
  pairs: readonly { readonly hypothesis: string; readonly reference: string }[],
  options: { readonly order?: number; readonly beta?: number } = {}
): number {
  const order = options.order ?? CHRF_ORDER
  const total = new Array<number>(order * 3).fill(0)
  for (const pair of pairs)
    addChrfStatistics(total, chrfStatistics(pair.hypothesis, pair.reference, order))
  return chrfFromStatistics(total, options.beta)
}

function ngramCounts(chars: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}
