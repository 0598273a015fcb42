/**
 * What every check reads, computed once per run and only when a check asks for it: each row's words
 * on each side (offsets; strings, folded forms and stems on demand, see text/words.ts); the document's
 * names (shared by the name and spelling checks); the compiled phrase book.
 */
import type { Side } from '../domain/review'
import { analyseNames, NameCollector, type DocumentNames } from './names/analyse'
import { builtinPhraseBook } from './phrases/builtin'
import type { PhraseBook } from './phrases/types'
import { lineKey, type LineKey } from './text/line-key'
import { stemFor } from './text/stem'
import { foldCode, foldedKey, foldWord, wordOffsets } from './text/words'
import type { QaOptions, QaRow } from './types'

/** The words of one side of a row. */
export interface RowWords {
  readonly text: string
  readonly count: number
  readonly starts: readonly number[]
  readonly ends: readonly number[]
  /** Word k as written. */
  word(k: number): string
  /** Word k in lower case, ё as е (`foldWord`). */
  folded(k: number): string
  /** The light stem of word k (`stemFor` of the folded word). */
  stem(k: number): string
  /** `foldedKey` of word k: its first three folded letters as a number. */
  keyAt(k: number): number
  /** Word k, folded, starts with `prefix`, compared by character codes. */
  startsWith(k: number, prefix: string): boolean
  lengthOf(k: number): number
  /** Words j and k are the same word but for case. */
  sameFolded(j: number, k: number): boolean
}

class Words implements RowWords {
  private written: (string | undefined)[] | undefined
  private foldedWords: (string | undefined)[] | undefined
  private stems: (string | undefined)[] | undefined
  readonly count: number

  constructor(
    readonly text: string,
    readonly starts: readonly number[],
    readonly ends: readonly number[],
    private readonly context: QaContext
  ) {
    this.count = starts.length
  }

  word(k: number): string {
    this.written ??= new Array(this.count)
    return (this.written[k] ??= this.text.slice(this.starts[k], this.ends[k]))
  }

  folded(k: number): string {
    this.foldedWords ??= new Array(this.count)
    return (this.foldedWords[k] ??= this.context.fold(this.word(k)))
  }

  stem(k: number): string {
    this.stems ??= new Array(this.count)
    return (this.stems[k] ??= this.context.stem(this.folded(k)))
  }

  keyAt(k: number): number {
    return foldedKey(this.text, this.starts[k]!, this.ends[k]!)
  }

  startsWith(k: number, prefix: string): boolean {
    const start = this.starts[k]!
    if (this.ends[k]! - start < prefix.length) return false
    for (let i = 0; i < prefix.length; i++) {
      if (foldCode(this.text.charCodeAt(start + i)) !== prefix.charCodeAt(i)) return false
    }
    return true
  }

  lengthOf(k: number): number {
    return this.ends[k]! - this.starts[k]!
  }

  sameFolded(j: number, k: number): boolean {
    const a = this.starts[j]!
    const b = this.starts[k]!
    const length = this.ends[j]! - a
    if (length !== this.ends[k]! - b) return false
    for (let i = 0; i < length; i++) {
      if (foldCode(this.text.charCodeAt(a + i)) !== foldCode(this.text.charCodeAt(b + i)))
        return false
    }
    return true
  }
}

export class QaContext {
  /**
   * The words of the row being checked, per side. Only one row's: the engine runs every row check on
   * a row before the next, so keeping all rows' words would only make 100k-row documents heavy.
   */
  private wordRow: [QaRow | undefined, QaRow | undefined] = [undefined, undefined]
  private wordCache: [RowWords | undefined, RowWords | undefined] = [undefined, undefined]
  /** Per side, by row position: each row's `lineKey` (hash, word count), computed once. */
  private readonly lineHashes: [Float64Array, Float64Array]
  private readonly lineWords: [Int32Array, Int32Array]
  /** Where the last row looked up was: checks walk the rows in order, so the next is usually next. */
  private cursor = 0
  private positions: Map<QaRow, number> | undefined
  private readonly folds = new Map<string, string>()
  private readonly stems = new Map<string, string>()
  private namesCache: DocumentNames | undefined
  private nameCollector: NameCollector | undefined
  private phraseCache: PhraseBook | undefined

  constructor(
    readonly rows: readonly QaRow[],
    readonly options: QaOptions
  ) {
    this.lineHashes = [new Float64Array(rows.length), new Float64Array(rows.length)]
    this.lineWords = [new Int32Array(rows.length).fill(-1), new Int32Array(rows.length).fill(-1)]
  }

  /** The position of a row of this document (without a Map in the usual, sequential case). */
  private positionOf(row: QaRow): number {
    const rows = this.rows
    const cursor = this.cursor
    if (rows[cursor] === row) return cursor
    if (rows[cursor + 1] === row) return (this.cursor = cursor + 1)
    this.positions ??= new Map(rows.map((r, k) => [r, k]))
    const found = this.positions.get(row)
    if (found === undefined) throw new RangeError(`row ${row.id} is not in this document`)
    return (this.cursor = found)
  }

  text(row: QaRow, side: Side): string {
    return side === 'source' ? row.source : row.target
  }

  words(row: QaRow, side: Side): RowWords {
    const s = side === 'source' ? 0 : 1
    if (this.wordRow[s] === row) return this.wordCache[s]!
    const text = this.text(row, side)
    const { starts, ends } = wordOffsets(text)
    const words = new Words(text, starts, ends, this)
    this.wordRow[s] = row
    this.wordCache[s] = words
    return words
  }

  /** The row side's `lineKey` (what consistency and repetition checks compare). */
  lineKey(row: QaRow, side: Side): LineKey {
    const s = side === 'source' ? 0 : 1
    const at = this.positionOf(row)
    if (this.lineWords[s][at]! < 0) {
      const key = lineKey(this.text(row, side))
      this.lineHashes[s][at] = key.key
      this.lineWords[s][at] = key.words
      return key
    }
    return { key: this.lineHashes[s][at]!, words: this.lineWords[s][at]! }
  }

  fold(word: string): string {
    let folded = this.folds.get(word)
    if (folded === undefined) this.folds.set(word, (folded = foldWord(word)))
    return folded
  }

  /** The light stem of a folded word (memoised: a document repeats its words). */
  stem(folded: string): string {
    let stem = this.stems.get(folded)
    if (stem === undefined) this.stems.set(folded, (stem = stemFor(folded)))
    return stem
  }

  /** The document's names: collected row by row if the engine asked for it, else all at once now. */
  get names(): DocumentNames {
    return (this.namesCache ??= this.nameCollector?.result() ?? analyseNames(this))
  }

  /** Called by the engine for each row, in order, when a check will need the names. */
  collectNames(row: QaRow): void {
    ;(this.nameCollector ??= new NameCollector()).add(row, this)
  }

  get phrases(): PhraseBook {
    return (this.phraseCache ??= this.options.phrases ?? builtinPhraseBook())
  }
}
