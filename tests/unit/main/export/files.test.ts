/**
 * Files on disk: exports written atomically; bilingual files read back with a size limit, hostile ones
 * refused, and a project left exactly as it was when an import is refused.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeXliff21 } from '@shared/export/xliff21'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import { readInterchangeFile } from '../../../../src/main/services/export/read-interchange-file'
import { writeExportFile } from '../../../../src/main/services/export/write-export'
import { openOrCreatePairProject } from '../../../helpers/projects'
import { sampleEn, sampleRu, tempDir } from '../../../helpers/paths'
import { sampleArticle } from '../../shared/export/sample-article'

const dir = tempDir('calque-export-files-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function refusal(path: string): Promise<CalqueError> {
  try {
    await readInterchangeFile(path)
  } catch (error) {
    if (error instanceof CalqueFailure) return error.error
    throw error
  }
  throw new Error(`${path} was accepted`)
}

/** Every file of a folder tree with its SHA-256: a before/after picture. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) visit(path)
      else
        out[path.slice(root.length)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  visit(root)
  return out
}

describe('writing an export', () => {
  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const path = join(dir, 'out.xlf')
    writeFileSync(path, 'old content')
    await writeExportFile(path, writeXliff21([sampleArticle]))
    expect(readFileSync(path, 'utf8')).toBe(writeXliff21([sampleArticle]))
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([])
  })

  it('fails with the path and reason when the folder does not exist, writing nothing', async () => {
    const path = join(dir, 'missing', 'out.xlf')
    const error = await writeExportFile(path, 'x').catch((e: unknown) => e)
    expect(error).toMatchObject({ error: { code: 'folder-missing', path } })
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})

describe('reading a bilingual file back', () => {
  it('reads an export written to disk (UTF-8, with or without BOM)', async () => {
    const path = join(dir, 'back.xlf')
    writeFileSync(path, `\uFEFF${writeXliff21([sampleArticle])}`)
    const result = await readInterchangeFile(path)
    expect(result.articles).toStrictEqual([sampleArticle])
  })

  it('refuses a 100 MB file from its size, before reading it', async () => {
    const path = join(dir, 'huge.xlf')
    writeFileSync(path, '')
    truncateSync(path, 100 * 1024 * 1024) // sparse: no 100 MB written
    expect(await refusal(path)).toMatchObject({
      code: 'file-too-large',
      path,
      size: 100 * 1024 * 1024,
      limit: 50 * 1024 * 1024
    })
  })

  it('refuses a missing, empty or hostile file, and the project stays exactly as it was', async () => {
    const project = await openOrCreatePairProject(
      join(dir, 'projects'),
      sampleRu,
      sampleEn,
      () => new Date()
    )
    const before = snapshot(project.dir)
    const hostile = join(dir, 'hostile')
    const files: Record<string, [string, string]> = {
      'xxe.xlf': [
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">&e;</xliff>',
        'file-unsafe-xml'
      ],
      'unclosed.tmx': [
        '<tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>x</tuv></tu></body></tmx>',
        'file-malformed'
      ],
      'namespace.xlf': [
        '<xliff xmlns="urn:wrong" version="2.1"><file id="f"/></xliff>',
        'file-format-unsupported'
      ],
      'empty.xlf': ['', 'file-empty']
    }
    mkdirSync(hostile)
    for (const [name, [content, code]] of Object.entries(files)) {
      const path = join(hostile, name)
      writeFileSync(path, content)
      expect(await refusal(path)).toMatchObject({ code, path })
    }
    expect(await refusal(join(hostile, 'nothing-here.xlf'))).toMatchObject({ code: 'file-missing' })
    expect(snapshot(project.dir)).toEqual(before)
    expect(readdirSync(hostile).sort()).toEqual(Object.keys(files).sort())
    expect(statSync(join(hostile, 'xxe.xlf')).size).toBe(files['xxe.xlf']![0].length)
  })
})
