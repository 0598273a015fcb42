/**
 * Plain text (`.txt`) -> blocks of the document text.
 *
 * - A paragraph is a run of lines between blank lines; a single line break inside it is a soft wrap,
 *   read as one space (with the spaces around it), so a hard-wrapped paragraph is one paragraph.
 * - Unless the file is one sentence per line (`isSentencePerLine`): then every line is its own
 *   paragraph, so a heading or a sentence is never glued to the next line.
 *
 * Presegmented files (one segment per line exactly as given) do not come here: their normalised text
 * is segmented line by line as it is.
 */
import { BlockAssembler, type AssembledText } from './assemble'
import { isBlank, isSentencePerLine, splitLines } from './lines'

export interface TextReading extends AssembledText {
  /** The file was read as one sentence per line. */
  readonly sentencePerLine: boolean
}

/** `sentencePerLine`: when the caller has already looked (`textShape`), so the lines are not voted twice. */
export function readPlainText(
  normalized: string,
  sentencePerLine?: boolean,
  maxBlocks = Infinity
): TextReading {
  const lines = splitLines(normalized)
  sentencePerLine ??= isSentencePerLine(normalized, lines)
  const assembler = new BlockAssembler(normalized, maxBlocks)
  let inBlock = false
  let previousEnd = 0
  for (const line of lines) {
    if (isBlank(line)) {
      inBlock = false
      continue
    }
    if (!inBlock || sentencePerLine) assembler.begin('paragraph')
    else assembler.replace(previousEnd, line.contentStart, ' ')
    assembler.copy(line.contentStart, line.contentEnd)
    previousEnd = line.contentEnd
    inBlock = true
  }
  return { ...assembler.finish(), sentencePerLine }
}
