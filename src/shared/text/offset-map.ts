/**
 * Offsets in a derived text (normalised, or stripped of markup) mapped back to the text it came from.
 * Stored as runs, not per character: a run either copies source characters one to one, or stands for a
 * source range it replaced (CRLF -> LF, `e` + combining acute -> `é`, a removed soft hyphen). A 50 MB
 * file with CRLF line ends costs two numbers per line, and a file that needed no change costs nothing.
 */

export interface OffsetMap {
  /**
   * Source offset of the character at derived offset `offset` (a START offset): the first source
   * character it came from. `offset` = derived length maps to the source length.
   */
  toOriginal(offset: number): number
  /**
   * Source offset just past the characters that produced derived `[0, offset)` (an END offset): the end
   * of a range ending at `offset`. Deleted source characters after it are not included.
   */
  toOriginalEnd(offset: number): number
}

export const identityMap: OffsetMap = {
  toOriginal: (offset) => offset,
  toOriginalEnd: (offset) => offset
}

/** `outer` maps derived -> middle, `inner` maps middle -> source. */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  if (outer === identityMap) return inner
  if (inner === identityMap) return outer
  return {
    toOriginal: (offset) => inner.toOriginal(outer.toOriginal(offset)),
    toOriginalEnd: (offset) => inner.toOriginalEnd(outer.toOriginalEnd(offset))
  }
}

/** Builds a map while the derived text is written left to right. */
export class OffsetMapBuilder {
  private readonly outStarts: number[] = []
  private readonly inStarts: number[] = []
  private readonly inLengths: number[] = []
  /** 0 for a run that copies, 1 for a run that replaced its source range. */
  private readonly replaced: number[] = []
  private outLength = 0
  private inLength = 0
  private changed = false

  /** `length` characters copied unchanged. */
  keep(length: number): void {
    if (length <= 0) return
    const last = this.replaced.length - 1
    if (last >= 0 && this.replaced[last] === 0 && this.contiguous(last)) {
      this.inLengths[last]! += length
    } else this.push(length, 0)
    this.outLength += length
    this.inLength += length
  }

  /** `sourceLength` characters replaced by `outputLength` others (either may be 0). */
  replace(sourceLength: number, outputLength: number): void {
    this.changed = true
    if (outputLength > 0) this.push(sourceLength, 1)
    this.outLength += outputLength
    this.inLength += sourceLength
  }

  build(): OffsetMap {
    return this.changed
      ? new RunMap(
          this.outStarts,
          this.inStarts,
          this.inLengths,
          this.replaced,
          this.outLength,
          this.inLength
        )
      : identityMap
  }

  private contiguous(run: number): boolean {
    const runOutEnd = this.outStarts[run]! + this.inLengths[run]!
    return (
      runOutEnd === this.outLength && this.inStarts[run]! + this.inLengths[run]! === this.inLength
    )
  }

  private push(sourceLength: number, replaced: number): void {
    this.outStarts.push(this.outLength)
    this.inStarts.push(this.inLength)
    this.inLengths.push(sourceLength)
    this.replaced.push(replaced)
  }
}

class RunMap implements OffsetMap {
  constructor(
    private readonly outStarts: readonly number[],
    private readonly inStarts: readonly number[],
    private readonly inLengths: readonly number[],
    private readonly replaced: readonly number[],
    private readonly outLength: number,
    private readonly inLength: number
  ) {}

  toOriginal(offset: number): number {
    if (offset >= this.outLength) return this.inLength
    const run = this.runAt(offset)
    if (run < 0) return 0
    return this.replaced[run]
      ? this.inStarts[run]!
      : this.inStarts[run]! + offset - this.outStarts[run]!
  }

  toOriginalEnd(offset: number): number {
    if (offset <= 0) return 0
    const last = Math.min(offset, this.outLength) - 1
    const run = this.runAt(last)
    if (run < 0) return 0
    return this.replaced[run]
      ? this.inStarts[run]! + this.inLengths[run]!
      : this.inStarts[run]! + last + 1 - this.outStarts[run]!
  }

  /** The run holding derived offset `offset`: the last run starting at or before it. */
  private runAt(offset: number): number {
    let lo = 0
    let hi = this.outStarts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.outStarts[mid]! <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
}
