/**
 * Turns a `CalqueError` (data that crossed IPC) into one sentence in the UI language, with every
 * parameter the message needs: the path, the byte offset, sizes in human units, the detail, and the
 * side of the pair when the error names one.
 */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { CalqueError } from '@shared/domain/errors'
import { formatBytes } from '../lib/format'

export function useDescribeError(): (error: CalqueError) => string {
  const { t, i18n } = useTranslation(['errors', 'common', 'import'])
  return useCallback(
    (error: CalqueError) => {
      const language = i18n.language
      // A message must never show a raw `{{placeholder}}`: whatever main left out reads as "unknown".
      const unknown = t('errors:unknownValue')
      const bytes = (n: number | undefined): string =>
        n === undefined ? unknown : formatBytes(n, language)
      // Encodings and formats by their human names ("Windows-1251", "XLIFF 1.2"); unknown ones as given.
      const named = (group: 'encoding.name' | 'format', value: string | undefined): string => {
        if (value === undefined) return unknown
        const key = `import:${group}.${value}`
        return i18n.exists(key) ? String(t(key as never)) : value
      }
      const message = t(`errors:${error.code}`, {
        path: error.path ?? unknown,
        offset: error.offset ?? unknown,
        size: error.size !== undefined ? bytes(error.size) : (error.detail ?? unknown),
        limit: bytes(error.limit),
        detail: error.detail ?? unknown,
        line: error.line ?? unknown,
        column: error.column ?? unknown,
        format: named('format', error.format),
        encoding: named('encoding.name', error.encoding)
      })
      if (!error.side) return message
      return t('common:errorWithSide', { side: t(`errors:side.${error.side}`), message })
    },
    [t, i18n]
  )
}

/** Anything thrown (a dead bridge, a bug) becomes an `internal` error the banner can show. */
export function toCalqueError(thrown: unknown): CalqueError {
  return { code: 'internal', detail: thrown instanceof Error ? thrown.message : String(thrown) }
}
