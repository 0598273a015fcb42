/** The export formats and what each file is (names only: no writer is loaded from here). */
export const EXPORT_FORMATS = [
  'txt',
  'md',
  'docx',
  'xliff21',
  'xliff12',
  'tmx',
  'csv',
  'xlsx',
  'json'
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportFormatInfo {
  readonly extension: string
  readonly mime: string
  /** Bytes rather than text: never printed to a terminal. */
  readonly binary: boolean
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  txt: { extension: 'txt', mime: 'text/plain', binary: false },
  md: { extension: 'md', mime: 'text/markdown', binary: false },
  docx: {
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    binary: true
  },
  xliff21: { extension: 'xlf', mime: 'application/xliff+xml', binary: false },
  xliff12: { extension: 'xlf', mime: 'application/xliff+xml', binary: false },
  tmx: { extension: 'tmx', mime: 'application/x-tmx+xml', binary: false },
  csv: { extension: 'csv', mime: 'text/csv', binary: false },
  xlsx: {
    extension: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    binary: true
  },
  json: { extension: 'json', mime: 'application/json', binary: false }
}
