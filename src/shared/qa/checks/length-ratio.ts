/**
 * Rows whose English is far longer or shorter than the document's own English/Russian ratio leads to
 * expect: a clause lost or invented inside a sentence, which the alignment cannot show. The ratio is
 * the document's median (robust to the outliers it looks for), with a spread from the median absolute
 * deviation; short rows are left alone, where a few characters swing the ratio.
 */
import { isBlank } from '../text/words'
import type { DocumentCheck, QaRow } from '../types'
import { message } from './message'

/** Characters added to both lengths: damps the ratio of short rows. */
const SMOOTHING = 20
/** Below this many characters on the longer side a row is not judged. */
const MIN_LENGTH = 40
/** How many robust standard deviations away counts as an outlier. */
const THRESHOLD = 4
/** The spread never counts as narrower than this (log ratio): translation varies. */
const MIN_SPREAD = 0.15
/** Nor is a difference of fewer characters than this reported. */
const MIN_GAP = 30
/** English news runs about as long as its Russian source (WMT ru-en references: median ~1.0). */
const PRIOR_RATIO = 0
/** With fewer rows than this the document's median is mixed with the prior. */
const PRIOR_WEIGHT = 10

const logRatio = (row: QaRow) =>
  Math.log((row.target.length + SMOOTHING) / (row.source.length + SMOOTHING))

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const lengthRatio: DocumentCheck = {
  id: 'length-ratio',
  scope: 'document',
  category: 'accuracy/omission',
  severity: 'minor',
  run(context, emit) {
    const paired = context.rows.filter((row) => !isBlank(row.source) && !isBlank(row.target))
    const ratios = paired.map(logRatio)
    const n = ratios.length
    const centre = (median(ratios) * n + PRIOR_RATIO * PRIOR_WEIGHT) / (n + PRIOR_WEIGHT)
    const spread = Math.max(MIN_SPREAD, 1.4826 * median(ratios.map((r) => Math.abs(r - centre))))
    paired.forEach((row, k) => {
      if (Math.max(row.source.length, row.target.length) < MIN_LENGTH) return
      const z = (ratios[k]! - centre) / spread
      if (Math.abs(z) < THRESHOLD) return
      const expected = (row.source.length + SMOOTHING) * Math.exp(centre) - SMOOTHING
      if (Math.abs(row.target.length - expected) < MIN_GAP) return
      const shorter = z < 0
      emit({
        row,
        side: 'target',
        span: [0, row.target.length],
        category: shorter ? 'accuracy/omission' : 'accuracy/addition',
        message: message(shorter ? 'targetTooShort' : 'targetTooLong', {
          percent: Math.round((row.target.length / Math.max(1, expected)) * 100)
        })
      })
    })
  }
}
