/**
 * Where a value sits in a JSON text, by its path (`["articles", 0, "rows", 3, "status"]`), so that a
 * schema error can name the line and column a person must fix. A small scanner over already-valid
 * JSON (JSON.parse succeeded first): it skips values it does not descend into.
 */
import { locate } from '../import/readers/xml'

export function locateJsonPath(
  text: string,
  path: readonly (string | number)[]
): { line: number; column: number } {
  let pos = 0
  const space = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos]!)) pos++
  }
  const skipString = (): string => {
    const start = pos
    pos++ // opening quote
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1
    pos++
    return JSON.parse(text.slice(start, pos)) as string
  }
  const skipValue = (): void => {
    space()
    const c = text[pos]
    if (c === '"') skipString()
    else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      pos++
      space()
      if (text[pos] === close) {
        pos++
        return
      }
      for (;;) {
        if (c === '{') {
          space()
          skipString()
          space()
          pos++ // colon
        }
        skipValue()
        space()
        if (text[pos++] === close) return
      }
    } else {
      while (pos < text.length && !',}] \t\r\n'.includes(text[pos]!)) pos++
    }
  }
  for (const step of path) {
    space()
    const c = text[pos]
    if (c === '{' && typeof step === 'string') {
      pos++
      let found = false
      while (!found) {
        space()
        if (text[pos] !== '"') break
        const key = skipString()
        space()
        pos++ // colon
        if (key === step) {
          found = true
          break
        }
        skipValue()
        space()
        if (text[pos] === ',') pos++
      }
      if (!found) break
    } else if (c === '[' && typeof step === 'number') {
      pos++
      for (let k = 0; k < step; k++) {
        skipValue()
        space()
        if (text[pos] === ',') pos++
      }
    } else break
  }
  space()
  return locate(text, pos)
}
