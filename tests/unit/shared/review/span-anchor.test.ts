/** Flag spans carried by their segments, on the sample's paragraph 9 (two English sentences). */
import { describe, expect, it } from 'vitest'
import { rowText } from '@shared/review/row-text'
import { anchorSpan, placeAnchor, rowTextLength } from '@shared/review/span-anchor'
import { sampleBase } from './sample-review'

const { target } = sampleBase()
// "Despite the outlined easing of restrictions…" and "Washington is ready to discuss…"
const pair = [12, 13]
const text = rowText(target, pair)
const firstLength = target[12]!.text.length

describe('rowTextLength', () => {
  it('is the length of the joined row text without building it', () => {
    expect(rowTextLength(pair, target)).toBe(text.length)
    expect(rowTextLength([], target)).toBe(0)
  })
})

describe('anchorSpan / placeAnchor', () => {
  it('maps a span in the second sentence to that sentence and back at any position', () => {
    const start = text.indexOf('Washington is ready')
    const anchor = anchorSpan(pair, target, [start, start + 'Washington'.length])!
    expect(anchor).toEqual({
      start: { segment: 13, offset: 0 },
      end: { segment: 13, offset: 'Washington'.length }
    })
    expect(placeAnchor(anchor, [13], target)).toEqual([0, 'Washington'.length])
    expect(placeAnchor(anchor, [11, 12, 13], target)).toEqual([
      rowTextLength([11, 12], target) + 1,
      rowTextLength([11, 12], target) + 1 + 'Washington'.length
    ])
  })

  it('keeps an end that takes in the joining space with the sentence before it', () => {
    const anchor = anchorSpan(pair, target, [firstLength - 5, firstLength + 1])!
    expect(anchor.end).toEqual({ segment: 12, offset: firstLength + 1 })
    // Alone in its row the sentence has no space after it: the end is clamped to the text.
    expect(placeAnchor(anchor, [12], target)).toEqual([firstLength - 5, firstLength])
  })

  it('clamps a span across both sentences to the row holding its start', () => {
    const anchor = anchorSpan(pair, target, [firstLength - 10, firstLength + 11])!
    expect(anchor.start.segment).toBe(12)
    expect(anchor.end.segment).toBe(13)
    expect(placeAnchor(anchor, [12], target)).toEqual([firstLength - 10, firstLength])
    expect(placeAnchor(anchor, pair, target)).toEqual([firstLength - 10, firstLength + 11])
  })

  it('keeps an empty span empty, and has no anchor on a side without text', () => {
    const anchor = anchorSpan(pair, target, [firstLength + 1, firstLength + 1])!
    expect(placeAnchor(anchor, pair, target)).toEqual([firstLength + 1, firstLength + 1])
    expect(anchorSpan([], target, [0, 0])).toBeNull()
  })
})
