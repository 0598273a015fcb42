import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../src/cli/args'
import { formatBeadLines, formatJson, roundConfidence } from '../../../src/cli/format'
import { humanSize } from '../../../src/cli/messages'
import { buildDocument } from '@shared/segment/document'

describe('parseArgs', () => {
  it('reads align with its flags in any order', () => {
    expect(parseArgs(['align', '--json', 'ru.txt', '--presegmented', 'en.txt'])).toEqual({
      ok: true,
      command: {
        kind: 'align',
        source: 'ru.txt',
        target: 'en.txt',
        presegmented: true,
        json: true,
        rules: []
      }
    })
    expect(parseArgs(['align', 'ru.txt', 'en.txt'])).toMatchObject({
      command: { presegmented: false, json: false }
    })
  })

  it('treats everything after -- as a file name', () => {
    expect(parseArgs(['align', '--', '--json', 'en.txt'])).toMatchObject({
      command: { source: '--json', target: 'en.txt', json: false }
    })
  })

  it('reads encodings (case-insensitive, --opt=value too) and repeated --rules', () => {
    expect(
      parseArgs([
        'align',
        '--source-encoding',
        'Windows-1251',
        '--target-encoding=utf-16le',
        '--rules',
        'a.json',
        '--rules=b.json',
        'ru.txt',
        'en.txt'
      ])
    ).toMatchObject({
      ok: true,
      command: {
        sourceEncoding: 'windows-1251',
        targetEncoding: 'utf-16le',
        rules: ['a.json', 'b.json']
      }
    })
    expect(parseArgs(['align', '--encoding', 'koi8-r', 'a', 'b'])).toMatchObject({
      command: { sourceEncoding: 'koi8-r', targetEncoding: 'koi8-r' }
    })
  })

  it('refuses an unknown encoding, a missing value, and options that make no sense for one file', () => {
    expect(parseArgs(['align', '--source-encoding', 'latin1', 'a', 'b'])).toEqual({
      ok: false,
      message:
        'unknown encoding "latin1" (one of: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, ibm866, iso-8859-5)'
    })
    expect(parseArgs(['align', 'a', 'b', '--rules'])).toEqual({
      ok: false,
      message: '--rules needs a value'
    })
    expect(parseArgs(['align', '--presegmented', 'article.xlf'])).toEqual({
      ok: false,
      message: 'a bilingual file is already segmented: --presegmented and --rules do not apply'
    })
  })

  it('rejects --version with extra arguments', () => {
    expect(parseArgs(['--version', 'x'])).toEqual({ ok: false, message: 'unexpected argument "x"' })
  })
})

describe('output formats', () => {
  const beads = [
    { id: 'b0', source: [0], target: [0, 1], confidence: 0.93456, origin: 'auto' as const },
    { id: 'b1', source: [], target: [2], confidence: 0.4, origin: 'auto' as const },
    { id: 'b2', source: [1, 2], target: [], confidence: 1, origin: 'auto' as const }
  ]

  it('writes the gold format with a TAB and three decimals', () => {
    expect(formatBeadLines(beads)).toBe('[0]:[0, 1]\t0.935\n[]:[2]\t0.400\n[1, 2]:[]\t1.000\n')
  })

  it('writes JSON with rounded confidences', () => {
    const source = buildDocument('Раз. Два.', 'ru')
    const target = buildDocument('One.', 'en')
    expect(formatJson(source, target, beads.slice(0, 1))).toBe(
      '{"source":{"segments":[{"text":"Раз.","start":0,"end":4,"paragraph":0},{"text":"Два.","start":5,"end":9,"paragraph":0}]},' +
        '"target":{"segments":[{"text":"One.","start":0,"end":4,"paragraph":0}]},' +
        '"beads":[{"source":[0],"target":[0,1],"confidence":0.935}]}\n'
    )
    expect(roundConfidence(0.99951)).toBe(1)
  })

  it('writes sizes the way the error messages want them', () => {
    expect(humanSize(900)).toBe('900 bytes')
    expect(humanSize(1536)).toBe('1.5 kB')
    expect(humanSize(65_011_712)).toBe('62.0 MB')
    expect(humanSize(50 * 1024 * 1024)).toBe('50.0 MB')
  })
})
