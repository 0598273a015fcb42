/**
 * Files that are UTF-8 in part and a single-byte Cyrillic codepage in part: two files pasted into one,
 * a paragraph copied from an old page. Read as either encoding alone, half the text is garbage, so
 * such a file is read line by line: a line that is mostly not UTF-8 is decoded with the codepage,
 * every other line as UTF-8 (a stray bad byte there becomes U+FFFD). Two passes over the bytes, the
 * first only counting, so memory stays that of the text.
 */
import { isTypicalTextCodePoint } from './scripts'
import { wellFormedLength } from './utf8'

export interface LineScan {
  /** Well-formed multi-byte characters in lines read as UTF-8. */
  readonly utf8MultiByte: number
  /** Those of them that real text is made of (`isTypicalTextCodePoint`). */
  readonly utf8Typical: number
  /** Lines that are mostly not UTF-8. */
  readonly foreignLines: number
  /** Runs of three or more consecutive non-UTF-8 high bytes in those lines: words, not stray bytes. */
  readonly foreignWords: number
  /** Byte offset where the first such line starts, or -1. */
  readonly firstForeignOffset: number
  /** The high bytes of those lines (up to `sampleLimit`), to tell which codepage they are in. */
  readonly foreignSample: Uint8Array
}

const LF = 0x0a

/** A line is foreign when fewer of its non-ASCII sequences are well-formed UTF-8 than are not. */
interface LineClass {
  readonly foreign: boolean
  readonly multi: number
  readonly typical: number
  readonly words: number
}

function classify(bytes: Uint8Array, start: number, end: number): LineClass {
  let multi = 0
  let typical = 0
  let invalid = 0
  let words = 0
  let run = 0
  for (let i = start; i < end;) {
    const byte = bytes[i]!
    if (byte < 0x80) {
      if (run >= 3) words++
      run = 0
      i++
      continue
    }
    const length = wellFormedLength(bytes, i, end)
    if (length > 0) {
      if (run >= 3) words++
      run = 0
      multi++
      if (isTypicalTextCodePoint(codePointAt(bytes, i, length))) typical++
      i += length
    } else {
      invalid++
      run++
      i++
    }
  }
  if (run >= 3) words++
  return { foreign: invalid > 0 && multi < invalid, multi, typical, words }
}

/** The code point of the well-formed sequence of `length` bytes at `i`. */
function codePointAt(bytes: Uint8Array, i: number, length: number): number {
  const lead = bytes[i]! & (0xff >> (length + 1))
  let code = lead
  for (let k = 1; k < length; k++) code = (code << 6) | (bytes[i + k]! & 0x3f)
  return code
}

/** Calls `visit` for each line: its byte range `[start, end)` (with its LF) and whether it is foreign. */
function forEachLine(
  bytes: Uint8Array,
  visit: (start: number, end: number, line: LineClass) => void
): void {
  let start = 0
  while (start < bytes.length) {
    const newline = bytes.indexOf(LF, start)
    const end = newline === -1 ? bytes.length : newline + 1
    visit(start, end, classify(bytes, start, end))
    start = end
  }
}

export function scanLines(bytes: Uint8Array, sampleLimit: number): LineScan {
  let utf8MultiByte = 0
  let utf8Typical = 0
  let foreignLines = 0
  let foreignWords = 0
  let firstForeignOffset = -1
  const sample = new Uint8Array(sampleLimit)
  let sampled = 0
  forEachLine(bytes, (start, end, line) => {
    if (!line.foreign) {
      utf8MultiByte += line.multi
      utf8Typical += line.typical
      return
    }
    foreignLines++
    foreignWords += line.words
    if (firstForeignOffset === -1) firstForeignOffset = start
    for (let i = start; i < end && sampled < sampleLimit; i++) {
      if (bytes[i]! >= 0x80) sample[sampled++] = bytes[i]!
    }
  })
  return {
    utf8MultiByte,
    utf8Typical,
    foreignLines,
    foreignWords,
    firstForeignOffset,
    foreignSample: sample.subarray(0, sampled)
  }
}

/** The text of a mixed file: foreign lines decoded as `codepage`, the others as UTF-8 (lenient). */
export function decodeMixed(bytes: Uint8Array, codepage: string): string {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })
  const single = new TextDecoder(codepage)
  const parts: string[] = []
  // Consecutive lines of one kind are decoded together: one decoder call per run, not per line.
  let runStart = 0
  let runForeign = false
  const flush = (end: number): void => {
    if (end > runStart) {
      parts.push((runForeign ? single : utf8).decode(bytes.subarray(runStart, end)))
    }
    runStart = end
  }
  forEachLine(bytes, (start, _end, line) => {
    if (line.foreign !== runForeign) {
      flush(start)
      runForeign = line.foreign
    }
  })
  flush(bytes.length)
  return parts.join('')
}
