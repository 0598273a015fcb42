/**
 * Markdown (`.md`) -> blocks of the document text, markup stripped, offsets kept.
 *
 * Blocks: ATX (`# Title`) and Setext (underlined) headings and list items are blocks of their own;
 * paragraphs are runs of lines, a single line break being a soft wrap unless the file is one sentence
 * per line (as in `text.ts`); block quotes (`>`) are read as their text; table cells are blocks of
 * their own. Dropped: front matter (`---` YAML / `+++` TOML at the top), fenced code (reported as
 * `content-skipped`), HTML comments, link reference definitions, thematic breaks, images (reported).
 *
 * Inline: emphasis and strike-through markers are removed, `[text](url)` and `[text][ref]` read as
 * their text, `<https://…>` as the address, inline code as its content, inline HTML tags are removed,
 * backslash escapes and the common HTML entities are resolved.
 *
 * Not CommonMark-complete on purpose: it reads the Markdown people write for articles and notes; what it
 * cannot interpret stays as text the reviewer can see, never silently dropped.
 */
import type { ImportWarning } from '../types'
import { BlockAssembler, type AssembledText } from './assemble'
import { isBlank, isSentencePerLine, splitLines, type Line } from './lines'

export interface MarkdownReading extends AssembledText {
  readonly warnings: readonly ImportWarning[]
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*/
const ATX_CLOSING = /[ \t]+#+[ \t]*$|^#+[ \t]*$/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const BLOCK_QUOTE = /^ {0,3}>[ \t]?/
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/
const TABLE_SEPARATOR = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?\|?[ \t]*$/
const COMMENT_START = /^ {0,3}<!--/

export function readMarkdown(normalized: string): MarkdownReading {
  const lines = splitLines(normalized)
  const reader = new MarkdownBlocks(normalized, lines)
  return reader.read()
}

class MarkdownBlocks {
  private readonly assembler: BlockAssembler
  private readonly inline: InlineStripper
  private readonly sentencePerLine: boolean
  private codeBlocks = 0
  /** The open block a next text line continues: a paragraph or a list item. */
  private open: 'paragraph' | 'list-item' | null = null
  private previousEnd = 0

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[]
  ) {
    this.assembler = new BlockAssembler(text)
    this.inline = new InlineStripper(text, this.assembler)
    this.sentencePerLine = isSentencePerLine(
      text,
      lines.map((line) => this.asProseLine(line))
    )
  }

  /**
   * The line as the one-sentence-per-line test sees it: headings, list items, fences, rules and table
   * rows are blocks of their own whatever the answer, so they count as blank (only prose lines vote).
   */
  private asProseLine(line: Line): Line {
    const content = this.text.slice(line.start, line.end)
    const structural =
      FENCE.test(content) ||
      ATX_HEADING.test(content) ||
      LIST_ITEM.test(content) ||
      THEMATIC_BREAK.test(content) ||
      SETEXT_UNDERLINE.test(content) ||
      TABLE_ROW.test(content)
    return structural ? { ...line, contentEnd: line.contentStart } : line
  }

  read(): MarkdownReading {
    let k = this.skipFrontMatter()
    while (k < this.lines.length) k = this.readLine(k)
    const warnings: ImportWarning[] = []
    if (this.codeBlocks > 0) {
      warnings.push({ code: 'content-skipped', detail: 'code', count: this.codeBlocks })
    }
    if (this.inline.images > 0) {
      warnings.push({ code: 'content-skipped', detail: 'image', count: this.inline.images })
    }
    return { ...this.assembler.finish(), warnings }
  }

  /** Index of the first line after YAML (`---`) or TOML (`+++`) front matter, or 0. */
  private skipFrontMatter(): number {
    const first = this.lineText(0)
    if (first !== '---' && first !== '+++') return 0
    for (let k = 1; k < this.lines.length; k++) {
      const line = this.lineText(k)
      if (line === first || (first === '---' && line === '...')) return k + 1
    }
    return 0
  }

  /** Reads the line at `k` (and what belongs to it); returns the next line to read. */
  private readLine(k: number): number {
    const line = this.lines[k]!
    if (isBlank(line)) {
      this.close()
      return k + 1
    }
    let start = line.start
    // Block quotes are read as their text: strip every `>` level, then read what is inside.
    for (let quote = BLOCK_QUOTE.exec(this.text.slice(start, line.end)); quote;) {
      start += quote[0].length
      quote = BLOCK_QUOTE.exec(this.text.slice(start, line.end))
    }
    const content = this.text.slice(start, line.end)
    if (content.trim() === '') {
      this.close()
      return k + 1
    }

    const fence = FENCE.exec(content)
    if (fence) return this.skipFence(k, fence[1]!)
    if (COMMENT_START.test(content)) return this.skipComment(k, start)
    if (this.open === 'paragraph' && SETEXT_UNDERLINE.test(content)) {
      this.assembler.setKind('heading')
      this.close()
      return k + 1
    }
    if (THEMATIC_BREAK.test(content) || TABLE_SEPARATOR.test(content)) {
      this.close()
      return k + 1
    }
    if (REFERENCE_DEFINITION.test(content) && this.open === null) return k + 1

    const heading = ATX_HEADING.exec(content)
    if (heading) {
      this.close()
      this.assembler.begin('heading')
      const closing = ATX_CLOSING.exec(content.slice(heading[0].length))
      const end = closing ? start + heading[0].length + closing.index : line.contentEnd
      this.inline.strip(start + heading[0].length, Math.max(end, start + heading[0].length))
      this.assembler.end()
      return k + 1
    }
    if (TABLE_ROW.test(content)) {
      this.close()
      this.readTableRow(start, line.contentEnd)
      return k + 1
    }
    const item = LIST_ITEM.exec(content)
    if (item) {
      this.close()
      this.assembler.begin('list-item')
      this.open = 'list-item'
      this.continueWith(start + item[0].length, line.contentEnd)
      return k + 1
    }

    const contentStart = start + (content.length - content.trimStart().length)
    // A list item's continuation lines always belong to it; a paragraph's, unless one sentence per line.
    if (this.open === null || (this.open === 'paragraph' && this.sentencePerLine)) {
      this.close()
      this.assembler.begin('paragraph')
      this.open = 'paragraph'
    } else this.assembler.replace(this.previousEnd, contentStart, ' ')
    this.continueWith(contentStart, line.contentEnd)
    return k + 1
  }

  private continueWith(start: number, end: number): void {
    this.inline.strip(start, end)
    this.previousEnd = end
  }

  private close(): void {
    if (this.open !== null) this.assembler.end()
    this.open = null
  }

  private skipFence(k: number, marker: string): number {
    this.close()
    this.codeBlocks++
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`)
    for (let j = k + 1; j < this.lines.length; j++) {
      if (closing.test(this.lineText(j))) return j + 1
    }
    return this.lines.length // an unclosed fence runs to the end of the file, as in CommonMark
  }

  private skipComment(k: number, start: number): number {
    for (let j = k; j < this.lines.length; j++) {
      const from = j === k ? start : this.lines[j]!.start
      const close = this.text.indexOf('-->', from)
      if (close !== -1 && close < this.lines[j]!.end) {
        const rest = this.text.slice(close + 3, this.lines[j]!.end)
        if (rest.trim() === '') return j + 1
        // Text after the comment on its closing line is read as a paragraph line.
        this.close()
        this.assembler.begin('paragraph')
        this.open = 'paragraph'
        this.continueWith(close + 3, this.lines[j]!.contentEnd)
        return j + 1
      }
    }
    return this.lines.length
  }

  private readTableRow(start: number, end: number): void {
    const row = this.text.slice(start, end)
    let cellStart = start + row.indexOf('|') + 1
    for (let i = cellStart; i <= end; i++) {
      const atEnd = i === end
      if (!atEnd && (this.text[i] !== '|' || this.text[i - 1] === '\\')) continue
      this.assembler.begin('paragraph')
      this.inline.strip(cellStart, i)
      this.assembler.end()
      cellStart = i + 1
    }
  }

  private lineText(k: number): string {
    const line = this.lines[k]
    return line ? this.text.slice(line.contentStart, line.contentEnd) : ''
  }
}

/**
 * Inline markup in one line. One regular expression finds the next construct; what lies between
 * constructs is copied. Link texts are stripped in turn (they may hold emphasis).
 */
const INLINE = new RegExp(
  [
    /(?<comment><!--[\s\S]*?-->)/.source,
    /(?<image>!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\]))/.source,
    /(?<link>\[(?<linkText>[^\]]+)\](?:\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)|\[[^\]]*\]))/
      .source,
    /(?<autolink><(?<address>(?:https?|ftp|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+)>)/.source,
    /(?<tag><\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>)/.source,
    /(?<code>(?<ticks>`+)(?<codeText>[^`]|[^`][\s\S]*?[^`])\k<ticks>(?!`))/.source,
    /(?<escape>\\(?<escaped>[!-/:-@[-`{-~]))/.source,
    /(?<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)/.source,
    /(?<emphasis>(?<![\p{L}\p{N}\\])(?:[*_]{1,3}|~~)(?=\S)|(?<=\S)(?:[*_]{1,3}|~~)(?![\p{L}\p{N}]))/u
      .source
  ].join('|'),
  'gu'
)

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  deg: '°',
  times: '×',
  minus: '−'
}

class InlineStripper {
  images = 0

  constructor(
    private readonly text: string,
    private readonly assembler: BlockAssembler
  ) {}

  strip(start: number, end: number): void {
    const line = this.text.slice(start, end)
    let copied = 0
    for (const match of line.matchAll(INLINE)) {
      const at = start + match.index
      const groups = match.groups!
      this.assembler.copy(start + copied, at)
      copied = match.index + match[0].length
      const matchEnd = start + copied
      if (groups.link !== undefined) {
        const textStart = at + 1
        this.assembler.replace(at, textStart, '')
        this.strip(textStart, textStart + groups.linkText!.length)
        this.assembler.replace(textStart + groups.linkText!.length, matchEnd, '')
      } else if (groups.autolink !== undefined) {
        this.assembler.replace(at, at + 1, '')
        this.assembler.copy(at + 1, matchEnd - 1)
        this.assembler.replace(matchEnd - 1, matchEnd, '')
      } else if (groups.code !== undefined) {
        const ticks = groups.ticks!.length
        this.assembler.replace(at, at + ticks, '')
        this.assembler.copy(at + ticks, matchEnd - ticks)
        this.assembler.replace(matchEnd - ticks, matchEnd, '')
      } else if (groups.escape !== undefined) {
        this.assembler.replace(at, matchEnd, groups.escaped!)
      } else if (groups.entity !== undefined) {
        this.assembler.replace(at, matchEnd, decodeEntity(match[0]))
      } else if (groups.tag !== undefined) {
        this.assembler.replace(at, matchEnd, /^<br\b/i.test(match[0]) ? ' ' : '')
      } else {
        if (groups.image !== undefined) this.images++
        this.assembler.replace(at, matchEnd, '')
      }
    }
    this.assembler.copy(start + copied, end)
  }
}

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1)
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : entity
  }
  return ENTITIES[body] ?? entity
}
