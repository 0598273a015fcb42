/**
 * Quotation marks and brackets that do not pair up in the English where they do in the Russian.
 * A quotation often runs over several sentences, and Russian frames speech with dashes where English
 * uses quotes, so a paragraph is judged as a whole (a row alone when the rows carry no paragraph
 * numbers) and against its source: only a difference in how many quotations or brackets stay open is
 * reported. "«Voices of America: «This…" opens two where the source opens one and closes it; a
 * closing quote after a sentence whose source quotes nothing is a stray.
 */
import type { DocumentCheck, Emit, QaRow } from '../types'
import { message } from './message'

interface Balance {
  /** Opened minus closed. */
  readonly open: number
  /** Where the first opening mark left unclosed sits, and the first closing mark with no opening. */
  readonly firstUnclosed: number
  readonly firstStray: number
  /** Opened twice in a row without a close between: where the missing close belongs. */
  readonly reopened: number
}

type Kind = 'open' | 'close' | undefined

function quoteKind(text: string, k: number): Kind {
  const c = text[k]!
  if (c === '«' || c === '„') return 'open'
  if (c === '»') return 'close'
  if (c === '“' || c === '”' || c === '"') {
    // By position: after a space or an opening bracket, at the start, it opens.
    const before = k === 0 ? ' ' : text[k - 1]!
    const after = text[k + 1] ?? ' '
    if (/[\s([«„—–-]/.test(before) && !/\s/.test(after)) return 'open'
    if (
      c === '“' &&
      text.lastIndexOf('„', k) >= 0 &&
      text.lastIndexOf('„', k) > text.lastIndexOf('“', k - 1)
    ) {
      return 'close' // „…“
    }
    return /[\s([]/.test(before) ? 'open' : 'close'
  }
  return undefined
}

function bracketKind(text: string, k: number): Kind {
  const c = text[k]!
  if (c === '(' || c === '[') return 'open'
  if (c === ')' || c === ']') return 'close'
  return undefined
}

/**
 * A quotation of several sentences, translated sentence by sentence, opens each sentence with a quote
 * and closes only the last (the English convention for a speech of several paragraphs, applied per
 * sentence): a quote at the start of a row, after a row that ended a sentence inside a quotation of
 * the same mark still open, continues that quotation rather than opening a second one.
 */
function continuesQuotation(
  text: string,
  k: number,
  rowStarts: ReadonlySet<number>,
  open: number
): boolean {
  if (!rowStarts.has(k) || text[k] !== text[open]) return false
  return /[.!?…]\s*$/.test(text.slice(Math.max(open, k - 4), k))
}

/**
 * Where a target row may continue the quotation of the row before (see `continuesQuotation`): at
 * each row start, unless the Russian closed a quotation in the row before — then the English should
 * have closed it too («Да.» «Нет.» is two quotations, "“Yes. “No.”" a close lost).
 */
function continuationStarts(rows: readonly QaRow[], target: Joined): Set<number> {
  const starts = new Set<number>()
  for (let k = 1; k < rows.length; k++) {
    const before = rows[k - 1]!.source
    let closes = false
    for (let i = 0; i < before.length && !closes; i++) closes = quoteKind(before, i) === 'close'
    if (!closes) starts.add(target.starts[k]!)
  }
  return starts
}

function balance(
  text: string,
  kind: (text: string, k: number) => Kind,
  rowStarts: ReadonlySet<number> = new Set()
): Balance {
  const stack: number[] = []
  let firstStray = -1
  let strays = 0
  let reopened = -1
  let lastWasOpen = false
  const marks = /[«»„“”"()[\]]/g
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const k = m.index
    const what = kind(text, k)
    if (what === 'open') {
      if (lastWasOpen && continuesQuotation(text, k, rowStarts, stack.at(-1)!)) {
        stack[stack.length - 1] = k
        continue
      }
      if (lastWasOpen && reopened < 0 && text[k] === text[stack.at(-1)!]) reopened = stack.at(-1)!
      stack.push(k)
      lastWasOpen = true
    } else if (what === 'close') {
      if (stack.length > 0) stack.pop()
      else {
        strays++
        if (firstStray < 0) firstStray = k
      }
      lastWasOpen = false
    }
  }
  return { open: stack.length - strays, firstUnclosed: stack[0] ?? -1, firstStray, reopened }
}

const hasQuote = (text: string) => /[«»„“”"]/.test(text)
const hasBracket = (text: string) => /[()[\]]/.test(text)
const hasPair = (text: string) => /[«»„“”"()[\]]/.test(text)

/** Consecutive rows of one paragraph (by the target's paragraph, else the source's); a row alone without. */
function paragraphs(rows: readonly QaRow[]): QaRow[][] {
  const groups: QaRow[][] = []
  let previous: number | null | undefined
  for (const row of rows) {
    const paragraph = row.targetParagraph ?? row.sourceParagraph
    const last = groups.at(-1)
    if (last && paragraph !== undefined && paragraph !== null && paragraph === previous)
      last.push(row)
    else groups.push([row])
    previous = paragraph
  }
  return groups
}

interface Joined {
  readonly text: string
  /** Offset of each row's text in `text`. */
  readonly starts: readonly number[]
}

function join(rows: readonly QaRow[], side: 'source' | 'target'): Joined {
  const starts: number[] = []
  let text = ''
  for (const row of rows) {
    if (text !== '') text += ' '
    starts.push(text.length)
    text += row[side]
  }
  return { text, starts }
}

export const unbalancedPairs: DocumentCheck = {
  id: 'unbalanced-pairs',
  scope: 'document',
  category: 'linguistic-conventions/punctuation',
  severity: 'minor',
  run(context, emit) {
    const groups = paragraphs(context.rows)
    /** Quotations the previous paragraph's English left open (and that were not reported). */
    let carried = 0
    groups.forEach((group, g) => {
      if (!group.some((row) => hasPair(row.target) || hasPair(row.source))) {
        carried = 0
        return
      }
      const target = join(group, 'target')
      const source = join(group, 'source')
      if (hasQuote(target.text) || hasQuote(source.text)) {
        // English quotes a speech of several paragraphs with an opening quote at each and a closing
        // one only at the end: a paragraph left open before one that opens is that convention.
        const next = groups[g + 1]?.[0]?.target.trimStart() ?? ''
        carried = compare(group, source, target, quoteKind, 'quote', emit, {
          continued: carried > 0,
          continues: /^[“"«]/.test(next)
        })
      } else carried = 0
      if (hasBracket(target.text) || hasBracket(source.text)) {
        compare(group, source, target, bracketKind, 'bracket', emit, {
          continued: false,
          continues: false
        })
      }
    })
  }
}

/**
 * Reports where the English leaves a different number of marks open than the Russian: at the
 * quotation opened again before it was closed, or the first one left open; or at the first closing
 * mark with nothing to close. Where the English pairs everything up and the Russian does not, the
 * English is right and nothing is said.
 */
function compare(
  rows: readonly QaRow[],
  sourceText: Joined,
  targetText: Joined,
  kind: (text: string, k: number) => Kind,
  what: 'quote' | 'bracket',
  emit: Emit,
  across: { readonly continued: boolean; readonly continues: boolean }
): number {
  const source = balance(sourceText.text, kind)
  const target = balance(
    targetText.text,
    kind,
    what === 'quote' ? continuationStarts(rows, targetText) : undefined
  )
  if (source.open === target.open) return target.open
  const notClosed = target.open > source.open
  if (notClosed ? across.continues && target.reopened < 0 : across.continued) return target.open
  const at = notClosed
    ? target.reopened >= 0
      ? target.reopened
      : target.firstUnclosed
    : target.firstStray
  if (at < 0) return target.open
  let k = rows.length - 1
  while (k > 0 && targetText.starts[k]! > at) k--
  const offset = at - targetText.starts[k]!
  const key = notClosed ? `${what}NotClosed` : `${what}NotOpened`
  emit({ row: rows[k]!, side: 'target', span: [offset, offset + 1], message: message(key) })
  // A quotation reported as unclosed does not carry on into the next paragraph.
  return 0
}
