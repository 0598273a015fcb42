import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markSpan, stripSpanMarks } from '@shared/mqm-tsv'

describe('<v>…</v> error spans', () => {
  it('become offsets into the text without the marks', () => {
    // A line of the WMT21 en-ru news file
    const marked = 'Страна была в списке стран <v>«путешествующего</v> коридора», которые'
    const { text, spans } = stripSpanMarks(marked)
    expect(text).toBe('Страна была в списке стран «путешествующего коридора», которые')
    expect(spans).toEqual([[27, 43]])
    expect(text.slice(27, 43)).toBe('«путешествующего')
  })

  it('keep several spans, empty ones and spans of white space', () => {
    expect(stripSpanMarks('a<v>b</v>c<v></v>d<v> </v>e')).toEqual({
      text: 'abcd e',
      spans: [
        [1, 2],
        [3, 3],
        [4, 5]
      ]
    })
  })

  it('tolerate broken marks: a stray close is dropped, an unclosed span runs to the end', () => {
    expect(stripSpanMarks('a</v>b')).toEqual({ text: 'ab', spans: [] })
    expect(stripSpanMarks('ab<v>cd')).toEqual({ text: 'abcd', spans: [[2, 4]] })
    expect(stripSpanMarks('<v>a<v>b</v>c')).toEqual({ text: 'abc', spans: [[0, 2]] })
  })

  it('round-trip: marking a span and stripping it gives the text and span back', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('<')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = Math.min(a, b) % (text.length + 1)
          const end = Math.max(start, Math.max(a, b) % (text.length + 1))
          expect(stripSpanMarks(markSpan(text, [start, end]))).toEqual({
            text,
            spans: [[start, end]]
          })
        }
      )
    )
  })
})
