import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ENCODINGS } from '@shared/import/types'
import { decodeWith } from '@shared/text/decode-bytes'
import { UNCERTAIN_BELOW, analyseEncoding, detectEncoding } from '@shared/text/detect-encoding'
import { sampleRu } from '../../../helpers/paths'
import { BUCKETS, corpusSamples, hasWmt, wmtTsv } from './corpus-samples'
import {
  SINGLE_BYTE,
  encode,
  encodeSingleByte,
  encodeUtf16,
  encodeUtf8,
  representable,
  type SingleByte
} from '../../../helpers/encoders'

const ru = readFileSync(sampleRu, 'utf8')
const paragraphs = ru.split('\n\n')

/** The sample's text as a file in `encoding` would hold it (see `representable`). */
const inEncoding = (text: string, encoding: (typeof ENCODINGS)[number]): string =>
  encoding.startsWith('utf') ? text : representable(text, encoding as SingleByte)

describe('detectEncoding: byte-order marks and Unicode', () => {
  it('trusts a BOM', () => {
    expect(detectEncoding(encodeUtf8('Минск', true))).toEqual({
      name: 'utf-8',
      source: 'bom',
      confidence: 1
    })
    expect(detectEncoding(encodeUtf16('Минск', 'le'))).toMatchObject({
      name: 'utf-16le',
      source: 'bom'
    })
    expect(detectEncoding(encodeUtf16('Минск', 'be'))).toMatchObject({
      name: 'utf-16be',
      source: 'bom'
    })
  })

  it('calls well-formed UTF-8 and pure ASCII UTF-8, with full confidence', () => {
    expect(detectEncoding(encodeUtf8(ru))).toEqual({
      name: 'utf-8',
      source: 'detected',
      confidence: 1
    })
    expect(detectEncoding(encodeUtf8('Minsk and Washington.'))).toMatchObject({
      name: 'utf-8',
      confidence: 1
    })
  })

  it('reads a few broken sequences among many good ones as damaged UTF-8, not a codepage', () => {
    const bytes = encodeUtf8(paragraphs[2]!)
    const damaged = Uint8Array.from([...bytes.subarray(0, 41), 0xff, ...bytes.subarray(41)])
    const analysis = analyseEncoding(damaged)
    expect(analysis.encoding.name).toBe('utf-8')
    expect(analysis.encoding.confidence).toBeLessThan(UNCERTAIN_BELOW)
    expect(analysis.invalidUtf8).toEqual({ count: 1, firstOffset: 41 })
  })

  it('recognises UTF-16 without a BOM by its zero and 0x04 high bytes, Cyrillic or ASCII', () => {
    for (const text of [paragraphs[0]!, 'Минск', 'Minsk and Washington agreed.', ru]) {
      expect(detectEncoding(encodeUtf16(text, 'le', false)).name).toBe('utf-16le')
      expect(detectEncoding(encodeUtf16(text, 'be', false)).name).toBe('utf-16be')
    }
  })

  it('does not take a short CP866 text that happens to be well-formed UTF-8 for UTF-8', () => {
    // «умерли» in CP866 is E3 AC A5 E0 AB A8: two well-formed three-byte sequences (CJK characters).
    const bytes = encodeSingleByte('умерли', 'ibm866')
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toHaveLength(2)
    expect(detectEncoding(bytes).name).toBe('ibm866')
  })

  it('keeps real UTF-8 in a script no codepage reads as text (Chinese) as UTF-8', () => {
    expect(detectEncoding(encodeUtf8('明斯克和华盛顿同意恢复大使级外交关系')).name).toBe('utf-8')
  })

  it('reports data that is no text as binary', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2])
    expect(analyseEncoding(png).binary).toBe(true)
    const controls = Uint8Array.from({ length: 400 }, (_, i) =>
      i % 3 === 0 ? 0x01 : 0xc0 + (i % 32)
    )
    expect(analyseEncoding(controls).binary).toBe(true)
  })
})

describe('detectEncoding: the Cyrillic codepages, short and long', () => {
  const short = {
    'one word': 'Минск',
    'one lower-case word': 'посол',
    'a headline': paragraphs[0]!,
    'an ALL-CAPS headline': paragraphs[0]!.toUpperCase(),
    'a two-line file': `${paragraphs[0]}\n${paragraphs[1]}\n`,
    'a dateline': 'Минск, 17 сентября',
    'the whole sample': ru
  }
  for (const encoding of SINGLE_BYTE) {
    for (const [name, text] of Object.entries(short)) {
      it(`${name} in ${encoding}`, () => {
        const expected = representable(text, encoding)
        const bytes = encodeSingleByte(expected, encoding)
        const detected = detectEncoding(bytes)
        expect(detected.name).toBe(encoding)
        expect(decodeWith(bytes, detected.name)).toBe(expected)
      })
    }
  }

  it('is sure of a paragraph and unsure of a lone letter', () => {
    expect(detectEncoding(encodeSingleByte(paragraphs[2]!, 'windows-1251')).confidence).toBe(1)
    expect(detectEncoding(encodeSingleByte('В', 'koi8-r')).confidence).toBeLessThan(UNCERTAIN_BELOW)
  })

  it('keeps Belarusian letters in Windows-1251 (і, ў)', () => {
    const text = 'Беларусь і Злучаныя Штаты дамовіліся аднавіць адносіны на ўзроўні паслоў'
    expect(detectEncoding(encodeSingleByte(text, 'windows-1251')).name).toBe('windows-1251')
  })
})

describe('the sample ru.txt converted to each encoding opens to exactly the same text', () => {
  for (const encoding of ENCODINGS) {
    it(encoding, () => {
      // KOI8-R, CP866 and ISO-8859-5 lack « » — …: files in them write " - ... instead.
      const text = inEncoding(ru, encoding)
      const bytes = encode(text, encoding)
      const detected = detectEncoding(bytes)
      expect(detected.name).toBe(encoding)
      expect(detected.confidence).toBe(1)
      expect(decodeWith(bytes, detected.name)).toBe(text)
    })
  }
})

describe.skipIf(!hasWmt)(
  `detection accuracy on the WMT Russian documents${hasWmt ? '' : ` (skipped: ${wmtTsv} absent)`}`,
  () => {
    /** Share of texts decoded exactly, per codepage and length; the floors sit just under measurement. */
    const floors: Record<(typeof BUCKETS)[number], number> = {
      '1 word': 0.9,
      '2 words': 0.995,
      '3 words': 0.999,
      '4-6 words': 1,
      '7-15 words': 1,
      sentence: 1,
      document: 1,
      'CAPS 2-6 words': 0.995
    }
    const samples = hasWmt ? corpusSamples() : undefined
    const table: string[] = []

    for (const encoding of SINGLE_BYTE) {
      it(`${encoding}: every length bucket at or above its floor`, () => {
        const row: string[] = []
        for (const bucket of BUCKETS) {
          let right = 0
          let total = 0
          for (const sample of samples![bucket]) {
            const text = representable(sample, encoding)
            const bytes = encodeSingleByte(text, encoding)
            if (!bytes.some((byte) => byte >= 0x80)) continue // ASCII only: every encoding agrees
            total++
            const detected = detectEncoding(bytes).name
            if (decodeWith(bytes, detected) === text) right++
          }
          const accuracy = right / total
          row.push(`${bucket} ${(accuracy * 100).toFixed(2)}% (${total - right}/${total} wrong)`)
          expect(accuracy, `${encoding}, ${bucket}`).toBeGreaterThanOrEqual(floors[bucket])
        }
        table.push(`${encoding}: ${row.join(' | ')}`)
      })
    }

    it('prints the table', () => {
      console.log(`Encoding detection accuracy (texts decoded exactly):\n${table.join('\n')}`)
      expect(table).toHaveLength(SINGLE_BYTE.length)
    })
  }
)
