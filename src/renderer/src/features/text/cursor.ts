/**
 * The keyboard caret and selection in a row's text, so a reviewer who never touches the mouse can
 * flag an exact span: character and word steps, extending the selection from an anchor.
 */
export interface TextCursor {
  readonly caret: number
  readonly anchor: number | null
}

export type CaretMove = 'left' | 'right' | 'word-left' | 'word-right' | 'start' | 'end'

export function moveCaret(
  text: string,
  cursor: TextCursor,
  move: CaretMove,
  extend: boolean
): TextCursor {
  const caret = target(text, Math.max(0, Math.min(cursor.caret, text.length)), move)
  if (!extend) return { caret, anchor: null }
  return { caret, anchor: cursor.anchor ?? cursor.caret }
}

function target(text: string, at: number, move: CaretMove): number {
  switch (move) {
    case 'left':
      return Math.max(0, at - 1)
    case 'right':
      return Math.min(text.length, at + 1)
    case 'start':
      return 0
    case 'end':
      return text.length
    case 'word-left': {
      let i = at
      while (i > 0 && !isWord(text[i - 1]!)) i--
      while (i > 0 && isWord(text[i - 1]!)) i--
      return i
    }
    case 'word-right': {
      let i = at
      while (i < text.length && !isWord(text[i]!)) i++
      while (i < text.length && isWord(text[i]!)) i++
      return i
    }
  }
}

function isWord(ch: string): boolean {
  return /[\p{L}\p{N}'’-]/u.test(ch)
}

/** The selected span, or `null` when the selection is empty. */
export function selectedSpan(cursor: TextCursor): readonly [number, number] | null {
  if (cursor.anchor === null || cursor.anchor === cursor.caret) return null
  return [Math.min(cursor.anchor, cursor.caret), Math.max(cursor.anchor, cursor.caret)]
}
