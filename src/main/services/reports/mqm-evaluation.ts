/**
 * An external MQM evaluation (Google MQM TSV: system, doc, seg, rater, source, target with `<v>`
 * spans, category, severity[, metadata]) read for the dashboard: the size checked before reading,
 * UTF-8 required (the format's own encoding), every line it cannot read reported, never fatal.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { CalqueFailure } from '@shared/domain/errors'
import type { MqmEvaluation } from '@shared/ipc/contract'
import { parseMqmTsv } from '@shared/mqm-tsv/read'
import { fsFailure } from '../fs-errors'
import { DEFAULT_MAX_TEXT_BYTES } from '../import-file'

export async function readMqmEvaluation(path: string): Promise<MqmEvaluation> {
  let text: string
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new CalqueFailure({ code: 'file-is-directory', path })
    if (info.size > DEFAULT_MAX_TEXT_BYTES) {
      throw new CalqueFailure({ code: 'file-too-large', path, size: info.size, limit: DEFAULT_MAX_TEXT_BYTES })
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path))
  } catch (error) {
    if (error instanceof CalqueFailure) throw error
    if (error instanceof TypeError) throw new CalqueFailure({ code: 'encoding-mismatch', path, encoding: 'utf-8', detail: 'MQM TSV files are UTF-8' })
    throw fsFailure(error, path, 'read')
  }
  const parsed = parseMqmTsv(text)
  if (parsed.records.length === 0) throw new CalqueFailure({ code: 'file-no-text', path, detail: 'no MQM annotation' })
  return { fileName: basename(path), records: parsed.records, issues: parsed.issues }
}
