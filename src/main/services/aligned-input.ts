/**
 * A pair read and aligned exactly as the app does it (`performImport`, the import job's work, here in
 * this thread), or one bilingual file with its own pairing: what the command line's `align`, `check`
 * and `export` read. The same file given twice is refused.
 */
import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Bead } from '@shared/domain/alignment'
import type { TextDocument } from '@shared/domain/document'
import { CalqueFailure } from '@shared/domain/errors'
import type { EncodingName, ImportWarning } from '@shared/import/types'
import type { UserRules } from '@shared/segment/rules'
import { performImport } from './import-job'
import { loadRulesFile } from './segmentation-rules'

export interface InputRequest {
  /** The Russian file, or the one bilingual file when `target` is absent. */
  readonly source: string
  readonly target?: string
  /** One segment per line, aligned line against line. */
  readonly presegmented?: boolean
  readonly sourceEncoding?: EncodingName
  readonly targetEncoding?: EncodingName
  /** The user's sentence rule files, first wins (both languages). */
  readonly rules?: readonly string[]
}

export interface AlignedInput {
  readonly source: TextDocument
  readonly target: TextDocument
  readonly beads: readonly Bead[]
  /** What the readers noticed, per side (a bilingual file's all on the source). */
  readonly warnings: {
    readonly source: readonly ImportWarning[]
    readonly target: readonly ImportWarning[]
  }
}

export async function readAlignedInput(request: InputRequest): Promise<AlignedInput> {
  if (request.target === undefined) {
    const result = await performImport({
      kind: 'bilingual',
      path: request.source,
      ...(request.sourceEncoding ? { encoding: request.sourceEncoding } : {})
    })
    if (result.kind !== 'bilingual') throw new CalqueFailure({ code: 'internal' })
    return {
      source: result.file.source,
      target: result.file.target,
      beads: result.beads,
      warnings: { source: result.file.warnings, target: [] }
    }
  }
  if (await sameFile(request.source, request.target)) {
    throw new CalqueFailure({ code: 'pair-same-file', path: request.source })
  }
  const rules = await Promise.all((request.rules ?? []).map(loadRuleFileOrFail))
  const result = await performImport({
    kind: 'pair',
    sourcePath: request.source,
    targetPath: request.target,
    presegmented: request.presegmented ?? false,
    ...(request.sourceEncoding ? { sourceEncoding: request.sourceEncoding } : {}),
    ...(request.targetEncoding ? { targetEncoding: request.targetEncoding } : {}),
    ...(rules.length > 0 ? { userRules: { ru: rules, en: rules } } : {})
  })
  if (result.kind !== 'pair') throw new CalqueFailure({ code: 'internal' })
  return {
    source: result.source.document,
    target: result.target.document,
    beads: result.beads,
    warnings: { source: result.source.warnings, target: result.target.warnings }
  }
}

async function loadRuleFileOrFail(path: string): Promise<UserRules> {
  const rules = await loadRulesFile(path)
  if (rules === null) throw new CalqueFailure({ code: 'file-missing', path })
  return rules
}

/** The same file given twice (also through a link or another spelling of its path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true
  try {
    return (await realpath(a)) === (await realpath(b))
  } catch {
    return false // one of them is missing: reading it will say so
  }
}
