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

/**
 * The offset where a JSON text stops being JSON (V8's messages give it for some errors only). A strict
 * recursive-descent check, used only after JSON.parse has already failed.
 */
export function jsonErrorOffset(text: string): number {
  let pos = 0
  const fail = (): never => {
    throw pos
  }
  const space = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos]!)) pos++
  }
  const literal = (word: string): void => {
    for (const c of word) {
      if (text[pos] !== c) fail()
      pos++
    }
  }
  const string = (): void => {
    if (text[pos] !== '"') fail()
    pos++
    for (;;) {
      if (pos >= text.length) fail()
      const c = text.charCodeAt(pos)
      if (c === 0x22) break
      if (c < 0x20) fail()
      if (c === 0x5c) {
        pos++
        const e = text[pos]
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            pos++
            if (!/[0-9a-fA-F]/.test(text[pos] ?? '')) fail()
          }
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) fail()
      }
      pos++
    }
    pos++
  }
  const digits = (): void => {
    if (!/[0-9]/.test(text[pos] ?? '')) fail()
    while (/[0-9]/.test(text[pos] ?? '')) pos++
  }
  const number = (): void => {
    if (text[pos] === '-') pos++
    if (text[pos] === '0') pos++
    else digits()
    if (text[pos] === '.') {
      pos++
      digits()
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++
      if (text[pos] === '+' || text[pos] === '-') pos++
      digits()
    }
  }
  const value = (depth: number): void => {
    // Deeper than any Calque file: stop here rather than exhaust the stack.
    if (depth > 1_000) fail()
    space()
    const c = text[pos]
    if (c === '{' || c === '[') {
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
          string()
          space()
          if (text[pos] !== ':') fail()
          pos++
        }
        value(depth + 1)
        space()
        if (text[pos] === ',') pos++
        else if (text[pos] === close) {
          pos++
          return
        } else fail()
      }
    } else if (c === '"') string()
    else if (c === 't') literal('true')
    else if (c === 'f') literal('false')
    else if (c === 'n') literal('null')
    else number()
  }
  try {
    value(0)
    space()
    if (pos < text.length) fail()
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length)
    throw at
  }
  return text.length
}
