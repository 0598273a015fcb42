import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CalqueFailure } from '@shared/domain/errors'
import {
  englishDictionaryFiles,
  loadEnglishSpeller,
  loadGlossaryFile,
  loadGlossaryFiles,
  loadPhraseBook
} from '../../../../src/main/services/qa'
import { tempDir } from '../../../helpers/paths'
import { encode } from '../../../helpers/encoders'

const dir = tempDir('calque-qa-files-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function failure(promise: Promise<unknown>): Promise<CalqueFailure['error']> {
  try {
    await promise
  } catch (error) {
    if (error instanceof CalqueFailure) return error.error
    throw error
  }
  throw new Error('expected a CalqueFailure')
}

describe('the English speller', () => {
  it('is built from the dictionary-en package’s files, once per process', async () => {
    const files = englishDictionaryFiles()
    expect(existsSync(files.aff) && existsSync(files.dic)).toBe(true)
    const speller = await loadEnglishSpeller()
    expect(await loadEnglishSpeller()).toBe(speller)
    expect(speller.correct('ambassadors')).toBe(true)
    expect(speller.correct('colour')).toBe(true)
    expect(speller.correct('definitley')).toBe(false)
    expect(speller.nearest('definitley')).toEqual(['definitely'])
  })
})

describe('glossary files', () => {
  it('reads a CSV glossary saved in Windows-1251, and a TBX file', async () => {
    const csv = file(
      'terms-1251.csv',
      encode('ru;en\nсанкции;sanctions\nпосол;ambassador\n', 'windows-1251')
    )
    const glossary = await loadGlossaryFile(csv)
    expect(glossary.entries.map((e) => [e.source[0]!.text, e.target[0]!.text])).toEqual([
      ['санкции', 'sanctions'],
      ['посол', 'ambassador']
    ])
    const tbx = file(
      'terms.tbx',
      '<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a"><langSec xml:lang="ru"><termSec><term>посол</term></termSec></langSec><langSec xml:lang="en"><termSec><term>ambassador</term></termSec></langSec></conceptEntry></body></text></tbx>'
    )
    const both = await loadGlossaryFiles([csv, tbx])
    expect(both?.entries.length).toBe(3)
    expect(await loadGlossaryFiles([])).toBeUndefined()
  })

  it('refuses what it cannot use, naming the file', async () => {
    expect(await failure(loadGlossaryFile(join(dir, 'missing.csv')))).toMatchObject({
      code: 'file-missing'
    })
    expect(await failure(loadGlossaryFile(file('empty.csv', '')))).toMatchObject({
      code: 'file-empty'
    })
    const folder = join(dir, 'folder.csv')
    mkdirSync(folder)
    expect(await failure(loadGlossaryFile(folder))).toMatchObject({ code: 'file-is-directory' })
    const unsafe = file(
      'unsafe.tbx',
      '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY e SYSTEM "file:///etc/passwd">]><t>&e;</t>'
    )
    expect(await failure(loadGlossaryFile(unsafe))).toMatchObject({
      code: 'file-unsafe-xml',
      path: unsafe
    })
    const broken = file('broken.tbx', '<tbx>\n<text>\n</tbx>')
    expect(await failure(loadGlossaryFile(broken))).toMatchObject({
      code: 'file-malformed',
      path: broken,
      line: 3
    })
  })
})

describe('phrase list files', () => {
  it('adds a user’s phrases to the built-in ones', async () => {
    const path = file(
      'phrases.json',
      JSON.stringify({
        formatVersion: 1,
        entries: [
          {
            id: 'mine',
            kind: 'idiom',
            ru: 'ёлки-палки',
            literal: ['fir trees sticks'],
            idiomatic: ['good grief']
          }
        ]
      })
    )
    const book = await loadPhraseBook([path])
    expect(book.entries.some((e) => e.id === 'mine')).toBe(true)
    expect(book.entries.some((e) => e.id === 'utrom-stulya-vecherom-dengi')).toBe(true)
  })

  it('refuses a file that is not JSON or not a phrase list, saying where', async () => {
    expect(await failure(loadPhraseBook([file('bad.json', '{ not json')]))).toMatchObject({
      code: 'file-malformed',
      format: 'phrase list'
    })
    const wrong = await failure(
      loadPhraseBook([
        file(
          'wrong.json',
          JSON.stringify({ formatVersion: 1, entries: [{ id: 'Bad Id', kind: 'idiom' }] })
        )
      ])
    )
    expect(wrong).toMatchObject({ code: 'file-malformed' })
    expect(wrong.detail).toMatch(/entries\.0\.id/)
  })
})
