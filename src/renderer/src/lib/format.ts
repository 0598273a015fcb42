/** Locale-aware formatting of the few numbers and dates the UI shows. */

const BYTE_UNITS = [
  ['gigabyte', 1024 ** 3],
  ['megabyte', 1024 ** 2],
  ['kilobyte', 1024]
] as const

/** `52428800` -> `50 MB` / `50 МБ`. */
export function formatBytes(bytes: number, language: string): string {
  for (const [unit, size] of BYTE_UNITS) {
    if (bytes >= size) {
      return new Intl.NumberFormat(language, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 1
      }).format(bytes / size)
    }
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'byte',
    unitDisplay: 'short'
  }).format(bytes)
}

/** Clock time of a save, e.g. `14:05`. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(iso)
  )
}

/** Date and time of a recent project, e.g. `27 Nov 2026, 14:05`. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso)
  )
}

/** `0.42` -> `42%`. */
export function formatPercent(fraction: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction
  )
}
