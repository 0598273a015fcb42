/**
 * Other tools' files: ITS quality issues become flags (category and severity from the typology's ITS
 * mapping, switched-off issues resolved), states become statuses, and a notice says what was guessed.
 * The Okapi file is written the way Okapi's XLIFFWriter writes ITS (its unit tests show the shapes:
 * `<mrk mtype="x-its">` with local attributes, `its:locQualityIssuesRef="#id"` to a stand-off group
 * inside the trans-unit, a single issue on a whole `<target>`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeXliff21 } from '@shared/export/xliff21'
import { readInterchange } from '@shared/interchange'
import { sharedDir } from '../../../helpers/paths'
import { sampleArticle } from '../export/sample-article'

const now = new Date('2026-12-01T08:00:00.000Z')

const OKAPI = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions" xmlns:its="http://www.w3.org/2005/11/its" xmlns:itsxlf="http://www.w3.org/ns/its-xliff/" its:version="2.0">
<file original="news.html" source-language="ru" target-language="en" datatype="html">
<body>
<trans-unit id="tu1">
<source xml:lang="ru">Они посетили Минск.</source>
<target xml:lang="en" state="translated">They <mrk mtype="x-its" its:locQualityIssueType="misspelling" its:locQualityIssueComment="Typo" its:locQualityIssueSeverity="50" okp:lqiType="LANGUAGETOOL_ERROR" okp:lqiPos="5 12">visitted</mrk> Minsk.</target>
</trans-unit>
<trans-unit id="tu2">
<source xml:lang="ru">Два замечания.</source>
<target xml:lang="en" state="needs-review-translation"><mrk its:locQualityIssuesRef="#VARID1" mtype="x-its">Two</mrk> remarks.</target>
<its:locQualityIssues xmlns:its="http://www.w3.org/2005/11/its" version="2.0" xml:id="VARID1">
<its:locQualityIssue locQualityIssueComment="rem1" locQualityIssueEnabled="no" locQualityIssueSeverity="1" locQualityIssueType="grammar"/>
<its:locQualityIssue locQualityIssueComment="rem2" locQualityIssueSeverity="99" locQualityIssueType="omission"/>
</its:locQualityIssues>
</trans-unit>
<trans-unit id="tu3" approved="yes">
<source xml:lang="ru">Целиком.</source>
<target xml:lang="en" its:locQualityIssueType="untranslated" its:locQualityIssueSeverity="100">Celikom.</target>
</trans-unit>
</body>
</file>
</xliff>`

describe('another tool’s XLIFF 1.2 with Okapi-style ITS marks', () => {
  const result = readInterchange(OKAPI, { now })
  const [article] = result.articles
  const rows = article!.rows

  it('becomes one article with a row per trans-unit, ids b0…', () => {
    expect(result.format).toBe('xliff12')
    expect(article!.name).toBe('news.html')
    expect(rows.map((r) => [r.id, r.source, r.target, r.edit])).toEqual([
      ['b0', 'Они посетили Минск.', 'They visitted Minsk.', null],
      ['b1', 'Два замечания.', 'Two remarks.', null],
      ['b2', 'Целиком.', 'Celikom.', null]
    ])
    expect(rows.map((r) => r.status)).toEqual(['unreviewed', 'unreviewed', 'confirmed'])
  })

  it('turns a local ITS mark into a flag on its exact span', () => {
    const [flag] = rows[0]!.flags
    expect(rows[0]!.target.slice(...flag!.span)).toBe('visitted')
    expect(flag).toMatchObject({
      side: 'target',
      category: 'linguistic-conventions/spelling',
      severity: 'major', // 50 is as near Minor (30) as Major (70): a tie goes to the more severe
      comment: 'Typo',
      status: 'open',
      origin: 'import',
      createdAt: now.toISOString()
    })
  })

  it('turns a stand-off group into one flag per issue, disabled issues resolved', () => {
    expect(
      rows[1]!.flags.map((f) => [f.category, f.severity, f.status, f.comment, f.span])
    ).toEqual([
      ['linguistic-conventions/grammar', 'neutral', 'resolved', 'rem1', [0, 3]],
      ['accuracy/omission', 'critical', 'open', 'rem2', [0, 3]]
    ])
  })

  it('reads an issue on a whole <target> as a flag on the whole text', () => {
    expect(rows[2]!.flags.map((f) => [f.category, f.severity, f.span])).toEqual([
      ['accuracy/untranslated', 'critical', [0, 8]]
    ])
  })

  it('says how many issues came without Calque’s details', () => {
    expect(result.notices).toEqual([{ code: 'itsDefaults', count: 4 }])
  })
})

const samples = join(sharedDir, 'schemas/samples')
const hasSamples = existsSync(samples)

describe.skipIf(!hasSamples)(
  `the interop samples in ../shared/schemas/samples${hasSamples ? '' : ' (SKIPPED: absent)'}`,
  () => {
    const read = (name: string) =>
      readInterchange(readFileSync(join(samples, name), 'utf8'), { now })

    it('XLIFF 2.1: local marks and stand-off issues on one mark become flags', () => {
      const { articles } = read('calque-sample.xliff21.xlf')
      const rows = articles[0]!.rows
      expect(rows.map((r) => r.status)).toEqual(['confirmed', 'unreviewed', 'unreviewed'])
      expect(
        rows[1]!.flags.map((f) => [rows[1]!.target.slice(...f.span), f.category, f.severity])
      ).toEqual([['..', 'linguistic-conventions/punctuation', 'neutral']])
      expect(
        rows[2]!.flags.map((f) => [rows[2]!.target.slice(...f.span), f.category, f.comment])
      ).toEqual([
        [
          '«Morning chairs – money in the evening»',
          'accuracy/mistranslation',
          'Idiom rendered word for word'
        ],
        [
          '«Morning chairs – money in the evening»',
          'linguistic-conventions/punctuation',
          'Russian guillemets and dash left in English'
        ]
      ])
    })

    it('XLIFF 1.2: a non-ITS mark is no flag; approved/signed-off become statuses', () => {
      const { articles, notices } = read('calque-sample.xliff12.xlf')
      const rows = articles[0]!.rows
      expect(rows.map((r) => r.status)).toEqual(['reviewed', 'unreviewed', 'unreviewed'])
      expect(rows[1]!.target.endsWith('September 17..')).toBe(true)
      expect(rows.flatMap((r) => r.flags)).toEqual([])
      expect(notices).toEqual([])
    })

    it('TMX: confirmed pairs, with a notice that a memory has no MT or flags', () => {
      const { articles, notices } = read('calque-sample.tmx')
      expect(articles[0]!.rows.map((r) => [r.status, r.target])).toEqual([
        [
          'confirmed',
          'Minsk and Washington agreed to restore diplomatic relations between the countries at the level of ambassadors.'
        ],
        [
          'confirmed',
          'This became known following the visit of US Deputy Secretary of State David Hale to Belarus, which ended on September 17.'
        ],
        ['confirmed', '"Cash on the barrelhead," he said.']
      ])
      expect(notices).toEqual([{ code: 'memoryOnly', count: 1 }])
    })
  }
)

describe('what an import leaves out, and says so', () => {
  it('a reference to a stand-off group the unit does not have', () => {
    const xml = writeXliff21([sampleArticle]).replace(
      'its:locQualityIssuesRef="#its=lqi-f1-b25-1"',
      'its:locQualityIssuesRef="#its=nope"'
    )
    const result = readInterchange(xml, { now })
    expect(result.notices).toEqual([{ code: 'danglingReference', count: 1 }])
    const ids = result.articles[0]!.rows[25]!.flags.map((f) => f.id)
    expect(ids).toEqual(['f-quote', 'f-dash'])
  })

  it('a mark another tool put on a post-edit (flags judge the MT)', () => {
    const edit = sampleArticle.rows[3]!.edit!
    const xml = writeXliff21([sampleArticle]).replace(
      `<target>${edit}</target>`,
      `<target><mrk id="x1" type="its:generic" its:locQualityIssueType="style" its:locQualityIssueComment="c">${edit}</mrk></target>`
    )
    const result = readInterchange(xml, { now })
    expect(result.notices).toEqual([{ code: 'editMarksIgnored', count: 1 }])
    expect(result.articles[0]!.rows[3]).toStrictEqual(sampleArticle.rows[3])
  })
})
