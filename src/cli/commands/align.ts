/** `calque align SOURCE TARGET [--presegmented] [--json]` */
import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readTextFile } from '../../main/services/text-file'
import { alignDocuments, alignSegments, toBeads } from '../../shared/align'
import type { Bead } from '../../shared/domain/alignment'
import type { TextDocument } from '../../shared/domain/document'
import { CalqueFailure } from '../../shared/ipc/errors'
import { buildDocument } from '../../shared/segment/document'
import type { AlignCommand } from '../args'
import { formatBeadLines, formatJson } from '../format'
import { EXIT_FILE_ERROR, EXIT_OK, EXIT_USAGE, type CliIo } from '../io'
import { errorMessage } from '../messages'

export async function runAlign(command: AlignCommand, io: CliIo): Promise<number> {
  if (await sameFile(command.source, command.target)) {
    io.stderr(`calque: ${errorMessage({ code: 'pair-same-file' })}\n`)
    return EXIT_USAGE
  }
  let sourceText: string
  let targetText: string
  try {
    sourceText = (await readTextFile(command.source)).text
    targetText = (await readTextFile(command.target)).text
  } catch (error) {
    if (!(error instanceof CalqueFailure)) throw error
    io.stderr(`calque: ${errorMessage(error.error)}\n`)
    return EXIT_FILE_ERROR
  }

  const options = { presegmented: command.presegmented }
  const source = buildDocument(sourceText, 'ru', options)
  const target = buildDocument(targetText, 'en', options)
  const beads = command.presegmented ? alignLines(source, target) : alignDocuments(source, target)
  io.stdout(command.json ? formatJson(source, target, beads) : formatBeadLines(beads))
  return EXIT_OK
}

/** Presegmented files are aligned line against line, as aligners are evaluated on such corpora. */
function alignLines(source: TextDocument, target: TextDocument): Bead[] {
  const lengths = (document: TextDocument) =>
    document.segments.map((segment) => segment.text.length)
  return toBeads(alignSegments(lengths(source), lengths(target)))
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true
  try {
    return (await realpath(a)) === (await realpath(b))
  } catch {
    return false // one of them is missing: reading it will say so
  }
}
