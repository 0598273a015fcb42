/** Row text is what flag spans index into: one space between a bead side's segments, nothing else. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Segment } from '@shared/domain/document'
import { beadTexts, rowSideText, rowText, trimSpan } from '@shared/review/row-text'
import { sampleEn } from '../../../helpers/paths'

/** The sample's paragraph 9 as segments, cut by hand at its two sentence ends (offsets into the file). */
function paragraphNine(): Segment[] {
  const text = readFileSync(sampleEn, 'utf8')
  const start = text.indexOf('Despite the outlined easing')
  const end = text.indexOf('\n', start)
  const paragraph = text.slice(start, end)
  const cut = paragraph.indexOf('George W. Bush') + 'George W.'.length
  return [
    { text: text.slice(start, start + cut), start, end: start + cut, paragraph: 8 },
    { text: text.slice(start + cut + 1, end), start: start + cut + 1, end, paragraph: 8 }
  ]
}

describe('rowText', () => {
  it('joins a side’s segments with exactly one space', () => {
    const segments = paragraphNine()
    const joined = rowText(segments, [0, 1])
    expect(joined).toBe(`${segments[0]!.text} ${segments[1]!.text}`)
    expect(joined).toContain('George W. Bush administration')
    expect(joined.endsWith('a number of officials..')).toBe(true)
    expect(rowText(segments, [1])).toBe(segments[1]!.text)
  })

  it('is empty for an empty side (a 1-0 or 0-1 row)', () => {
    expect(rowText(paragraphNine(), [])).toBe('')
  })

  it('refuses a bead that points at a segment that does not exist', () => {
    expect(() => rowText(paragraphNine(), [0, 2])).toThrow(RangeError)
  })

  it('gives both sides of a bead, and each side by name', () => {
    const en = paragraphNine()
    const ru: Segment[] = [
      { text: 'Несмотря на наметившееся смягчение ограничений…', start: 0, end: 47, paragraph: 8 }
    ]
    const bead = { source: [0], target: [0, 1] }
    expect(beadTexts(bead, ru, en)).toEqual({ source: ru[0]!.text, target: rowText(en, [0, 1]) })
    expect(rowSideText(bead, 'target', en)).toBe(rowText(en, [0, 1]))
    expect(rowSideText(bead, 'source', ru)).toBe(ru[0]!.text)
  })
})

describe('trimSpan', () => {
  const text =
    'In simple, accessible language, Washington states: "morning chairs –money in the evening".'

  it('shrinks a selection past the spaces a mouse drag grabs', () => {
    const start = text.indexOf('Washington')
    expect(trimSpan(text, [start - 1, start + 'Washington'.length + 1])).toEqual([
      start,
      start + 'Washington'.length
    ])
  })

  it('clamps into the text and collapses an all-blank span', () => {
    expect(trimSpan(text, [text.length - 3, text.length + 10])).toEqual([
      text.length - 3,
      text.length
    ])
    const space = text.indexOf(' ')
    expect(trimSpan(text, [space, space + 1])).toEqual([space + 1, space + 1])
  })
})
