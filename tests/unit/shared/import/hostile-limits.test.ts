/**
 * Files built to exhaust time or memory are refused early, with a sentence that names the limit; the
 * limits sit far above any real article.
 */
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importFile } from '@shared/import'
import { DEFAULT_IMPORT_LIMITS } from '@shared/import/limits'
import { readDocx } from '@shared/import/readers/docx'
import { errorMessage } from '../../../../src/cli/messages'
import { runWithBudget } from '../../../helpers/run-with-budget'
import { buildDocx, failureOf, wp } from './readers/helpers'

const SUPPORT = join(__dirname, 'fixtures/hostile-imports.ts')
/** A ceiling far above what the refusal costs; the old readers needed minutes and gigabytes. */
const BUDGET = { timeoutMs: 15_000, heapMb: 512 }

describe('a DOCX that unpacks to tens of megabytes of paragraphs', () => {
  it('is refused from its declared size, before anything is unpacked', async () => {
    // 1.2 million paragraphs: about 70 MB unpacked, a few MB stored.
    const outcome = await runWithBudget(SUPPORT, 'importManyParagraphDocx', [1_200_000], {
      timeoutMs: 30_000,
      heapMb: 1024
    })
    expect(outcome).toEqual({ kind: 'ok', value: 'file-unpacks-too-large' })
  }, 60_000)

  it('below the size limit, is refused once it has more paragraphs than a side may hold', () => {
    const body = Array.from({ length: 30 }, (_, k) => wp(`Paragraph ${k}.`)).join('')
    const docx = buildDocx({ body })
    expect(
      failureOf(() => importFile(docx, 'a.docx', { language: 'en', limits: { maxSegments: 20 } }))
    ).toEqual({ code: 'too-many-segments', detail: '20' })
    expect(importFile(docx, 'a.docx', { language: 'en', limits: { maxSegments: 30 } }).kind).toBe(
      'monolingual'
    )
  })

  it('says so in a sentence', () => {
    expect(
      errorMessage({
        code: 'file-unpacks-too-large',
        path: 'big.docx',
        format: 'DOCX',
        size: 70 * 1024 * 1024,
        limit: DEFAULT_IMPORT_LIMITS.maxUnpackedBytes
      })
    ).toBe(
      'big.docx is too large once unpacked: its document holds 70.0 MB, and Calque reads at most 64.0 MB (a news article holds far less; a file like this is a book, or built to exhaust memory).'
    )
  })
})

describe('two million tiny sentences', () => {
  it.each(['inline', 'lines'] as const)(
    'on %s are refused at once, within a modest heap',
    async (layout) => {
      const outcome = await runWithBudget(
        SUPPORT,
        'importTinySentences',
        [2_000_000, layout],
        BUDGET
      )
      expect(outcome).toEqual({ kind: 'ok', value: 'too-many-segments' })
    },
    30_000
  )

  it('the limit is exact: as many segments as allowed pass, one more is refused', () => {
    const text = (n: number) => new TextEncoder().encode('Да. '.repeat(n))
    const options = { language: 'ru' as const, limits: { maxSegments: 100 } }
    expect(importFile(text(100), 'a.txt', options).kind).toBe('monolingual')
    expect(failureOf(() => importFile(text(101), 'a.txt', options))).toEqual({
      code: 'too-many-segments',
      detail: '100'
    })
    const lines = new TextEncoder().encode('Да.\n'.repeat(101))
    expect(failureOf(() => importFile(lines, 'a.txt', options)).code).toBe('too-many-segments')
    expect(failureOf(() => importFile(lines, 'a.md', options)).code).toBe('too-many-segments')
  })

  it('in a bilingual file count per side', () => {
    const rows = Array.from({ length: 60 }, (_, k) => `Строка ${k}.\tRow ${k}.`).join('\n')
    const options = { language: 'ru' as const, limits: { maxSegments: 50 } }
    expect(failureOf(() => importFile(strToU8(rows), 'a.tsv', options)).code).toBe(
      'too-many-segments'
    )
    expect(
      importFile(strToU8(rows), 'a.tsv', { ...options, limits: { maxSegments: 60 } }).kind
    ).toBe('bilingual')
  })

  it('are refused with a sentence naming the limit', () => {
    expect(errorMessage({ code: 'too-many-segments', path: 'tiny.txt', detail: '250000' })).toBe(
      'tiny.txt holds more than 250000 sentences: too many for one review project. Split it into smaller files.'
    )
  })
})

describe('a DOCX with two entries of the same name', () => {
  /** Two parts, the second renamed in the central directory to the first's name. */
  function duplicated(secondName: string): Uint8Array {
    const docx = zipSync({
      'word/document.xml': strToU8(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${wp('Первый текст.')}</w:body></w:document>`
      ),
      'word/documenX.xml': strToU8(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${wp('Подменённый текст.')}</w:body></w:document>`
      )
    })
    // The X of the second name in the central directory (at the end of the archive).
    const at = docx.lastIndexOf(0x58)
    docx.set(new TextEncoder().encode(secondName), at - 'word/documen'.length)
    return docx
  }

  it('is refused, whichever the case of the names', () => {
    for (const name of ['word/document.xml', 'WORD/Document.xml']) {
      expect(failureOf(() => readDocx(duplicated(name)))).toEqual({
        code: 'file-damaged',
        format: 'DOCX',
        detail: `it holds two entries named ${name}, and readers disagree on which one counts (a damaged or tampered archive)`
      })
    }
  })

  it('with a sentence, not a line and column that do not exist', () => {
    const error = failureOf(() =>
      importFile(duplicated('word/document.xml'), 'a.docx', { language: 'ru' })
    )
    const message = errorMessage({ ...error, path: 'a.docx' })
    expect(message).toMatch(
      /^a\.docx is a damaged DOCX file: it holds two entries named word\/document\.xml/
    )
    expect(message).not.toContain('line')
  })
})
