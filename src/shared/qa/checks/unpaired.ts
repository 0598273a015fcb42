/**
 * Omissions and additions the alignment shows: a Russian sentence with no English (a 1-0 row: the MT
 * dropped it) and English with no Russian (0-1: added, or page furniture only one side has).
 */
import { isBlank } from '../text/words'
import type { RowCheck } from '../types'
import { message } from './message'

export const unpaired: RowCheck = {
  id: 'unpaired',
  scope: 'row',
  category: 'accuracy/omission',
  severity: 'major',
  run(row, _context, emit) {
    const source = !isBlank(row.source)
    const target = !isBlank(row.target)
    if (source && !target) {
      emit({
        row,
        side: 'source',
        span: [0, row.source.length],
        message: message('omittedSentence')
      })
    } else if (target && !source) {
      emit({
        row,
        side: 'target',
        span: [0, row.target.length],
        category: 'accuracy/addition',
        message: message('addedSentence')
      })
    }
  }
}
