/**
 * Writes a document text out of pieces of a source text (the normalised file), keeping a map back to
 * it. Readers describe each block as source ranges to copy, replacements (a soft line break read as a
 * space, a Markdown link read as its text) and skipped ranges; blocks that end up with no text are
 * dropped; kept blocks are separated by one blank line, so `buildDocument` sees exactly these blocks as
 * paragraphs (a heading or a list item is never glued to the sentence after it).
 */
import { OffsetMapBuilder, type OffsetMap } from '../../text/offset-map'
import { tooManySegments } from '../limits'
import type { BlockKind } from './types'

type Piece =
  | { readonly kind: 'copy'; readonly start: number; readonly end: number }
  | {
      readonly kind: 'replace'
      readonly start: number
      readonly end: number
      readonly text: string
    }

export interface AssembledText {
  /** Blocks separated by `\n\n`; no block holds a line break. */
  readonly text: string
  /** Offsets in `text` -> offsets in the source text. */
  readonly map: OffsetMap
  /** Kind of each kept block, in order. */
  readonly kinds: readonly BlockKind[]
}

const NON_SPACE = /\S/
const SPACE = /\s/
const LEADING_SPACE = /^\s+/
const TRAILING_SPACE = /\s+$/

export class BlockAssembler {
  private readonly parts: string[] = []
  private readonly builder = new OffsetMapBuilder()
  private readonly kinds: BlockKind[] = []
  private sourcePosition = 0
  private pieces: Piece[] = []
  private kind: BlockKind = 'paragraph'

  /**
   * `maxBlocks`: refuse (`too-many-segments`) once more blocks than that are kept — each is at least
   * one segment, and a hostile file must not build millions of them first.
   */
  constructor(
    private readonly source: string,
    private readonly maxBlocks = Infinity
  ) {}

  /** Starts a block (ending the current one). */
  begin(kind: BlockKind): void {
    this.end()
    this.kind = kind
  }

  /** Changes the kind of the current block (a Markdown paragraph turned heading by its underline). */
  setKind(kind: BlockKind): void {
    this.kind = kind
  }

  /** Source `[start, end)` copied into the block as it is. */
  copy(start: number, end: number): void {
    if (end > start) this.pieces.push({ kind: 'copy', start, end })
  }

  /** Source `[start, end)` represented in the block by `text` (may be empty: dropped markup). */
  replace(start: number, end: number, text: string): void {
    this.pieces.push({ kind: 'replace', start, end, text })
  }

  /** Ends the current block: kept if it holds any non-space text. */
  end(): void {
    const pieces = this.tidy(this.pieces)
    this.pieces = []
    if (pieces.length === 0) return
    const first = pieces[0]!
    if (this.kinds.length > 0) this.emit('\n\n', first.start)
    for (const piece of pieces) {
      if (piece.start > this.sourcePosition) this.skipTo(piece.start)
      if (piece.kind === 'copy') {
        this.parts.push(this.source.slice(piece.start, piece.end))
        this.builder.keep(piece.end - piece.start)
        this.sourcePosition = piece.end
      } else this.emit(piece.text, piece.end)
    }
    this.kinds.push(this.kind)
    if (this.kinds.length > this.maxBlocks) throw tooManySegments(this.maxBlocks)
  }

  finish(): AssembledText {
    this.end()
    this.skipTo(this.source.length)
    return { text: this.parts.join(''), map: this.builder.build(), kinds: this.kinds }
  }

  private textOf(piece: Piece): string {
    return piece.kind === 'copy' ? this.source.slice(piece.start, piece.end) : piece.text
  }

  /**
   * The block's pieces without leading or trailing whitespace, and without the doubled space that
   * dropped markup leaves (`word ![image](x) word`). Copied ranges are only shortened, never altered:
   * the source characters they skip are simply not part of the block.
   */
  private tidy(pieces: readonly Piece[]): Piece[] {
    const out: Piece[] = []
    let afterSpace = true // the block start counts as a space: no leading whitespace
    for (const piece of pieces) {
      let tidied: Piece = piece
      if (afterSpace) {
        if (piece.kind === 'copy') {
          let start = piece.start
          while (start < piece.end && SPACE.test(this.source[start]!)) start++
          tidied = { ...piece, start }
        } else tidied = { ...piece, text: piece.text.replace(LEADING_SPACE, '') }
      }
      const text = this.textOf(tidied)
      if (text === '' && tidied.kind === 'copy') continue
      out.push(tidied)
      if (text !== '') afterSpace = SPACE.test(text[text.length - 1]!)
    }
    while (out.length > 0) {
      const last = out[out.length - 1]!
      if (last.kind === 'copy') {
        let end = last.end
        while (end > last.start && SPACE.test(this.source[end - 1]!)) end--
        if (end > last.start) {
          out[out.length - 1] = { ...last, end }
          break
        }
        out.pop()
      } else {
        const text = last.text.replace(TRAILING_SPACE, '')
        out[out.length - 1] = { ...last, text }
        if (text !== '') break
        out.pop()
      }
    }
    return out.some((piece) => NON_SPACE.test(this.textOf(piece))) ? out : []
  }

  /** Writes `text` standing for the source up to `sourceEnd`. */
  private emit(text: string, sourceEnd: number): void {
    const end = Math.max(sourceEnd, this.sourcePosition)
    this.parts.push(text)
    this.builder.replace(end - this.sourcePosition, text.length)
    this.sourcePosition = end
  }

  private skipTo(position: number): void {
    if (position > this.sourcePosition) {
      this.builder.replace(position - this.sourcePosition, 0)
      this.sourcePosition = position
    }
  }
}
