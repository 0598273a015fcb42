/**
 * Segmentation time on large input, printed, never asserted (machines differ; see `npm run bench` for
 * figures that matter). Linear work shows as a 10x larger text taking about 10x longer.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/domain/document'
import { buildDocument } from '@shared/segment/document'
import { sampleEn, sampleRu } from '../../../helpers/paths'

/** The sample article, with the abbreviations, quotes and lists the rules look at, repeated to `size`. */
function synthetic(language: Language, size: number): string {
  const article = readFileSync(language === 'ru' ? sampleRu : sampleEn, 'utf8')
  const extra =
    language === 'ru'
      ? 'В 2008 г. Беларусь отозвала посла, т. е. отношения прервались. Бюджет — 5 млн. руб. в год. ' +
        'Указ подписал А. Г. Лукашенко. Подробнее на www.tut.by.\n- первый пункт\n- второй пункт'
      : 'In Jan. 2008 the U.S. recalled Ms. Stewart, i.e. relations stalled. The budget was $5 bn. ' +
        'George W. Bush signed it at 5 p.m. Moscow time. See www.state.gov.\n- first item\n- second item'
  const unit = `${article}\n\n${extra}\n\n`
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

describe('segmentation speed', () => {
  it.each<Language>(['ru', 'en'])('segments 1 MB and 10 MB of %s text', (language) => {
    const timings: string[] = []
    let segmentsPerMegabyte = 0
    for (const megabytes of [1, 10]) {
      const text = synthetic(language, megabytes * 1_000_000)
      const started = performance.now()
      const document = buildDocument(text, language)
      const elapsed = performance.now() - started
      timings.push(
        `${megabytes} MB: ${document.segments.length} segments in ${elapsed.toFixed(0)} ms`
      )
      if (megabytes === 1) segmentsPerMegabyte = document.segments.length
      else expect(document.segments.length).toBeGreaterThan(9 * segmentsPerMegabyte)
    }
    console.log(`segmentation ${language}: ${timings.join('; ')}`)
  })
})
