/** Human names for formats and encodings, in the UI language ("CP866", not `ibm866`). */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { EncodingInfo, EncodingName, ImportFormat } from '@shared/import/types'
import { formatPercent } from '../../lib/format'

export interface ImportLabels {
  readonly format: (format: ImportFormat) => string
  readonly encoding: (name: EncodingName) => string
  /** What the encoding is for, e.g. "Cyrillic (DOS)". */
  readonly encodingHint: (name: EncodingName) => string
  /** How it was decided, in a word or two: "detected", "from BOM", "chosen by you"… */
  readonly encodingSource: (info: EncodingInfo) => string
  /** One sentence: the encoding, how it was decided, and how sure the detector was. */
  readonly encodingDetail: (info: EncodingInfo) => string
}

export function useImportLabels(): ImportLabels {
  const { t, i18n } = useTranslation('import')
  const language = i18n.language
  return useMemo(
    () => ({
      format: (format) => t(`format.${format}`),
      encoding: (name) => t(`encoding.name.${name}`),
      encodingHint: (name) => t(`encoding.hint.${name}`),
      encodingSource: (info) => t(`encoding.source.${info.source}`),
      encodingDetail: (info) =>
        t(`encoding.detail.${info.source}`, {
          encoding: t(`encoding.name.${info.name}`),
          confidence: formatPercent(info.confidence, language)
        })
    }),
    [t, language]
  )
}
