/**
 * HTML -> blocks (headings, paragraphs, list items), parsed by parse5 exactly as a browser would
 * (entities decoded, broken markup repaired, `<p>` closed implicitly).
 *
 * What counts as text:
 * - Block elements end the text run before them and start a new one: p, div, section, article, main,
 *   blockquote, pre, address, figure, figcaption, dl/dt/dd, lists, table parts, details, hr, … Text
 *   directly inside a div or section between two blocks is a block of its own. Table cells are one
 *   block each (a news table is content to review; a layout table just yields its paragraphs).
 * - Kinds: inside h1–h6 -> 'heading'; inside li -> 'list-item' (also for a `<p>` within the item);
 *   everything else 'paragraph'.
 * - `<br>` is a space; two or more in a row (with only whitespace between) end the block, because
 *   many CMSs write paragraphs as `text<br><br>text`.
 * - Whitespace is collapsed as a browser renders it (`<pre>` included: line layout does not matter to
 *   a reviewer); blocks are trimmed, and blocks with nothing but spaces (`<p>&nbsp;</p>`) dropped.
 *   No block contains a line break.
 * - Image `alt` text, attribute values and comments are not text.
 *
 * Dropped, and counted in `content-skipped` warnings when they held any text (one warning per kind,
 * `detail` a `SkippedContentKind`, `count` how many elements): script, style, noscript, template, nav, aside,
 * form, button, select, textarea, iframe, object, embed, canvas, video, audio, svg, math, dialog;
 * `header` and `footer` of the page (kept inside `article` or `main`, where they hold the headline or a
 * byline); elements with role navigation/banner/contentinfo/complementary/search/menu/menubar/dialog;
 * hidden elements (`hidden`, `aria-hidden="true"`, inline `display:none`). The whole `<head>` is skipped
 * silently: its `<title>` repeats the headline.
 *
 * The tree is walked with an explicit stack: hostile input nested a hundred thousand levels deep must
 * not overflow the call stack.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { CalqueFailure } from '../../domain/errors'
import { tooManySegments } from '../limits'
import { SkippedContent, type SkippedContentKind } from '../skipped-content'
import type { Block, BlockKind, BlocksResult } from './types'

const words = (list: string): Set<string> => new Set(list.split(' '))

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

const SKIPPED_ELEMENTS = words(
  'script style noscript template nav aside form button select textarea iframe object embed ' +
    'canvas video audio svg math dialog'
)
/** The kind each skipped element is reported as. */
const ELEMENT_KIND: Readonly<Record<string, SkippedContentKind>> = {
  script: 'script',
  noscript: 'script',
  template: 'script',
  style: 'style',
  nav: 'navigation',
  aside: 'aside',
  form: 'form',
  button: 'form',
  select: 'form',
  textarea: 'form',
  iframe: 'embedded',
  object: 'embedded',
  embed: 'embedded',
  canvas: 'embedded',
  video: 'embedded',
  audio: 'embedded',
  svg: 'embedded',
  math: 'embedded',
  dialog: 'item'
}
const ROLE_KIND: Readonly<Record<string, SkippedContentKind>> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside'
}
const PAGE_FURNITURE = new Set(['header', 'footer'])
const SKIPPED_ROLES = words(
  'navigation banner contentinfo complementary search menu menubar dialog'
)
/** Where a `header`/`footer` belongs to the article rather than to the page. */
const CONTENT_LANDMARKS = new Set(['article', 'main'])
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const BLOCKS = new Set([
  ...words(
    'html body address article blockquote caption center dd details dir div dl dt fieldset ' +
      'figcaption figure footer header hgroup hr legend li listing main menu ol p plaintext pre ' +
      'section summary table tbody td tfoot th thead tr ul xmp'
  ),
  ...HEADINGS
])

interface Context {
  headings: number
  listItems: number
  landmarks: number
}

type Step = { readonly node: Node } | { readonly leave: Element }

/** `maxBlocks`: refuse (`too-many-segments`) a page with more blocks, as soon as it has them. */
export function readHtml(text: string, maxBlocks = Infinity): BlocksResult {
  const { blocks, skipped } = collectBlocks(text, maxBlocks)
  if (blocks.length === 0) {
    throw new CalqueFailure({
      code: 'file-no-text',
      format: 'HTML',
      detail: skipped.size > 0 ? `only ${skipped.describe()}` : 'no text in the page body'
    })
  }
  return { blocks, warnings: skipped.warnings() }
}

/** The blocks of an HTML fragment (raw HTML inside Markdown), with what was skipped; never throws. */
export function readHtmlFragment(text: string, skipped: SkippedContent): readonly Block[] {
  const fragment = collectBlocks(text, Infinity)
  for (const warning of fragment.skipped.warnings()) {
    skipped.add(warning.detail as SkippedContentKind, warning.count)
  }
  return fragment.blocks
}

function collectBlocks(
  text: string,
  maxBlocks: number
): { blocks: readonly Block[]; skipped: SkippedContent } {
  const blocks = new BlockCollector(maxBlocks)
  const skipped = new SkippedContent()
  const context: Context = { headings: 0, listItems: 0, landmarks: 0 }
  const stack: Step[] = [{ node: parse(text) }]

  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('leave' in step) {
      enterOrLeave(step.leave.tagName, context, -1)
      if (BLOCKS.has(step.leave.tagName)) blocks.end()
      continue
    }
    const node = step.node
    if (node.nodeName === '#text') {
      blocks.text((node as DefaultTreeAdapterTypes.TextNode).value, kindOf(context))
      continue
    }
    if (!('childNodes' in node)) continue
    if ('tagName' in node) {
      const element = node
      if (element.tagName === 'head') continue
      const reason = skipReason(element, context)
      if (reason) {
        if (holdsText(element)) skipped.add(reason)
        continue
      }
      if (element.tagName === 'br') {
        blocks.lineBreak()
        continue
      }
      if (BLOCKS.has(element.tagName)) blocks.end()
      enterOrLeave(element.tagName, context, +1)
      stack.push({ leave: element })
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]! })
  }
  blocks.end()
  return { blocks: blocks.blocks, skipped }
}

function enterOrLeave(tagName: string, context: Context, delta: 1 | -1): void {
  if (HEADINGS.has(tagName)) context.headings += delta
  else if (tagName === 'li') context.listItems += delta
  else if (CONTENT_LANDMARKS.has(tagName)) context.landmarks += delta
}

function kindOf(context: Context): BlockKind {
  if (context.headings > 0) return 'heading'
  return context.listItems > 0 ? 'list-item' : 'paragraph'
}

/** Why an element is left out (the kind named in the warning), or undefined when it is read. */
function skipReason(element: Element, context: Context): SkippedContentKind | undefined {
  const name = element.tagName
  if (SKIPPED_ELEMENTS.has(name)) return ELEMENT_KIND[name] ?? 'item'
  if (PAGE_FURNITURE.has(name) && context.landmarks === 0)
    return name === 'header' ? 'header' : 'footer'
  const attribute = (attrName: string): string | undefined =>
    element.attrs.find((a) => a.name === attrName)?.value
  const role = attribute('role')?.trim().toLowerCase()
  if (role && SKIPPED_ROLES.has(role)) return ROLE_KIND[role] ?? 'item'
  if (
    attribute('hidden') !== undefined ||
    attribute('aria-hidden')?.trim().toLowerCase() === 'true' ||
    /display\s*:\s*none/i.test(attribute('style') ?? '')
  ) {
    return 'hidden'
  }
  return undefined
}

/** Whether anything inside (a template's content included) is more than whitespace. */
function holdsText(root: Element): boolean {
  const stack: Node[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeName === '#text' && /\S/.test((node as DefaultTreeAdapterTypes.TextNode).value)) {
      return true
    }
    if ('content' in node) stack.push(node.content)
    if ('childNodes' in node) for (const child of node.childNodes) stack.push(child)
  }
  return false
}

/** HTML's own whitespace (not NBSP, which is a character the author typed). */
const HTML_WHITESPACE = /[\t\n\f\r ]+/g
/** A block made of nothing but these is empty (`<p>&nbsp;</p>`, a stray zero-width space). */
const INVISIBLE_ONLY = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/

class BlockCollector {
  readonly blocks: Block[] = []

  constructor(private readonly maxBlocks: number) {}

  private run = ''
  private kind: BlockKind = 'paragraph'
  private sawText = false
  /** A `<br>` with only whitespace after it: a second one ends the block. */
  private breakPending = false

  text(value: string, kind: BlockKind): void {
    if (/\S/.test(value)) {
      if (!this.sawText) this.kind = kind
      this.sawText = true
      this.breakPending = false
    }
    this.run += value
  }

  lineBreak(): void {
    if (this.breakPending) this.end()
    else {
      this.run += ' '
      this.breakPending = true
    }
  }

  /** A block boundary: the text run so far becomes a block, if it holds anything. */
  end(): void {
    const text = this.run.replace(HTML_WHITESPACE, ' ').trim()
    if (!INVISIBLE_ONLY.test(text)) {
      this.blocks.push({ text, kind: this.kind })
      if (this.blocks.length > this.maxBlocks) throw tooManySegments(this.maxBlocks)
    }
    this.run = ''
    this.kind = 'paragraph'
    this.sawText = false
    this.breakPending = false
  }
}
