import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonErrorOffset, locateJsonPath } from '@shared/interchange/json-locate'

describe('finding places in JSON text', () => {
  it('a valid JSON text has no error offset; a broken one’s is where V8 says it is, when V8 says', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', '}', ',', 'x', '"'),
        (json, at, insert) => {
          expect(jsonErrorOffset(json)).toBe(json.length)
          const cut = at % (json.length + 1)
          const broken = json.slice(0, cut) + insert + json.slice(cut)
          let v8: number | 'valid' | 'unknown' = 'valid'
          try {
            JSON.parse(broken)
          } catch (error) {
            const at = /at position (\d+)/.exec((error as Error).message)
            v8 = at ? Number(at[1]) : 'unknown'
          }
          const offset = jsonErrorOffset(broken)
          if (v8 === 'valid') expect(offset).toBe(broken.length)
          else if (v8 === 'unknown') expect(offset).toBeLessThanOrEqual(broken.length)
          // Where V8 names the position, the scanner agrees with it.
          else expect(offset).toBe(v8)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('locates a value by its path', () => {
    const text = '{\n  "a": [\n    1,\n    {"b": "x"}\n  ]\n}'
    expect(locateJsonPath(text, ['a', 1, 'b'])).toEqual({ line: 4, column: 11 })
    expect(locateJsonPath(text, ['a', 0])).toEqual({ line: 3, column: 5 })
  })
})
