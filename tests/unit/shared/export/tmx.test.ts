import { describe, expect, it } from 'vitest'
import { tmxDate, writeTmx } from '@shared/export/tmx'
import { sampleArticle } from './sample-article'
import { all, attrOf, textOf, xmlTree } from './xml-tree'

const tmx = writeTmx([sampleArticle], {
  now: new Date('2026-11-30T12:34:56.789Z'),
  toolVersion: '0.1.0'
})
const tree = xmlTree(tmx)

describe('TMX 1.4b of the confirmed rows', () => {
  it('holds exactly the confirmed rows, the Russian first and the corrected English second', () => {
    const units = all(tree, 'tu')
    expect(units.map((tu) => attrOf(tu, 'tuid'))).toEqual(
      ['b3', 'b8', 'b25'].map((id) => `${sampleArticle.id}/${id}`)
    )
    const [b3] = units
    const tuvs = all(b3!, 'tuv')
    expect(tuvs.map((t) => attrOf(t, 'lang'))).toEqual(['ru', 'en'])
    expect(textOf(tuvs[1]!)).toBe(sampleArticle.rows[3]!.edit)
    expect(textOf(tuvs[0]!)).toBe(sampleArticle.rows[3]!.source)
  })

  it('leaves out a confirmed row whose post-edit deleted everything', () => {
    const emptied = { ...sampleArticle.rows[49]!, status: 'confirmed' as const }
    const out = writeTmx([{ ...sampleArticle, rows: [emptied] }])
    expect(all(xmlTree(out), 'tu')).toHaveLength(0)
  })

  it('has the header TMX requires, dated in TMX’s basic ISO form', () => {
    const header = all(tree, 'header')[0]!
    expect(attrOf(header, 'creationdate')).toBe('20261130T123456Z')
    expect(attrOf(header, 'srclang')).toBe('ru')
    expect(attrOf(header, 'segtype')).toBe('sentence')
    expect(tmx).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
    expect(tmxDate(new Date('2001-02-03T04:05:06Z'))).toBe('20010203T040506Z')
  })
})
