import { describe, expect, it } from 'vitest'
import { ITS_NS } from '@shared/export/its'
import { CALQUE_NS, XLIFF12_NS } from '@shared/export/vocabulary'
import { writeXliff12 } from '@shared/export/xliff12'
import { childElements } from '@shared/import/readers/xml'
import { sampleArticle } from './sample-article'
import { all, attrOf, textOf, xmlTree } from './xml-tree'

const its = writeXliff12([sampleArticle], { toolVersion: '1.2.3' })
const root = xmlTree(its)
const unit = (id: string) => all(root, 'trans-unit').find((u) => attrOf(u, 'id') === id)!
const child = (element: ReturnType<typeof unit>, local: string) =>
  childElements(element).find((c) => c.local === local)!

describe('XLIFF 1.2 export, ITS profile (Okapi form)', () => {
  it('declares ITS 2.0 at the root and names Calque as the tool', () => {
    expect(root.uri).toBe(XLIFF12_NS)
    expect(attrOf(root, 'version', ITS_NS)).toBe('2.0')
    expect(its).toContain('<tool tool-id="calque" tool-name="Calque" tool-version="1.2.3"/>')
  })

  it('writes a single issue as local its: attributes on <mrk mtype="x-its">', () => {
    const mark = all(child(unit('b26'), 'target'), 'mrk')[0]!
    expect(textOf(mark)).toBe('Lukashenka')
    expect(attrOf(mark, 'mtype')).toBe('x-its')
    expect(attrOf(mark, 'locQualityIssueType', ITS_NS)).toBe('inconsistency')
    expect(attrOf(mark, 'locQualityIssueSeverity', ITS_NS)).toBe('30')
    expect(attrOf(mark, 'flags', CALQUE_NS)).toBe('f1')
  })

  it('points several issues on one span to a stand-off group inside the trans-unit ("#id", as Okapi)', () => {
    const group = childElements(unit('b25')).find(
      (c) => c.local === 'locQualityIssues' && c.uri === ITS_NS
    )!
    const id = attrOf(group, 'id', 'http://www.w3.org/XML/1998/namespace')
    expect(childElements(group).map((i) => attrOf(i, 'locQualityIssueType'))).toEqual([
      'mistranslation',
      'style'
    ])
    const marks = all(root, 'mrk').filter(
      (m) => attrOf(m, 'locQualityIssuesRef', ITS_NS) === `#${id}`
    )
    // The calque span is crossed by the quote flag and holds the dash flag: it is cut into pieces
    // whose text, together, is the span.
    expect(marks.map(textOf).join('')).toBe('morning chairs –money in the evening')
    for (const mark of marks) expect(attrOf(mark, 'flags', CALQUE_NS)).toBe('f1 f2')
  })

  it('keeps the MT with its marks in an alt-trans beside the post-edit', () => {
    const altTrans = child(unit('b3'), 'alt-trans')
    expect([attrOf(altTrans, 'alttranstype'), attrOf(altTrans, 'origin')]).toEqual([
      'previous-version',
      'calque:mt'
    ])
    expect(textOf(child(altTrans, 'target'))).toBe(sampleArticle.rows[3]!.target)
    expect(textOf(child(unit('b3'), 'target'))).toBe(sampleArticle.rows[3]!.edit)
  })

  it('maps statuses to 1.2 states, confirmed rows approved', () => {
    const state = (id: string) => [
      attrOf(child(unit(id), 'target'), 'state'),
      attrOf(unit(id), 'approved')
    ]
    expect(state('b3')).toEqual(['final', 'yes'])
    expect(state('b4')).toEqual(['signed-off', undefined])
    expect(state('b34')).toEqual(['needs-translation', undefined])
    expect(state('b20')).toEqual(['needs-review-translation', undefined])
  })

  it('adds a readable note per flag for tools that ignore ITS', () => {
    const notes = childElements(unit('b34')).filter((c) => c.local === 'note')
    expect(notes.map(textOf)).toEqual([
      'accuracy/omission · major · open: «настроен» — The MT dropped the verb: "Statkevich much more skeptical"'
    ])
    expect(attrOf(notes[0]!, 'annotates')).toBe('source')
  })
})

describe('XLIFF 1.2 export, strict profile', () => {
  const strict = writeXliff12([sampleArticle], { profile: 'strict' })
  it('has no ITS or Calque markup at all, only core XLIFF 1.2', () => {
    expect(strict).not.toContain(ITS_NS)
    expect(strict).not.toContain(CALQUE_NS)
    expect(strict).not.toMatch(/<mrk|its:|calque:(?!mt)/)
  })
  it('still carries post-edits beside the MT, states and the flags as notes', () => {
    const tree = xmlTree(strict)
    expect(all(tree, 'alt-trans')).toHaveLength(4)
    expect(all(tree, 'note')).toHaveLength(
      sampleArticle.rows.reduce((n, r) => n + r.flags.length, 0)
    )
  })
})
