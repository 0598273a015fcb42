import { describe, expect, it } from 'vitest'
import { spanContext, trimContext } from '@shared/report/span-context'
import { SAMPLE_EN } from '../scoring/sample-article'

const calqueRow = SAMPLE_EN[15]!
const IDIOM = 'morning chairs –money in the evening'

describe('a flag quoted in its context', () => {
  it('keeps whole words around the span, with an ellipsis where the row goes on', () => {
    const start = calqueRow.indexOf(IDIOM)
    const quote = spanContext(calqueRow, [start, start + IDIOM.length], 30)
    expect(quote.text).toBe(IDIOM)
    expect(quote.before).toBe('…language, Washington states: "')
    expect(quote.after).toBe('". And Lukashenka, of course,…')
    // Each side is a real piece of the row, cut at a space.
    expect(calqueRow).toContain(quote.before.slice(1) + quote.text + quote.after.slice(0, -1))
  })

  it('does not cut a short row', () => {
    const row = SAMPLE_EN[2]!
    const start = row.lastIndexOf('..')
    const quote = spanContext(SAMPLE_EN[2]!, [start, start + 2], 400)
    expect(quote.before + quote.text + quote.after).toBe(row)
    expect(quote.text).toBe('..')
  })

  it('clamps a span that runs past the text, and quotes the start of a segment with no span', () => {
    expect(spanContext('Minsk and Washington', [10, 99])).toEqual({
      before: 'Minsk and ',
      text: 'Washington',
      after: ''
    })
    expect(spanContext('Minsk and Washington', [30, 40]).text).toBe('')
    const whole = spanContext(calqueRow, null, 10)
    expect(whole.before).toBe('')
    expect(whole.after).toBe('')
    expect(whole.text.endsWith('…')).toBe(true)
    expect(calqueRow.startsWith(whole.text.slice(0, -1))).toBe(true)
  })
})

describe('a shorter quote for a narrow cell', () => {
  it('cuts the context again at word boundaries, keeping the span and the ellipses', () => {
    const start = calqueRow.indexOf(IDIOM)
    const quote = trimContext(spanContext(calqueRow, [start, start + IDIOM.length]), 14)
    expect(quote).toEqual({ before: '…states: "', text: IDIOM, after: '". And…' })
    // Short context stays as it was, with its ellipsis when the row went on.
    const short = { before: '…in ', text: 'Minsk', after: '.' }
    expect(trimContext(short, 14)).toEqual(short)
    expect(trimContext({ before: 'In ', text: 'Minsk', after: '' }, 14)).toEqual({
      before: 'In ',
      text: 'Minsk',
      after: ''
    })
  })
})
