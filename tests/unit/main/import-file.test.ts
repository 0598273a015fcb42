import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_MAX_TEXT_BYTES, importPath } from '../../../src/main/services/import-file'
import type { MonolingualImport } from '@shared/import/types'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'
import { encodeSingleByte, encodeUtf16 } from '../../helpers/encoders'

const dir = tempDir('calque-import-file-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function failure(promise: Promise<unknown>): Promise<CalqueError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(CalqueFailure)
    return (error as CalqueFailure).error
  }
  throw new Error('expected a CalqueFailure')
}

describe('importPath', () => {
  it('imports the sample pair and returns the original bytes untouched', async () => {
    const ru = await importPath(sampleRu, { language: 'ru' })
    const en = await importPath(sampleEn, { language: 'en' })
    expect((ru as MonolingualImport).document.segments).toHaveLength(50)
    expect((en as MonolingualImport).document.segments).toHaveLength(50)
    expect(ru.bytes).toEqual(new Uint8Array(readFileSync(sampleRu)))
    expect(en.warnings).toEqual([])
  })

  it('opens the sample in Windows-1251 and UTF-16 identically to UTF-8', async () => {
    const text = readFileSync(sampleRu, 'utf8')
    const utf8 = (await importPath(sampleRu, { language: 'ru' })) as MonolingualImport
    for (const [name, bytes] of [
      ['ru-1251.txt', encodeSingleByte(text, 'windows-1251')],
      ['ru-utf16.txt', encodeUtf16(text, 'le')]
    ] as const) {
      const imported = await importPath(file(name, bytes), { language: 'ru' })
      expect((imported as MonolingualImport).document).toEqual(utf8.document)
      expect(imported.bytes).toEqual(bytes)
    }
  })

  it('refuses a 200 MB file from its size alone, before reading it', async () => {
    const path = join(dir, 'huge.txt')
    writeFileSync(path, '')
    truncateSync(path, 200 * 1024 * 1024) // sparse: no 200 MB is written
    expect(statSync(path).size).toBe(209_715_200)
    expect(await failure(importPath(path, { language: 'ru' }))).toEqual({
      code: 'file-too-large',
      path,
      limit: DEFAULT_MAX_TEXT_BYTES,
      size: 209_715_200
    })
  })

  it('honours a smaller limit', async () => {
    const path = file('twelve.txt', 'Twelve bytes')
    expect((await failure(importPath(path, { language: 'en', maxBytes: 11 }))).code).toBe(
      'file-too-large'
    )
    expect((await importPath(path, { language: 'en', maxBytes: 12 })).kind).toBe('monolingual')
  })

  it('adds the path to what the import refuses, and leaves the side to the caller', async () => {
    const png = file(
      'picture.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
    )
    expect(await failure(importPath(png, { language: 'ru' }))).toEqual({
      code: 'file-format-unsupported',
      path: png,
      format: 'PNG image',
      detail: 'a PNG image, named .txt'
    })
    const empty = file('empty.txt', '')
    expect(await failure(importPath(empty, { language: 'ru' }))).toEqual({
      code: 'file-empty',
      path: empty
    })
    const cp1251 = file('cp1251.txt', encodeSingleByte('Минск', 'windows-1251'))
    expect(await failure(importPath(cp1251, { language: 'ru', encoding: 'utf-8' }))).toMatchObject({
      code: 'encoding-mismatch',
      path: cp1251,
      encoding: 'utf-8',
      offset: 0
    })
  })

  it('says what is wrong with the path itself', async () => {
    const missing = join(dir, 'missing.txt')
    expect(await failure(importPath(missing, { language: 'ru' }))).toEqual({
      code: 'file-missing',
      path: missing
    })
    const folder = join(dir, 'folder.txt')
    mkdirSync(folder)
    expect(await failure(importPath(folder, { language: 'ru' }))).toEqual({
      code: 'file-is-directory',
      path: folder
    })
    const plain = join(dir, 'plain.txt')
    writeFileSync(plain, 'x')
    expect((await failure(importPath(join(plain, 'child.txt'), { language: 'ru' }))).code).toBe(
      'file-missing'
    )
  })

  it.skipIf(process.platform === 'win32')(
    'says file-unreadable for something that is not a regular file (a named pipe)',
    async () => {
      const fifo = join(dir, 'pipe.txt')
      execFileSync('mkfifo', [fifo])
      expect(await failure(importPath(fifo, { language: 'ru' }))).toEqual({
        code: 'file-unreadable',
        path: fifo,
        detail: 'not a regular file'
      })
    }
  )
})
