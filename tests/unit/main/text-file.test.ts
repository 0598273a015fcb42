import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_MAX_TEXT_BYTES, readTextFile } from '../../../src/main/services/text-file'
import { CalqueFailure, type CalqueError } from '../../../src/shared/ipc/errors'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'

const dir = tempDir('calque-text-file-')
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

describe('readTextFile', () => {
  it('reads the sample files as UTF-8 with their byte length', async () => {
    const en = await readTextFile(sampleEn)
    expect(en).toEqual({
      text: readFileSync(sampleEn, 'utf8'),
      encoding: 'UTF-8',
      byteLength: statSync(sampleEn).size
    })
    const ru = await readTextFile(sampleRu)
    expect(ru.text.startsWith('США и Беларусь')).toBe(true)
  })

  it('drops a BOM and normalises CRLF, and says so', async () => {
    const path = file(
      'bom.txt',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Один.\r\n\r\nДва.')])
    )
    expect(await readTextFile(path)).toEqual({
      text: 'Один.\n\nДва.',
      encoding: 'UTF-8 (BOM)',
      byteLength: 23
    })
  })

  it('says file-missing for a path that does not exist, or runs through a file', async () => {
    const missing = join(dir, 'nope.txt')
    expect(await failure(readTextFile(missing))).toEqual({ code: 'file-missing', path: missing })
    const through = join(file('plain.txt', 'x'), 'child.txt')
    expect((await failure(readTextFile(through))).code).toBe('file-missing')
  })

  it('says file-is-directory for a folder', async () => {
    const folder = join(dir, 'folder.txt')
    mkdirSync(folder)
    expect(await failure(readTextFile(folder))).toEqual({ code: 'file-is-directory', path: folder })
  })

  it('checks the size before reading: a 62 MB sparse file is refused without being read', async () => {
    const path = file('huge.txt', '')
    truncateSync(path, 62 * 1024 * 1024) // sparse: reading it would give 62 MB of NUL bytes ("binary")
    expect(await failure(readTextFile(path))).toEqual({
      code: 'file-too-large',
      path,
      limit: DEFAULT_MAX_TEXT_BYTES,
      size: 62 * 1024 * 1024
    })
  })

  it('takes a smaller limit as an option', async () => {
    const path = file('small.txt', 'Twelve bytes')
    expect((await failure(readTextFile(path, { maxBytes: 11 }))).code).toBe('file-too-large')
    expect((await readTextFile(path, { maxBytes: 12 })).text).toBe('Twelve bytes')
  })

  it('says file-empty for an empty or blank file', async () => {
    expect(await failure(readTextFile(file('empty.txt', '')))).toMatchObject({ code: 'file-empty' })
    expect(await failure(readTextFile(file('blank.txt', ' \n\n\t')))).toMatchObject({
      code: 'file-empty'
    })
  })

  it('says file-binary for a PNG renamed to .txt', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52
    ])
    const path = file('picture.txt', png)
    expect(await failure(readTextFile(path))).toEqual({ code: 'file-binary', path })
  })

  it('says file-not-utf8 with the offset for Windows-1251 text', async () => {
    // "Минск" in Windows-1251.
    const path = file('cp1251.txt', Uint8Array.from([0xcc, 0xe8, 0xed, 0xf1, 0xea]))
    expect(await failure(readTextFile(path))).toEqual({ code: 'file-not-utf8', path, offset: 0 })
  })

  it.skipIf(process.platform === 'win32')(
    'says file-unreadable for something that is not a regular file',
    async () => {
      const fifo = join(dir, 'pipe.txt')
      try {
        execFileSync('mkfifo', [fifo])
      } catch {
        return // no mkfifo here: nothing to test
      }
      expect(await failure(readTextFile(fifo))).toEqual({
        code: 'file-unreadable',
        path: fifo,
        detail: 'not a regular file'
      })
    }
  )
})
