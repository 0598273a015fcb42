/**
 * Markdown (`.md`) -> blocks of the document text, markup stripped, offsets kept.
 *
 * Parsed by markdown-it (CommonMark, linear in the input: hand-written scanning took minutes on 400 KB
 * of `[a](` or 2 MB of backticks), then walked:
 * - Blocks: ATX and Setext headings ('heading'), list items ('list-item', every paragraph in them),
 *   paragraphs, block quotes (read as their text), table cells (one block each). A single line break
 *   in a paragraph is a soft wrap (a space) unless the file is one sentence per line (as in `text.ts`),
 *   when each line is a block; in list items and headings it is always a space.
 * - Inline: emphasis, strike-through and link markup are dropped (a link reads as its text, an
 *   autolink as its address), code spans as their content, backslash escapes and entities resolved,
 *   inline HTML tags dropped (`<br>` is a space).
 * - Left out: front matter (`---` YAML / `+++` TOML at the top), HTML comments, link reference
 *   definitions, thematic breaks; fenced code and images are reported (`content-skipped`). Raw HTML
 *   blocks are read as HTML (`html.ts`): their text kept, their scripts, forms… reported.
 * - Never silently dropped: an HTML comment that is never closed (CommonMark would hide the rest of the
 *   file) is read as text, its `<!--` included; lines markdown-it leaves out because they are nested
 *   deeper than it follows are read as plain paragraphs.
 *
 * Offsets: markdown-it gives line ranges for blocks, not positions for inline text, so each text piece
 * is found in its block's source from a cursor that only moves forward (escapes and entities by their
 * markup). The search is bounded by a budget proportional to the file: past it, pieces are written
 * without a source position (the map is coarser there, the text the same), so no input makes it
 * quadratic.
 */
import MarkdownIt, { type Token } from 'markdown-it'
import { normalizeText } from '../../text/normalize'
import type { ImportWarning } from '../types'
import { SkippedContent } from '../skipped-content'
import { BlockAssembler, type AssembledText } from './assemble'
import { readHtmlFragment } from './html'
import { SentenceBreakVote, type Line } from './lines'
import type { BlockKind } from './types'

export interface MarkdownReading extends AssembledText {
  readonly warnings: readonly ImportWarning[]
}

const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
  // Indented code blocks are off: text files saved as .md indent paragraphs, and they are prose.
  // `text_join` would merge escapes and entities into the text around them, hiding their markup.
  // `inline` is run by the walk, one block at a time (and a huge block in chunks): markdown-it's inline
  // tokens cost a hundred bytes and more each, and all of a file's at once would be gigabytes.
  .disable(['code', 'inline', 'text_join', 'replacements', 'smartquotes'])

/**
 * Inline content is parsed in pieces of about this many characters, cut at a space or line break. Only
 * a paragraph longer than this (no article has one) can notice: emphasis or a link across a cut is
 * read as text.
 */
const INLINE_CHUNK = 64 * 1024

/**
 * A piece of inline content at least `DENSE_MIN` long in which more than `DENSE_SHARE` of the
 * characters are markup delimiters is read as plain text, markup and all. Prose has a few per cent of
 * them; a megabyte of `**a**a` is not prose, and markdown-it spends a microsecond and a token object on
 * each delimiter (the file would cost seconds per megabyte and gigabytes of tokens).
 */
const DENSE_MIN = 4096
const DENSE_SHARE = 0.25

function isMarkupDense(text: string): boolean {
  if (text.length < DENSE_MIN) return false
  let delimiters = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // * _ ~ [ ] ( ) ! < > & ` \\
    if (
      code === 42 ||
      code === 95 ||
      code === 126 ||
      code === 91 ||
      code === 93 ||
      code === 40 ||
      code === 41 ||
      code === 33 ||
      code === 60 ||
      code === 62 ||
      code === 38 ||
      code === 96 ||
      code === 92
    ) {
      delimiters++
    }
  }
  return delimiters > text.length * DENSE_SHARE
}

/** Stands for the `<` of an HTML comment that is never closed, so markdown-it reads it as text. */
const OPENER_MARK = '\u0001' // a control character: normalisation has removed every one from the text

const REFERENCE_DEFINITION = /^\[[^\]]+\]:/

/**
 * Length of the block-quote markers (`>`), list markers (`-`, `*`, `+`, `1.`, `1)`) and spaces a
 * line starts with; with `quotesOnly`, block-quote markers only. A loop, not a regex with nested
 * quantifiers: lines are the user's, and may be a megabyte of `> > > …`.
 */
function containerPrefix(line: string, quotesOnly = false): number {
  let i = 0
  let prefix = 0
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++
    prefix = i
    if (line[i] === '>') {
      i++
      continue
    }
    if (quotesOnly) return prefix
    if (line[i] === '-' || line[i] === '*' || line[i] === '+') i++
    else {
      let digits = 0
      while (digits < 9 && line[i + digits]! >= '0' && line[i + digits]! <= '9') digits++
      if (digits === 0 || (line[i + digits] !== '.' && line[i + digits] !== ')')) return prefix
      i += digits + 1
    }
    // A list marker is followed by a space or ends the line; otherwise it is text (`-5`, `1.5`).
    if (i < line.length && line[i] !== ' ' && line[i] !== '\t') return prefix
  }
}

export function readMarkdown(normalized: string, maxBlocks = Infinity): MarkdownReading {
  const bodyStart = frontMatterEnd(normalized)
  const source = markUnclosedComments(normalized.slice(bodyStart))
  // The environment collects link reference definitions for the inline parse.
  const env: Record<string, unknown> = {}
  const tokens = parser.parse(source, env)
  return new MarkdownWalk(normalized, bodyStart, source, tokens, env, maxBlocks).read()
}

/** Inline content in pieces of at most about `INLINE_CHUNK`, cut after a space or line break. */
function* inlineChunks(
  content: string
): Generator<{ text: string; cut: 'none' | 'space' | 'line' }> {
  let start = 0
  while (content.length - start > INLINE_CHUNK) {
    const limit = start + INLINE_CHUNK
    let cut = Math.max(content.lastIndexOf('\n', limit), content.lastIndexOf(' ', limit))
    if (cut <= start + INLINE_CHUNK / 2) cut = limit // no space in half a chunk: cut anywhere
    const separator = content[cut] === '\n' ? 'line' : content[cut] === ' ' ? 'space' : 'none'
    yield { text: content.slice(start, cut), cut: separator }
    start = separator === 'none' ? cut : cut + 1
  }
  yield { text: content.slice(start), cut: 'none' }
}

/** Offset just past YAML (`---`) or TOML (`+++`) front matter at the top, or 0. */
function frontMatterEnd(text: string): number {
  const firstEnd = text.indexOf('\n')
  const first = text.slice(0, firstEnd === -1 ? text.length : firstEnd).trim()
  if (first !== '---' && first !== '+++') return 0
  let start = firstEnd + 1
  while (firstEnd !== -1 && start < text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, end).trim()
    if (line === first || (first === '---' && line === '...')) return newline === -1 ? end : end + 1
    if (newline === -1) break
    start = newline + 1
  }
  return 0
}

/** Every `<!--` after the last `-->` can never close: its `<` is marked so it stays text. */
function markUnclosedComments(source: string): string {
  const lastClose = source.lastIndexOf('-->')
  let at = source.indexOf('<!--', lastClose === -1 ? 0 : lastClose + 3)
  if (at === -1) return source
  const parts: string[] = []
  let copied = 0
  for (; at !== -1; at = source.indexOf('<!--', at + 4)) {
    parts.push(source.slice(copied, at), OPENER_MARK)
    copied = at + 1
  }
  parts.push(source.slice(copied))
  return parts.join('')
}

const restoreOpeners = (text: string): string =>
  text.includes(OPENER_MARK) ? text.split(OPENER_MARK).join('<') : text

class MarkdownWalk {
  private readonly assembler: BlockAssembler
  private readonly lineStarts: number[]
  /** What raw HTML blocks left out (scripts, forms…). */
  private readonly skipped = new SkippedContent()
  private codeBlocks = 0
  private images = 0
  private readonly sentencePerLine: boolean
  /** Source offset before which every piece has been placed; only moves forward. */
  private cursor = 0
  /** Characters the text search may still look at (see the header). */
  private searchBudget: number
  /** Lines before this one are accounted for (read, or markup). */
  private checkedLine = 0

  constructor(
    normalized: string,
    /** Where `source` starts in `normalized` (after the front matter). */
    private readonly base: number,
    /** The text markdown-it parsed: `normalized` after the front matter, unclosed `<!--` marked. */
    private readonly source: string,
    private readonly tokens: readonly Token[],
    private readonly env: Record<string, unknown>,
    maxBlocks: number
  ) {
    this.assembler = new BlockAssembler(normalized, maxBlocks)
    this.lineStarts = lineStartsOf(source)
    this.searchBudget = 8 * source.length + 4096
    this.sentencePerLine = this.voteSentencePerLine()
  }

  read(): MarkdownReading {
    let listItems = 0
    let heading = false
    let row: readonly [number, number] | null = null
    for (const token of this.tokens) {
      switch (token.type) {
        case 'list_item_open':
          listItems++
          break
        case 'list_item_close':
          listItems--
          break
        case 'heading_open':
          // Its map includes a Setext underline, which the inline text's map does not.
          this.accountFor(token.map)
          heading = true
          break
        case 'heading_close':
          heading = false
          break
        case 'table_open':
          this.accountFor(token.map)
          break
        case 'tr_open':
          row = token.map ? this.lineRange(token.map) : row
          break
        case 'fence':
          this.accountFor(token.map)
          this.codeBlocks++
          break
        case 'hr':
          this.accountFor(token.map)
          break
        case 'html_block':
          this.accountFor(token.map)
          this.htmlBlock(token)
          break
        case 'inline': {
          this.accountFor(token.map)
          const range = token.map ? this.lineRange(token.map) : row
          const kind: BlockKind = heading ? 'heading' : listItems > 0 ? 'list-item' : 'paragraph'
          if (range) this.inline(token, range, kind)
          break
        }
      }
    }
    this.readUnaccountedLines(this.lineStarts.length)
    const warnings: ImportWarning[] = []
    if (this.codeBlocks > 0) {
      warnings.push({ code: 'content-skipped', detail: 'code', count: this.codeBlocks })
    }
    if (this.images > 0)
      warnings.push({ code: 'content-skipped', detail: 'image', count: this.images })
    return { ...this.assembler.finish(), warnings: [...warnings, ...this.skipped.warnings()] }
  }

  /** The text of one inline token (a paragraph, heading or table cell) as one block, or one per line. */
  private inline(token: Token, range: readonly [number, number], kind: BlockKind): void {
    this.cursor = Math.max(this.cursor, range[0])
    const end = range[1]
    const splitLines = this.sentencePerLine && kind === 'paragraph'
    /** A line break (or a space standing for one) seen since the last text, to write before the next. */
    let pending: 'none' | 'space' | 'line' = 'none'
    const place = (needle: string, text: string | null): void => {
      const at = this.find(needle, end)
      const from = at === -1 ? this.cursor : at
      if (pending !== 'none') {
        if (splitLines && pending === 'line') this.assembler.begin(kind)
        else this.replace(this.cursor, from, ' ')
        pending = 'none'
      }
      if (at === -1) this.replace(this.cursor, this.cursor, restoreOpeners(text ?? needle))
      else if (text === null) this.copy(at, at + needle.length)
      else this.replace(at, at + needle.length, text)
      this.cursor = Math.max(this.cursor, from + (at === -1 ? 0 : needle.length))
    }

    this.assembler.begin(kind)
    for (const chunk of inlineChunks(token.content)) {
      if (isMarkupDense(chunk.text)) {
        chunk.text.split('\n').forEach((line, k) => {
          if (k > 0) pending = 'line'
          if (line !== '') place(line, null)
        })
        if (chunk.cut !== 'none') pending = chunk.cut
        continue
      }
      const children: Token[] = []
      parser.inline.parse(chunk.text, parser, this.env, children)
      for (const child of children) {
        switch (child.type) {
          case 'text':
          case 'code_inline':
            if (child.content !== '') place(child.content, null)
            break
          case 'text_special':
            // An escape (`\*`) or an entity (`&nbsp;`): found by its markup, read as what it stands for.
            place(child.markup, normalizeText(child.content).text)
            break
          case 'softbreak':
          case 'hardbreak':
            pending = 'line'
            break
          case 'html_inline':
            if (pending === 'none' && /^<br\b/i.test(child.content)) pending = 'space'
            break
          case 'image':
            this.images++
            break
        }
      }
      if (chunk.cut !== 'none') pending = chunk.cut
    }
    this.assembler.end()
  }

  /**
   * Raw HTML between Markdown blocks, read as HTML: comments give nothing, text after a comment on its
   * closing line is kept, scripts and the like are reported.
   */
  private htmlBlock(token: Token): void {
    if (!token.map) return
    const [start, end] = this.lineRange(token.map)
    const blocks = readHtmlFragment(restoreOpeners(token.content), this.skipped)
    this.cursor = Math.max(this.cursor, start)
    // Characters the word search may look at in this block: past it, the rest of the block's text
    // stands for the rest of its source, as a whole (a block full of entities stays linear).
    let budget = 8 * (end - start) + 4096
    const blockSource = this.source.slice(start, end)
    blocks.forEach((block, b) => {
      this.assembler.begin(block.kind)
      // Word by word: words that stand in the source as they are (text after a comment on its closing
      // line, between tags) are copied, so each sentence maps to its own characters; words decoded from
      // markup (`&laquo;нет&raquo;`) wait and stand for the source up to the next word found.
      const last = b === blocks.length - 1
      let pending = ''
      let pendingSpace = false
      for (const word of block.text.split(/\s+/)) {
        if (word === '') continue
        let at = -1
        if (budget > 0) {
          // Within the block only: a word is never taken from the text after it.
          const found = blockSource.indexOf(word, this.cursor - start)
          at = found === -1 ? -1 : start + found
          budget -= (at === -1 ? end : at + word.length) - this.cursor
        }
        if (at === -1) {
          pending += (pending !== '' || pendingSpace ? ' ' : '') + word
          continue
        }
        if (pending !== '') {
          // The waiting words stand for the source up to the white space before this word.
          let gap = at
          while (gap > this.cursor && /\s/.test(this.source[gap - 1]!)) gap--
          if (gap > this.cursor) {
            this.replace(this.cursor, gap, pending)
            this.replace(gap, at, ' ')
          } else this.replace(this.cursor, at, `${pending} `)
        } else if (pendingSpace) this.replace(this.cursor, at, ' ')
        this.copy(at, at + word.length)
        this.cursor = at + word.length
        pending = ''
        pendingSpace = true
      }
      if (pending !== '') this.replace(this.cursor, last ? end : this.cursor, pending)
      if (last) this.cursor = Math.max(this.cursor, end)
      this.assembler.end()
    })
    this.cursor = Math.max(this.cursor, end)
  }

  /**
   * Marks the lines of a block as read, first reading any line before it that no block covered: lines
   * markdown-it dropped because they are nested deeper than it follows (`> > > … text`). Container
   * markers alone (`>`, `-`) and link reference definitions are markup and stay out.
   */
  private accountFor(map: readonly [number, number] | null | undefined): void {
    if (!map) return
    this.readUnaccountedLines(map[0])
    this.checkedLine = Math.max(this.checkedLine, map[1])
  }

  private readUnaccountedLines(upTo: number): void {
    let inReferences = false
    for (let k = this.checkedLine; k < upTo; k++) {
      const [start, end] = this.lineRange([k, k + 1])
      const line = this.source.slice(start, end)
      const prefix = containerPrefix(line)
      if (prefix === line.length || line.trim() === '') {
        // Blank, or container markers only (`>`, `-`): markup.
        if (line.trim() === '') inReferences = false
        continue
      }
      if (REFERENCE_DEFINITION.test(line.slice(prefix))) inReferences = true
      if (inReferences) continue
      this.cursor = Math.max(this.cursor, start + prefix)
      this.assembler.begin('paragraph')
      this.copy(this.cursor, end)
      this.assembler.end()
      this.cursor = Math.max(this.cursor, end)
    }
    this.checkedLine = Math.max(this.checkedLine, upTo)
  }

  /**
   * Where `needle` is, at or after the cursor and before `end` (source offsets), or -1. Native
   * `indexOf` does the looking; what it looks at beyond the block comes out of the budget.
   */
  private find(needle: string, end: number): number {
    if (this.source.startsWith(needle, this.cursor)) return this.cursor
    if (this.searchBudget <= 0) return -1
    const at = this.source.indexOf(needle, this.cursor)
    const looked = (at === -1 ? this.source.length : at + needle.length) - this.cursor
    if (at !== -1 && at + needle.length <= end) {
      this.searchBudget -= Math.max(0, looked - (end - this.cursor))
      return at
    }
    this.searchBudget -= looked
    return -1
  }

  private copy(start: number, end: number): void {
    this.assembler.copy(this.base + start, this.base + end)
  }

  private replace(start: number, end: number, text: string): void {
    this.assembler.replace(this.base + start, this.base + Math.max(start, end), text)
  }

  /** `[start, end)` source offsets of lines `[from, to)`, without the last line break. */
  private lineRange(map: readonly [number, number]): [number, number] {
    const start = this.lineStarts[map[0]] ?? this.source.length
    const next = this.lineStarts[map[1]]
    return [start, next === undefined ? this.source.length : next - 1]
  }

  /**
   * One sentence per line? Voted over the lines of top-level paragraphs only: headings, list items,
   * tables and code are blocks of their own whatever the answer.
   */
  private voteSentencePerLine(): boolean {
    const vote = new SentenceBreakVote(this.source)
    let listItems = 0
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]!
      if (token.type === 'list_item_open') listItems++
      else if (token.type === 'list_item_close') listItems--
      else if (token.type === 'paragraph_open' && listItems === 0 && token.map) {
        let previous: Line | null = null
        for (let k = token.map[0]; k < token.map[1]; k++) {
          const line = this.proseLine(k)
          if (previous) vote.add(previous, line)
          previous = line
        }
      }
    }
    return vote.sentencePerLine()
  }

  /** Line `k` without its block-quote markers and surrounding spaces. */
  private proseLine(k: number): Line {
    const [start, end] = this.lineRange([k, k + 1])
    const line = this.source.slice(start, end)
    const markers = containerPrefix(line, true)
    const trailing = line.length - line.trimEnd().length
    return {
      start,
      end,
      contentStart: start + markers,
      contentEnd: Math.max(start + markers, end - trailing)
    }
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}
