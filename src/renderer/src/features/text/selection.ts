/**
 * Reads the reviewer's mouse selection as a span of a row's text. Row text is rendered inside an
 * element marked `data-row-id` + `data-side`, whose text content is the row text (highlights split it
 * into several nodes; track-change insertions are marked `data-skip-offset` and not counted), so a
 * character count from the element's start is the offset.
 */
import type { Side } from '@shared/domain/review'
import { trimSpan } from '@shared/review/row-text'

export interface SelectedSpan {
  readonly side: Side
  readonly span: readonly [number, number]
}

export type SelectionRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'span'; readonly selected: SelectedSpan }
  /** A selection running across both cells, or across rows: it names no one span. */
  | { readonly kind: 'ambiguous' }

const ROW_TEXT_SELECTOR = '[data-row-id][data-side]'

export function readSelection(rowId: string, doc: Document = document): SelectionRead {
  const selection = doc.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'none' }
  const range = selection.getRangeAt(0)
  const container = rowTextElement(range.startContainer)
  const end = rowTextElement(range.endContainer)
  if (!container && !end) return { kind: 'none' }
  if (!container || container !== end || container.dataset.rowId !== rowId)
    return { kind: 'ambiguous' }
  const side = container.dataset.side
  if (side !== 'source' && side !== 'target') return { kind: 'none' }
  const text = textOf(container)
  const span = trimSpan(text, [
    offsetFrom(container, range.startContainer, range.startOffset),
    offsetFrom(container, range.endContainer, range.endOffset)
  ])
  return span[1] > span[0] ? { kind: 'span', selected: { side, span } } : { kind: 'none' }
}

/** Drops the selection once it has been used, so the next flag does not reuse it by surprise. */
export function clearSelection(doc: Document = document): void {
  doc.getSelection()?.removeAllRanges()
}

function rowTextElement(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  return element?.closest<HTMLElement>(ROW_TEXT_SELECTOR) ?? null
}

function counted(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  return !element?.closest('[data-skip-offset]')
}

function textOf(container: HTMLElement): string {
  let text = ''
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (counted(node)) text += node.nodeValue ?? ''
  return text
}

/** Characters of counted text from the container's start to (node, offset). */
function offsetFrom(container: HTMLElement, node: Node, offset: number): number {
  const range = container.ownerDocument.createRange()
  range.selectNodeContents(container)
  range.setEnd(node, offset)
  const fragment = range.cloneContents()
  fragment.querySelectorAll('[data-skip-offset]').forEach((el) => el.remove())
  return fragment.textContent?.length ?? 0
}
