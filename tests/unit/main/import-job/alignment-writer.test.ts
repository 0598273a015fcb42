/**
 * alignment.json written in chunks: byte for byte what `JSON.stringify(alignment, null, 1) + '\n'`
 * gave (projects made either way are identical), durable, and never one giant string.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { alignDocuments } from '@shared/align'
import { readTextDocument } from '@shared/import/monolingual'
import type { AlignmentFile } from '@shared/project/format'
import {
  jsonPieces,
  writeAlignmentFile
} from '../../../../src/main/services/import-job/alignment-writer'
import { sampleEn, sampleRu, tempDir } from '../../../helpers/paths'

const dir = tempDir('calque-alignment-writer-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const expected = (alignment: unknown) => JSON.stringify(alignment, null, 1) + '\n'

function sampleAlignment(): AlignmentFile {
  const read = (path: string, language: 'ru' | 'en') =>
    readTextDocument(readFileSync(path, 'utf8'), { format: 'txt', language }).document
  const source = read(sampleRu, 'ru')
  const target = read(sampleEn, 'en')
  return {
    formatVersion: 1,
    aligner: 'calque-gale-church-anchors-v2',
    source: { segments: [...source.segments] },
    target: { segments: [...target.segments] },
    beads: alignDocuments(source, target).map((b) => ({
      ...b,
      source: [...b.source],
      target: [...b.target]
    }))
  }
}

describe('writeAlignmentFile', () => {
  it('writes the sample exactly as JSON.stringify(…, null, 1) does', async () => {
    const alignment = sampleAlignment()
    const path = join(dir, 'alignment.json')
    await writeAlignmentFile(path, alignment)
    expect(readFileSync(path, 'utf8')).toBe(expected(alignment))
  })

  it('replaces an existing file through a temporary one, leaving nothing behind', async () => {
    const path = join(dir, 'replace', 'alignment.json')
    const { mkdirSync, writeFileSync } = await import('node:fs')
    mkdirSync(join(dir, 'replace'))
    writeFileSync(path, 'old')
    const empty: AlignmentFile = {
      formatVersion: 1,
      aligner: 'x',
      source: { segments: [] },
      target: { segments: [] },
      beads: []
    }
    await writeAlignmentFile(path, empty)
    expect(readFileSync(path, 'utf8')).toBe(expected(empty))
    expect(readdirSync(join(dir, 'replace'))).toEqual(['alignment.json'])
  })

  it('matches JSON.stringify on any alignment-shaped data: text, numbers, empty lists', async () => {
    const segment = fc.record({
      text: fc.string({ unit: 'binary' }),
      start: fc.nat(),
      end: fc.nat(),
      paragraph: fc.nat()
    })
    const bead = fc.record({
      id: fc.nat().map((n) => `b${n}`),
      source: fc.array(fc.nat(), { maxLength: 4 }),
      target: fc.array(fc.nat(), { maxLength: 4 }),
      confidence: fc.oneof(fc.double({ min: 0, max: 1 }), fc.constantFrom(0, 1, -0, 1e-7)),
      origin: fc.constantFrom('auto' as const, 'manual' as const)
    })
    const alignment = fc.record({
      formatVersion: fc.constant(1 as const),
      aligner: fc.string(),
      source: fc.record({ segments: fc.array(segment, { maxLength: 8 }) }),
      target: fc.record({ segments: fc.array(segment, { maxLength: 8 }) }),
      beads: fc.array(bead, { maxLength: 8 })
    })
    let k = 0
    await fc.assert(
      fc.asyncProperty(alignment, async (value) => {
        const path = join(dir, `prop-${k++}.json`)
        await writeAlignmentFile(path, value)
        expect(readFileSync(path, 'utf8')).toBe(expected(value))
      }),
      { numRuns: 60 }
    )
  })

  it('follows JSON.stringify on values it leaves out or writes as null', () => {
    const odd = { a: undefined, b: [undefined, () => 1, null], c: { d: [[]], e: {} }, f: NaN }
    expect([...jsonPieces(odd, 0)].join('')).toBe(JSON.stringify(odd, null, 1))
  })

  it('builds a large alignment from small pieces, never one string for the whole', () => {
    const segments = Array.from({ length: 100_000 }, (_, k) => ({
      text: `Sentence number ${k}.`,
      start: k * 22,
      end: k * 22 + 21,
      paragraph: k
    }))
    const alignment = {
      formatVersion: 1,
      aligner: 'x',
      source: { segments },
      target: { segments },
      beads: []
    }
    let longest = 0
    let total = 0
    for (const piece of jsonPieces(alignment, 0)) {
      longest = Math.max(longest, piece.length)
      total += piece.length
    }
    expect(total).toBe(JSON.stringify(alignment, null, 1).length)
    // A thousand segments at a time: pieces stay small however long the alignment is.
    expect(longest).toBeLessThan(150_000)
    expect(total / longest).toBeGreaterThan(50)
  })
})
