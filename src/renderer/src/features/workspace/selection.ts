/**
 * Reads the reviewer's text selection as a span of a row's text. Row text is rendered inside an
 * element marked `data-row-id` + `data-side`, whose text content is exactly the row text (highlight
 * marks split it into several nodes), so a character count from the element's start is the offset.
 */
import type { Side } from '@shared/domain/review'
import { trimSpan } from '@shared/review/row-text'

export interface SelectedSpan {
  readonly side: Side
  readonly span: readonly [number, number]
}

const ROW_TEXT_SELECTOR = '[data-row-id][data-side]'

export function selectedSpanInRow(rowId: string, doc: Document = document): SelectedSpan | null {
  const selection = doc.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const container = rowTextElement(range.startContainer)
  // A selection that runs across cells or rows does not name one span: ignore it.
  if (!container || container !== rowTextElement(range.endContainer)) return null
  if (container.dataset.rowId !== rowId) return null
  const side = container.dataset.side
  if (side !== 'source' && side !== 'target') return null
  const text = container.textContent ?? ''
  const span = trimSpan(text, [
    offsetFrom(container, range.startContainer, range.startOffset),
    offsetFrom(container, range.endContainer, range.endOffset)
  ])
  return span[1] > span[0] ? { side, span } : null
}

/** Drops the selection once it has been used, so the next flag does not reuse it by surprise. */
export function clearSelection(doc: Document = document): void {
  doc.getSelection()?.removeAllRanges()
}

function rowTextElement(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  return element?.closest<HTMLElement>(ROW_TEXT_SELECTOR) ?? null
}

function offsetFrom(container: HTMLElement, node: Node, offset: number): number {
  const range = container.ownerDocument.createRange()
  range.setStart(container, 0)
  range.setEnd(node, offset)
  return range.toString().length
}
