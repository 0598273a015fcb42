import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ITS_NS } from '@shared/export/its'
import { MDA_NS, MTC_NS, XLIFF2_NS } from '@shared/export/vocabulary'
import { writeXliff21 } from '@shared/export/xliff21'
import { childElements } from '@shared/import/readers/xml'
import { projectArbitrary } from '../interchange/arbitraries'
import { standOffProblems } from './its-standoff-check'
import { sampleArticle } from './sample-article'
import { all, attrOf, textOf, xmlTree } from './xml-tree'

const xml = writeXliff21([sampleArticle])
const root = xmlTree(xml)
const unit = (id: string) => all(root, 'unit').find((u) => attrOf(u, 'id') === id)!
const segment = (id: string) => all(unit(id), 'segment')[0]!

describe('XLIFF 2.1 export of the reviewed sample', () => {
  it('is an XLIFF 2.1 document, ITS 2.0 declared at the root, one unit per row', () => {
    expect(root.uri).toBe(XLIFF2_NS)
    expect(attrOf(root, 'version', '')).toBe('2.1')
    expect(attrOf(root, 'srcLang')).toBe('ru')
    expect(attrOf(root, 'trgLang')).toBe('en')
    expect(attrOf(root, 'version', ITS_NS)).toBe('2.0')
    expect(all(root, 'unit').map((u) => attrOf(u, 'id'))).toEqual(
      sampleArticle.rows.map((r) => r.id)
    )
  })

  it('puts the post-edit in the target and keeps the MT, with its marks, as an MT match', () => {
    const target = childElements(segment('b25')).find((c) => c.local === 'target')!
    expect(textOf(target)).toBe(sampleArticle.rows[25]!.edit)
    expect(all(target, 'mrk')).toHaveLength(0)
    const match = all(unit('b25'), 'match')[0]!
    expect(match.uri).toBe(MTC_NS)
    expect([attrOf(match, 'type'), attrOf(match, 'origin'), attrOf(match, 'ref')]).toEqual([
      'mt',
      'calque:mt',
      '#s1'
    ])
    const mt = childElements(match).find((c) => c.local === 'target')!
    expect(textOf(mt)).toBe(sampleArticle.rows[25]!.target)
  })

  it('writes an unedited row with its marks in the target and no match', () => {
    expect(all(unit('b26'), 'match')).toHaveLength(0)
    const target = childElements(segment('b26')).find((c) => c.local === 'target')!
    const mark = all(target, 'mrk')[0]!
    expect(textOf(mark)).toBe('Lukashenka')
    expect(attrOf(mark, 'type')).toBe('its:generic')
    expect(attrOf(mark, 'locQualityIssueType', ITS_NS)).toBe('inconsistency')
    expect(attrOf(mark, 'locQualityIssueSeverity', ITS_NS)).toBe('30')
    expect(attrOf(mark, 'locQualityIssueEnabled', ITS_NS)).toBe('yes')
  })

  it('shares one mark between two flags on the same span, through a stand-off group', () => {
    const groups = all(unit('b25'), 'locQualityIssues')
    expect(groups).toHaveLength(1)
    const id = attrOf(groups[0]!, 'id', 'http://www.w3.org/XML/1998/namespace')!
    const issues = childElements(groups[0]!)
    expect(issues.map((i) => attrOf(i, 'locQualityIssueType'))).toEqual(['mistranslation', 'style'])
    expect(issues.map((i) => attrOf(i, 'locQualityIssueSeverity'))).toEqual(['70', '30'])
    expect(issues.map((i) => attrOf(i, 'locQualityIssueEnabled'))).toEqual(['yes', 'no'])
    // XML-special characters survive as characters.
    expect(attrOf(issues[0]!, 'locQualityIssueComment')).toBe(
      'Idiom calqued word for word: «утром стулья — вечером деньги» means "deliver first & get paid later" <not chairs>'
    )
    expect(xml).toContain(`its:locQualityIssuesRef="#its=${id}"`)
  })

  it('writes the calque span, which a punctuation flag crosses, as sm/em with the nested dash mark inside', () => {
    expect(xml).toMatch(
      /<sm id="(m\d+)" type="its:generic" its:locQualityIssuesRef="#its=lqi-f1-b25-1"\/>morning<em startRef="m\d+"\/> chairs <mrk id="m\d+" type="its:generic" its:locQualityIssueType="typographical"[^>]*>–money<\/mrk> in the evening<em startRef="\1"\/>/
    )
  })

  it('marks an omission on the Russian side and states the row needs work', () => {
    const source = childElements(segment('b34')).find((c) => c.local === 'source')!
    const mark = all(source, 'mrk')[0]!
    expect(textOf(mark)).toBe('настроен')
    expect(attrOf(mark, 'locQualityIssueType', ITS_NS)).toBe('omission')
    expect(attrOf(mark, 'locQualityIssueSeverity', ITS_NS)).toBe('70')
    expect([attrOf(segment('b34'), 'state'), attrOf(segment('b34'), 'subState')]).toEqual([
      'translated',
      'calque:needs-work'
    ])
  })

  it('maps statuses to segment states', () => {
    expect(attrOf(segment('b3'), 'state')).toBe('final')
    expect(attrOf(segment('b4'), 'state')).toBe('reviewed')
    expect(attrOf(segment('b20'), 'state')).toBe('translated')
    expect(attrOf(segment('b20'), 'subState')).toBeUndefined()
  })

  it('switches resolved and rejected flags off (locQualityIssueEnabled="no")', () => {
    const mark = all(all(unit('b3'), 'match')[0]!, 'mrk')[0]!
    expect(textOf(mark)).toBe('..')
    expect(attrOf(mark, 'locQualityIssueEnabled', ITS_NS)).toBe('no')
  })

  it('keeps what ITS cannot say in the Metadata module', () => {
    const groups = all(unit('b19'), 'metaGroup').filter((g) => g.uri === MDA_NS)
    const flag = groups.find((g) => attrOf(g, 'category') === 'calque:flag')!
    const meta = (g: typeof flag, type: string) =>
      childElements(g)
        .filter((m) => attrOf(m, 'type') === type)
        .map(textOf)[0]
    expect(meta(flag, 'id')).toBe('f-voices')
    expect(meta(flag, 'category')).toBe('linguistic-conventions/punctuation')
    expect(meta(flag, 'author')).toBe('anna')
    const comments = groups.filter((g) => attrOf(g, 'category') === 'calque:comment')
    expect(comments.map((c) => meta(c, 'text'))).toEqual([
      'Voice or Voices?\nRFE uses "Voice".',
      'Voice of America — fix both.'
    ])
  })
})

describe('stand-off ITS issues (checked by no validator, so here)', () => {
  it('are valid in the sample export and in random projects', () => {
    expect(standOffProblems(xml)).toEqual([])
    fc.assert(
      fc.property(projectArbitrary, (articles) => {
        expect(standOffProblems(writeXliff21(articles))).toEqual([])
      }),
      { numRuns: 100 }
    )
  })

  it('the check itself catches what the validators let through', () => {
    const broken = xml
      .replace('locQualityIssueSeverity="70"', 'locQualityIssueSeverity="500"')
      .replace('locQualityIssueType="style"', 'locQualityIssueType="punctuation"')
      .replace('locQualityIssueEnabled="no"/>', 'locQualityIssueEnabled="maybe"/>')
    expect(standOffProblems(broken)).toEqual([
      expect.stringMatching(/severity "500"/),
      expect.stringMatching(/type "punctuation"/),
      expect.stringMatching(/enabled "maybe"/)
    ])
  })
})
