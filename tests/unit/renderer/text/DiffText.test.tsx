// @vitest-environment jsdom
/**
 * Track changes in the grid, on the sample's calque after a reviewer post-edited it: deletions struck,
 * insertions underlined, flags still drawn on the MT words they judge (struck ones included), a flag
 * whose words were all rewritten said to be so; the display modes; and a mouse selection in the track
 * changes that still indexes the MT (insertions are not MT text).
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Flag } from '@shared/domain/review'
import { createFlag } from '../../../../src/renderer/src/features/flags/new-flag'
import { sentEvents } from '../helpers/fake-api'
import type { RenderedApp } from '../helpers/render-app'
import { rowWith, sampleArticle, withReview } from '../helpers/sample-project'
import { cell, key, openWorkspace, rowNumbered, walkTo, markedText } from '../helpers/workspace'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
  document.getSelection()?.removeAllRanges()
})

const base = sampleArticle()
const idiom = rowWith(base, 'morning chairs')
const mt = idiom.texts.target
const IDIOM = 'morning chairs –money in the evening'
const EDIT = mt.replace('states', 'says').replace(IDIOM, 'cash up front')

function flagOn(phrase: string, id: string, category: string, severity: Flag['severity']) {
  const start = mt.indexOf(phrase)
  return createFlag(
    {
      row: idiom.bead.id,
      side: 'target',
      span: [start, start + phrase.length],
      category,
      severity,
      comment: ''
    },
    id,
    new Date('2026-11-20T10:00:00.000Z')
  )
}

const article = withReview(base, [
  { type: 'flag.add', flag: flagOn(IDIOM, 'calque', 'accuracy/mistranslation', 'critical') },
  { type: 'flag.add', flag: flagOn('accessible language', 'style', 'style/awkward', 'minor') },
  { type: 'edit.set', row: idiom.bead.id, text: EDIT }
])
const number = idiom.index + 1

async function open() {
  const opened = await openWorkspace(article)
  app = opened.app
  return opened
}

const english = () => cell(rowNumbered(number), 'target')
const texts = (elements: Iterable<Element>) => [...elements].map((e) => e.textContent)

describe('a post-edited row as track changes', () => {
  it('strikes what the post-edit deleted and underlines what it inserted', async () => {
    await open()
    const target = english()
    expect(texts(target.querySelectorAll('del'))).toEqual([
      'states',
      'morning chairs –money in the evening'
    ])
    expect(texts(target.querySelectorAll('ins'))).toEqual(['says', 'cash up front'])
    const shown = target.querySelector('.row-text--diff')!
    // Read without the deletions, the cell says the post-edit; without the insertions, the MT.
    const without = (selector: string) => {
      const copy = shown.cloneNode(true) as Element
      copy.querySelectorAll(selector).forEach((e) => e.remove())
      return copy.textContent
    }
    expect(without('del')).toBe(EDIT)
    expect(without('ins')).toBe(mt)
  })

  it('draws flags on the MT words they judge, struck or not, and says which were rewritten', async () => {
    await open()
    const target = english()
    const critical = [...target.querySelectorAll('mark.flag-mark--critical')]
    expect(critical.map((m) => m.textContent).join('')).toBe(IDIOM)
    // Every word of the calque is struck: only the spaces between them survived.
    for (const mark of critical) {
      if (mark.textContent!.trim() !== '') expect(mark.closest('del')).not.toBeNull()
    }
    expect(texts(target.querySelectorAll('mark.flag-mark--minor'))).toEqual(['accessible language'])
    const chips = within(target).getAllByRole('button', { name: /·/ })
    expect(chips.map((c) => c.textContent)).toEqual([
      'MistranslationCriticalrewritten',
      'Awkward styleMinor'
    ])
  })

  it('shows the MT or the post-edit alone from the toolbar, and t cycles the three', async () => {
    await open()
    const display = screen.getByRole('radiogroup', { name: 'Show the English as' })
    fireEvent.click(within(display).getByRole('radio', { name: 'MT' }))
    expect(english().querySelector('del, ins')).toBeNull()
    expect(english().querySelector('.row-text')!.textContent).toBe(mt)
    expect(within(english()).getByText('post-edited')).toBeTruthy()
    expect(markedText(english(), 'mark.flag-mark--critical')).toBe(IDIOM)

    fireEvent.click(within(display).getByRole('radio', { name: 'Post-edit' }))
    expect(english().querySelector('.row-text')!.textContent).toBe(EDIT)
    // The post-edit is not what the flags judge: nothing is highlighted in it.
    expect(english().querySelector('.row-text mark')).toBeNull()

    screen.getByRole('grid').focus()
    key('t')
    expect(within(display).getByRole('radio', { checked: true }).textContent).toBe('Changes')
    key('t')
    expect(within(display).getByRole('radio', { checked: true }).textContent).toBe('MT')
  })

  it('flags a selection in the track changes at its offsets in the MT', async () => {
    const { api } = await open()
    walkTo(number)
    // The closing `".` comes after four insertions; the flag must still index the MT.
    const shown = english().querySelector('.row-text--diff')!
    const last = shown.lastElementChild!.querySelector('span')!.firstChild!
    expect(last.textContent).toBe('".')
    const range = document.createRange()
    range.setStart(last, 0)
    range.setEnd(last, 2)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
    key('f')
    const picker = screen.getByRole('dialog', { name: `Flag an issue in row ${number}` })
    expect(picker.querySelector('blockquote')!.textContent).toBe('".')
    fireEvent.change(within(picker).getByRole('combobox'), { target: { value: 'punct' } })
    key('1')
    key('Enter')
    expect(sentEvents(api).at(-1)).toMatchObject({
      type: 'flag.add',
      flag: {
        row: idiom.bead.id,
        side: 'target',
        span: [mt.length - 2, mt.length],
        category: 'linguistic-conventions/punctuation',
        severity: 'minor'
      }
    })
  })
})
