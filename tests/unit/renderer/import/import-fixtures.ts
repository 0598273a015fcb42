/**
 * Articles as the import pipeline hands them to the window, built on the real sample article:
 * the Russian side misread in the wrong Cyrillic code page (the classic Windows-1251 vs KOI8-R mix-up),
 * the same side reopened correctly, and the pair as one bilingual XLIFF file.
 */
import type { EncodingInfo, ImportWarning } from '@shared/import/types'
import type { ArticleView, SideView } from '@shared/domain/project'
import { sampleArticle } from '../helpers/sample-project'

/** Text -> Windows-1251 bytes -> text as a KOI8-R decoder reads them: what a wrong guess shows. */
export function misreadAsKoi8r(text: string): string {
  const bytes = Uint8Array.from([...text], (char) => {
    const byte = WINDOWS_1251.get(char)
    if (byte === undefined) throw new Error(`not in Windows-1251: ${char}`)
    return byte
  })
  return new TextDecoder('koi8-r').decode(bytes)
}

const WINDOWS_1251 = (() => {
  const decoder = new TextDecoder('windows-1251')
  const table = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte)
  return table
})()

export function withSide(
  article: ArticleView,
  side: 'source' | 'target',
  change: Partial<SideView>
): ArticleView {
  return { ...article, [side]: { ...article[side], ...change } }
}

export function warned(
  article: ArticleView,
  side: 'source' | 'target',
  ...warnings: ImportWarning[]
): ArticleView {
  return withSide(article, side, { warnings: [...article[side].warnings, ...warnings] })
}

const guessedKoi8r: EncodingInfo = { name: 'koi8-r', source: 'detected', confidence: 0.41 }

/**
 * The sample with its Russian side stored as Windows-1251 and read as KOI8-R, as an unsure detector
 * might. Each character maps to one byte and back, so every segment keeps its offsets.
 */
export function misreadSample(): ArticleView {
  const article = sampleArticle()
  return withSide(article, 'source', {
    encoding: guessedKoi8r,
    segments: article.source.segments.map((s) => ({ ...s, text: misreadAsKoi8r(s.text) })),
    warnings: [{ code: 'encoding-uncertain', side: 'source' }]
  })
}

/** The same article after the reviewer reopened the Russian side as Windows-1251. */
export function reopenedSample(): ArticleView {
  return withSide(sampleArticle(), 'source', {
    encoding: { name: 'windows-1251', source: 'user', confidence: 1 }
  })
}

export const XLIFF_NAME = 'belarus-usa-ambassadors.xlf'

/** The sample pair as one XLIFF 1.2 file: both sides come from it, already paired. */
export function pairedSample(warnings: ImportWarning[] = []): ArticleView {
  const article = sampleArticle()
  const file: Partial<SideView> = {
    fileName: XLIFF_NAME,
    originalPath: `/home/reviewer/Downloads/${XLIFF_NAME}`,
    format: 'xliff12',
    encoding: { name: 'utf-8', source: 'declared', confidence: 1 },
    warnings
  }
  return {
    ...withSide(withSide(article, 'source', file), 'target', file),
    id: 'belarus-usa-ambassadors-xlf',
    name: 'belarus-usa-ambassadors',
    pairing: 'paired'
  }
}
