/**
 * Encodings that lie or are damaged: the bytes decide, the text stays readable, and the user is told
 * exactly what happened and where (never a codepage picked "with confidence 1" that garbles it all).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFile } from '@shared/import'
import type { ImportResult } from '@shared/import/types'
import { warningMessage } from '../../../../src/cli/messages'
import { sampleRu } from '../../../helpers/paths'
import { encodeSingleByte, encodeUtf8, representable } from '../../../helpers/encoders'

const ru = readFileSync(sampleRu, 'utf8')
const headline = ru.split('\n')[0]!

const textOf = (result: ImportResult): string =>
  result.kind === 'monolingual' ? result.document.text : result.source.text
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? []

/** mulberry32: the same corruption on every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('UTF-8 with damaged bytes is read as UTF-8', () => {
  it('a short headline with one bad byte: the rest intact, the place named', () => {
    const bytes = encodeUtf8(headline)
    const at = bytes.indexOf(0x20) // between two words
    const damaged = Uint8Array.from([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)])
    const result = importFile(damaged, 'ru.txt', { language: 'ru' })
    expect(result.encoding.name).toBe('utf-8')
    expect(textOf(result)).toBe(`${headline.slice(0, 3)}\ufffd${headline.slice(3)}`)
    expect(result.warnings).toEqual([{ code: 'encoding-damaged', count: 1, offset: at }])
    expect(warningMessage(result.warnings[0]!, 'ru.txt', 'ru')).toBe(
      `ru.txt is UTF-8 with 1 damaged byte sequence, at byte ${at}, shown as \ufffd: check the text there.`
    )
  })

  it('the whole article with 80 bytes overwritten at random: UTF-8, almost every word kept', () => {
    const bytes = encodeUtf8(ru)
    const random = seeded(80)
    for (let k = 0; k < 80; k++)
      bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256)
    const result = importFile(bytes, 'ru.txt', { language: 'ru' })
    expect(result.encoding.name).toBe('utf-8')
    const warning = result.warnings.find((w) => w.code === 'encoding-damaged')
    expect(warning?.count).toBeGreaterThan(0)
    expect(warning?.offset).toBeGreaterThanOrEqual(0)
    const kept = new Set(words(textOf(result)))
    const original = words(ru)
    expect(original.filter((word) => kept.has(word)).length / original.length).toBeGreaterThan(0.9)
  })
})

describe('a file half UTF-8, half Windows-1251', () => {
  const cut = ru.indexOf('\n\n', ru.length / 2)
  const first = ru.slice(0, cut)
  const second = representable(ru.slice(cut), 'windows-1251')
  const bytes = Uint8Array.from([...encodeUtf8(first), ...encodeSingleByte(second, 'windows-1251')])

  it('reads each half in its own encoding and says which lines were not UTF-8', () => {
    const result = importFile(bytes, 'ru.txt', { language: 'ru' })
    expect(words(textOf(result))).toEqual(words(first + second))
    const lines = second.split('\n').filter((line) => /[^\p{ASCII}]/u.test(line)).length
    expect(result.warnings).toEqual([
      {
        code: 'encoding-mixed',
        encoding: 'windows-1251',
        count: lines,
        offset: encodeUtf8(first).length + 2 // the blank line before the first Windows-1251 line
      }
    ])
    expect(result.encoding.confidence).toBeLessThan(0.5)
    expect(warningMessage(result.warnings[0]!, 'ru.txt', 'ru')).toMatch(
      /^ru\.txt mixes encodings: \d+ lines, the first at byte \d+, are not UTF-8 and were read as windows-1251: check them\.$/
    )
  })
})

describe('a declaration the bytes contradict', () => {
  const tmx = (encoding: string) =>
    `<?xml version="1.0" encoding="${encoding}"?>\n<tmx version="1.4"><header srclang="ru"/><body>` +
    `<tu><tuv xml:lang="ru"><seg>${headline}</seg></tuv><tuv xml:lang="en"><seg>The US and Belarus.</seg></tuv></tu>` +
    `</body></tmx>`

  it('a TMX declaring windows-1251 that holds UTF-8 is read as UTF-8, with a warning', () => {
    const result = importFile(encodeUtf8(tmx('windows-1251')), 'a.tmx', { language: 'ru' })
    expect(result.encoding).toMatchObject({ name: 'utf-8', source: 'detected' })
    expect(textOf(result)).toBe(headline)
    expect(result.warnings).toContainEqual({
      code: 'encoding-overruled',
      detail: 'windows-1251',
      encoding: 'utf-8'
    })
    expect(warningMessage(result.warnings[0]!, 'a.tmx', 'ru')).toBe(
      'a.tmx declares the encoding windows-1251, but its bytes say otherwise: it was read as utf-8.'
    )
  })

  it('an HTML page declaring windows-1251 that holds UTF-8 likewise', () => {
    const html = `<html><head><meta charset="windows-1251"></head><body><p>${headline}</p></body></html>`
    const result = importFile(encodeUtf8(html), 'a.html', { language: 'ru' })
    expect(textOf(result)).toBe(headline)
    expect(result.warnings[0]).toMatchObject({ code: 'encoding-overruled', encoding: 'utf-8' })
  })

  it('a declaration the bytes agree with is kept, without a word', () => {
    const result = importFile(encodeSingleByte(tmx('windows-1251'), 'windows-1251'), 'a.tmx', {
      language: 'ru'
    })
    expect(result.encoding).toEqual({ name: 'windows-1251', source: 'declared', confidence: 1 })
    expect(result.warnings.filter((w) => w.code.startsWith('encoding'))).toEqual([])
  })
})

describe('valid UTF-8 draws no encoding warning', () => {
  it('not even in a script the detector does not expect', () => {
    const result = importFile(encodeUtf8('中文文本，这是一个测试。'.repeat(5)), 'zh.txt', {
      language: 'ru'
    })
    expect(result.encoding).toEqual({ name: 'utf-8', source: 'detected', confidence: 1 })
    expect(result.warnings.filter((w) => w.code.startsWith('encoding'))).toEqual([])
  })
})
