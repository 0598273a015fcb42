/**
 * Russian idioms, proverbs, set phrases and fixed names rendered word for word: the phrase is found in
 * the Russian (any inflection, see text/patterns.ts) and confirmed by one of its literal renderings in
 * the English of the same row ("morning chairs" for «утром стулья — вечером деньги»). Without that
 * confirmation nothing is reported: a translator who found an English equivalent needs no hint.
 */
import type { RowCheck } from '../types'
import { findAnchored, keyPositions } from '../text/patterns'
import { message } from './message'

export const calque: RowCheck = {
  id: 'calque',
  scope: 'row',
  category: 'accuracy/mistranslation',
  severity: 'major',
  run(row, context, emit) {
    if (row.source === '' || row.target === '') return
    const sourceWords = context.words(row, 'source')
    const hits = context.phrases.index.find(sourceWords)
    if (hits.length === 0) return
    const targetWords = context.words(row, 'target')
    const positions = keyPositions(targetWords)
    for (const { payload, match } of hits) {
      for (const literal of payload.literal) {
        const found = findAnchored(literal, targetWords, positions)
        if (!found) continue
        const { entry } = payload
        emit({
          row,
          side: 'target',
          span: [targetWords.starts[found.first]!, targetWords.ends[found.last]!],
          ...(entry.category ? { category: entry.category } : {}),
          ...(entry.severity ? { severity: entry.severity } : {}),
          message: message(`calque.${entry.kind}`, {
            phrase: row.source.slice(
              sourceWords.starts[match.first]!,
              sourceWords.ends[match.last]!
            ),
            idiom: entry.ru,
            suggestion: entry.idiomatic.join(' / '),
            note: entry.note ?? ''
          })
        })
        break
      }
    }
  }
}
