import type { Locator } from '@playwright/test'

/** The bits of a DOM text node used here (the e2e tsconfig has no DOM lib; this code runs in the page). */
interface TextNode {
  readonly nodeValue: string | null
  readonly length: number
}
const SHOW_TEXT = 4 // NodeFilter.SHOW_TEXT

/** Selects `needle` inside an element as a reviewer would by dragging the mouse over it. */
export async function selectText(cell: Locator, needle: string): Promise<void> {
  await cell.evaluate(
    (element, [text, showText]) => {
      const walker = element.ownerDocument.createTreeWalker(element, showText)
      let full = ''
      const nodes: { node: TextNode; start: number }[] = []
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as unknown as TextNode, start: full.length })
        full += n.nodeValue ?? ''
      }
      const from = full.indexOf(text)
      if (from < 0) throw new Error(`"${text}" is not in the cell`)
      const to = from + text.length
      const locate = (offset: number, isEnd: boolean) => {
        const hit = nodes.find(
          ({ node, start }) =>
            offset >= start &&
            (isEnd ? offset <= start + node.length : offset < start + node.length)
        )
        if (!hit) throw new Error(`offset ${offset} outside the cell`)
        return { node: hit.node, offset: offset - hit.start }
      }
      const a = locate(from, false)
      const b = locate(to, true)
      const range = element.ownerDocument.createRange()
      range.setStart(a.node as never, a.offset)
      range.setEnd(b.node as never, b.offset)
      const selection = element.ownerDocument.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
    },
    [needle, SHOW_TEXT] as const
  )
}
