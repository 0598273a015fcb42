/**
 * Bilingual files that say something Calque cannot honour: a version it does not read is refused with
 * its own sentence; languages other than Russian and English, or English into Russian, are read by
 * their text and the user is told.
 */
import { describe, expect, it } from 'vitest'
import { importFile } from '@shared/import'
import type { BilingualImport } from '@shared/import/types'
import { errorMessage, warningMessage } from '../../../../src/cli/messages'
import { failureOf, sampleSentences } from './readers/helpers'

const ru = sampleSentences('ru').slice(0, 3)
const en = sampleSentences('en').slice(0, 3)
const bytes = (text: string) => new TextEncoder().encode(text)
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

function xliff2(version: string, srcLang: string, trgLang: string, source = ru, target = en) {
  const units = source
    .map(
      (s, k) =>
        `<unit id="u${k}"><segment><source>${escape(s)}</source><target>${escape(target[k]!)}</target></segment></unit>`
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="${version}" srcLang="${srcLang}" trgLang="${trgLang}"><file id="f">${units}</file></xliff>`
}

const read = (xml: string) =>
  importFile(bytes(xml), 'article.xlf', { language: 'ru' }) as BilingualImport

describe('an XLIFF version Calque does not read', () => {
  it('is refused even under the 2.0 namespace, with its own sentence', () => {
    const error = failureOf(() => read(xliff2('3.0', 'ru', 'en')))
    expect(error).toEqual({ code: 'file-version-unsupported', format: 'XLIFF', detail: '3.0' })
    expect(errorMessage({ ...error, path: 'article.xlf' })).toBe(
      'article.xlf is XLIFF version 3.0, which Calque does not read.'
    )
  })

  it('as is a 1.2 namespace that claims version 2.0; 2.0 to 2.2 are read', () => {
    const claims = `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="2.0"><file source-language="ru" target-language="en"><body><trans-unit id="1"><source>${ru[0]}</source></trans-unit></body></file></xliff>`
    expect(failureOf(() => read(claims)).code).toBe('file-version-unsupported')
    for (const version of ['2.0', '2.1', '2.2'])
      expect(read(xliff2(version, 'ru', 'en')).format).toBe('xliff2')
  })
})

describe('declared languages', () => {
  it('other than Russian and English: read by the text, with a warning naming them', () => {
    const result = read(xliff2('2.0', 'de-DE', 'fr-FR'))
    expect(result.source.segments.map((s) => s.text)).toEqual(ru)
    expect(result.target.segments.map((s) => s.text)).toEqual(en)
    expect(result.warnings).toEqual([{ code: 'languages-unexpected', detail: 'de-DE → fr-FR' }])
    expect(warningMessage(result.warnings[0]!, 'article.xlf', 'ru')).toBe(
      'article.xlf declares the languages de-DE → fr-FR, not Russian and English: its sides were told apart by their text; check that they are right.'
    )
  })

  it('English into Russian: turned round, and the user is told', () => {
    const result = read(xliff2('2.0', 'en-US', 'ru-RU', en, ru))
    expect(result.source.segments.map((s) => s.text)).toEqual(ru)
    expect(result.target.segments.map((s) => s.text)).toEqual(en)
    expect(result.warnings).toEqual([{ code: 'sides-reversed' }])
    expect(warningMessage(result.warnings[0]!, 'article.xlf', 'ru')).toBe(
      'article.xlf goes from English into Russian: it was turned round, so the Russian text is the source.'
    )
  })

  it('Russian into English: nothing to say', () => {
    expect(read(xliff2('2.0', 'ru-RU', 'en-US')).warnings).toEqual([])
  })
})
