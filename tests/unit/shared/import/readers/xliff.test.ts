import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readXliff } from '@shared/import/readers/xliff'
import { failureOf, onlyCalqueFailures, schemaSamplesDir, sampleSentences } from './helpers'
import { anyText, escapeContent, segmentText, tokenSoup, trimXml } from './xml-arbitraries'

const SKIP_NO_SAMPLES = `skipped: ${schemaSamplesDir} is absent (the shared XLIFF/TMX samples are not in this checkout)`
const hasSamples = existsSync(schemaSamplesDir)
const sample = (name: string): string => readFileSync(join(schemaSamplesDir, name), 'utf8')

/** The three pairs in the shared samples, as a reviewer should see them. */
const SAMPLE_PAIRS = [
  [
    'Минск и Вашингтон договорились восстановить дипломатические отношения между странами на уровне послов.',
    'Minsk and Washington agreed to restore diplomatic relations between the countries at the level of ambassadors.'
  ],
  [
    'Это стало известно по итогам визита в Беларусь заместителя госсекретаря США Дэвида Хейла, который завершился 17 сентября.',
    // The doubled period sits in a flagging <mrk>: its text is part of the target.
    'This became known following the visit of US Deputy Secretary of State David Hale to Belarus, which ended on September 17..'
  ],
  [
    '«Утром стулья — вечером деньги», — сказал он.',
    '«Morning chairs – money in the evening», – he said.'
  ]
] as const

const xliff12 = (body: string, attributes = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article" source-language="ru" target-language="en" datatype="plaintext"${attributes}>
    <body>${body}</body>
  </file>
</xliff>`

const xliff2 = (units: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru-RU" trgLang="en-US">
  <file id="f1">${units}</file>
</xliff>`

describe.skipIf(!hasSamples)(
  `XLIFF: the shared samples (${hasSamples ? 'present' : SKIP_NO_SAMPLES})`,
  () => {
    it('reads the XLIFF 1.2 sample: three trans-units, languages from <file>', () => {
      expect(readXliff(sample('calque-sample.xliff12.xlf'))).toEqual({
        format: 'xliff12',
        sourceLanguage: 'ru',
        targetLanguage: 'en',
        units: SAMPLE_PAIRS.map(([source, target], i) => ({
          id: `s${i + 1}`,
          source: [source],
          target: [target]
        })),
        warnings: []
      })
    })

    it('reads the XLIFF 2.1 sample: ITS markup and notes are not text', () => {
      expect(readXliff(sample('calque-sample.xliff21.xlf'))).toEqual({
        format: 'xliff2',
        sourceLanguage: 'ru',
        targetLanguage: 'en',
        units: SAMPLE_PAIRS.map(([source, target], i) => ({
          id: `u${i + 1}`,
          source: [source],
          target: [target]
        })),
        warnings: []
      })
    })

    it.each([
      ['bad-state.xliff12.xlf', 'calque-sample.xliff12.xlf'],
      ['its-attr-on-mrk.xliff12.xlf', 'calque-sample.xliff12.xlf'],
      ['bad-lqi-type.xliff21.xlf', 'calque-sample.xliff21.xlf'],
      ['dangling-lqi-ref.xliff21.xlf', 'calque-sample.xliff21.xlf'],
      ['no-its-version.xliff21.xlf', 'calque-sample.xliff21.xlf']
    ])(
      'invalid/%s breaks only workflow or quality metadata: its text reads as the valid sample',
      (invalid, valid) => {
        expect(readXliff(sample(join('invalid', invalid)))).toEqual(readXliff(sample(valid)))
      }
    )

    it('invalid/dup-unit-id.xliff21.xlf is refused at the second <unit id="u1">', () => {
      expect(failureOf(() => readXliff(sample('invalid/dup-unit-id.xliff21.xlf')))).toEqual({
        code: 'file-malformed',
        format: 'XLIFF',
        line: 13,
        column: 5,
        detail: 'duplicate unit id "u1"'
      })
    })
  }
)

describe('XLIFF 1.2', () => {
  const [s1, s2, s3] = sampleSentences('ru')
  const [t1, t2, t3] = sampleSentences('en')

  it('pairs seg-source segments with target segments by mid, one unit per segment', () => {
    const xml = xliff12(`
      <trans-unit id="p3">
        <source>${s1} ${s2}</source>
        <seg-source><mrk mtype="seg" mid="1">${s1}</mrk> <mrk mtype="seg" mid="2">${s2}</mrk></seg-source>
        <target><mrk mtype="seg" mid="2">${t2}</mrk> <mrk mtype="seg" mid="1">${t1}</mrk></target>
      </trans-unit>`)
    expect(readXliff(xml).units).toEqual([
      { id: 'p3/1', source: [s1], target: [t1] },
      { id: 'p3/2', source: [s2], target: [t2] }
    ])
  })

  it('keeps a source segment whose mid the target lacks, untranslated', () => {
    const xml = xliff12(`
      <trans-unit id="p3">
        <source>${s1} ${s2}</source>
        <seg-source><g id="b"><mrk mtype="seg" mid="1">${s1}</mrk></g> <mrk mtype="seg" mid="2">${s2}</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">${t1}</mrk></target>
      </trans-unit>`)
    expect(readXliff(xml)).toMatchObject({
      units: [
        { id: 'p3/1', source: [s1], target: [t1] },
        { id: 'p3/2', source: [s2], target: [] }
      ],
      warnings: [{ code: 'empty-targets', side: 'target', count: 1 }]
    })
  })

  it('keeps a target that is not segmented like the source as one unit of all the segments', () => {
    const xml = xliff12(`
      <trans-unit id="p3">
        <source>${s1} ${s2}</source>
        <seg-source><mrk mtype="seg" mid="1">${s1}</mrk> <mrk mtype="seg" mid="2">${s2}</mrk></seg-source>
        <target>${t1} ${t2}</target>
      </trans-unit>`)
    expect(readXliff(xml).units).toEqual([{ id: 'p3', source: [s1, s2], target: [`${t1} ${t2}`] }])
  })

  it('reads inline markup: g and mrk keep their text, codes give nothing or their equiv-text', () => {
    const xml = xliff12(`
      <trans-unit id="1">
        <source><g id="1">Президент</g> Беларуси<x id="2" equiv-text=" "/>Александр<bx id="3"/> Лукашенко<ex id="3"/> <bpt id="4">&lt;b&gt;</bpt>заявил<ept id="4">&lt;/b&gt;</ept><ph id="5">&lt;br/&gt;</ph><it id="6" pos="open">&lt;i&gt;</it>.</source>
        <target><mrk mtype="protected">President</mrk> of Belarus <ph id="7" equiv-text="Alexander">{name}</ph> Lukashenko <bpt id="8">&lt;a href="x"&gt;<sub>title text</sub></bpt>said<ept id="8">&lt;/a&gt;</ept>.</target>
      </trans-unit>`)
    expect(readXliff(xml).units).toEqual([
      {
        id: '1',
        source: ['Президент Беларуси Александр Лукашенко заявил.'],
        target: ['President of Belarus Alexander Lukashenko said.']
      }
    ])
  })

  it('reads trans-units inside groups, but not alt-trans suggestions', () => {
    const xml = xliff12(`
      <group id="g1"><group id="g2">
        <trans-unit id="1">
          <source>${s3}</source>
          <target>${t3}</target>
          <alt-trans><source>старый</source><target>old suggestion</target></alt-trans>
        </trans-unit>
      </group></group>`)
    expect(readXliff(xml).units).toEqual([{ id: '1', source: [s3], target: [t3] }])
  })

  it('counts missing and blank targets; leaves out units without any text', () => {
    const xml = xliff12(`
      <trans-unit id="1"><source>${s1}</source></trans-unit>
      <trans-unit id="2"><source>${s2}</source><target>  \n </target></trans-unit>
      <trans-unit id="3"><source>${s3}</source><target state="translated">${t3}</target></trans-unit>
      <trans-unit id="4"><source> </source><target/></trans-unit>`)
    expect(readXliff(xml)).toEqual({
      format: 'xliff12',
      sourceLanguage: 'ru',
      targetLanguage: 'en',
      units: [
        { id: '1', source: [s1], target: [] },
        { id: '2', source: [s2], target: [] },
        { id: '3', source: [s3], target: [t3] }
      ],
      warnings: [{ code: 'empty-targets', side: 'target', count: 2 }]
    })
  })

  it('trims XML whitespace around a segment but keeps a non-breaking space', () => {
    const xml = xliff12(`<trans-unit id="1"><source>
        ${s1}\u00a0</source><target>\t${t1}\n</target></trans-unit>`)
    expect(readXliff(xml).units).toEqual([{ id: '1', source: [`${s1}\u00a0`], target: [t1] }])
  })

  it('trims a segment with a long run of inner spaces in one pass (a backtracking regex takes minutes)', () => {
    const padded = `${s1}${' '.repeat(200_000)}${s2}`
    const xml = xliff12(`<trans-unit id="1"><source> ${padded} </source></trans-unit>`)
    expect(readXliff(xml).units[0]?.source).toEqual([padded])
  })

  it('allows the same id in two files, but not twice in one', () => {
    const twoFiles = `<xliff version="1.2">
      <file source-language="ru-RU" target-language="en-GB"><body><trans-unit id="1"><source>${s1}</source><target>${t1}</target></trans-unit></body></file>
      <file source-language="ru" target-language="en"><body><trans-unit id="1"><source>${s2}</source><target>${t2}</target></trans-unit></body></file>
    </xliff>`
    expect(readXliff(twoFiles)).toMatchObject({
      format: 'xliff12',
      sourceLanguage: 'ru-RU',
      targetLanguage: 'en-GB',
      units: [{ source: [s1] }, { source: [s2] }]
    })
    const duplicate = xliff12(
      `<trans-unit id="a"><source>${s1}</source></trans-unit>\n<trans-unit id="a"><source>${s2}</source></trans-unit>`
    )
    expect(failureOf(() => readXliff(duplicate))).toMatchObject({
      code: 'file-malformed',
      line: 5,
      column: 1,
      detail: 'duplicate trans-unit id "a"'
    })
  })
})

describe('XLIFF 2.x', () => {
  const [s1, s2, s3] = sampleSentences('ru')
  const [t1, , t3] = sampleSentences('en')

  it('reads each segment as a unit; ignorable is not text; srcLang/trgLang are the languages', () => {
    const xml = xliff2(`
      <unit id="p3">
        <segment id="a"><source>${s1}</source><target>${t1}</target></segment>
        <ignorable><source> </source></ignorable>
        <segment id="b" state="initial"><source>${s2}</source></segment>
        <segment><source>${s3}</source><target>${t3}</target></segment>
      </unit>
      <unit id="p4"><segment><source>${s3}</source><target>${t3}</target></segment></unit>`)
    expect(readXliff(xml)).toEqual({
      format: 'xliff2',
      sourceLanguage: 'ru-RU',
      targetLanguage: 'en-US',
      units: [
        { id: 'p3/a', source: [s1], target: [t1] },
        { id: 'p3/b', source: [s2], target: [] },
        { id: 'p3/3', source: [s3], target: [t3] },
        { id: 'p4', source: [s3], target: [t3] }
      ],
      warnings: [{ code: 'empty-targets', side: 'target', count: 1 }]
    })
  })

  it('reads inline markup: pc and mrk keep their text, ph/sc/ec/sm/em/cp give nothing or their equiv', () => {
    const xml = xliff2(`
      <unit id="1">
        <originalData><data id="d1">&lt;br/&gt;</data></originalData>
        <segment>
          <source><pc id="1">Президент</pc> Беларуси<ph id="2" equiv=" " dataRef="d1"/>Александр <sc id="3"/>Лукашенко<ec startRef="3"/> <sm id="m" type="comment"/>заявил<em startRef="m"/><cp hex="0007"/>.</source>
          <target><mrk id="m1" type="term">President</mrk> of Belarus <ph id="4" disp="{name}"/>Lukashenko said.</target>
        </segment>
      </unit>`)
    expect(readXliff(xml).units).toEqual([
      {
        id: '1',
        source: ['Президент Беларуси Александр Лукашенко заявил.'],
        target: ['President of Belarus Lukashenko said.']
      }
    ])
  })

  it('reads a unit of 150 000 segments (more than a spread into push() survives)', () => {
    const segments = '<segment><source>Да</source></segment>'.repeat(150_000)
    const units = readXliff(xliff2(`<unit id="big">${segments}</unit>`)).units
    expect(units).toHaveLength(150_000)
    expect(units[149_999]).toEqual({ id: 'big/150000', source: ['Да'], target: [] })
  })

  it('refuses a duplicate unit id at the duplicate', () => {
    const xml = xliff2(
      `<unit id="u1"><segment><source>${s1}</source></segment></unit>\n      <unit id="u1"><segment><source>${s2}</source></segment></unit>`
    )
    expect(failureOf(() => readXliff(xml))).toMatchObject({
      code: 'file-malformed',
      format: 'XLIFF',
      line: 4,
      column: 7,
      detail: 'duplicate unit id "u1"'
    })
  })
})

describe('XLIFF: what is not XLIFF', () => {
  it('refuses another XML vocabulary, naming its root', () => {
    expect(failureOf(() => readXliff('<tmx version="1.4"><body/></tmx>'))).toEqual({
      code: 'file-format-unsupported',
      format: 'XLIFF',
      detail: 'the root element is <tmx>, not <xliff>'
    })
  })

  it('refuses an unknown XLIFF version', () => {
    expect(failureOf(() => readXliff('<xliff version="3.0"><file/></xliff>'))).toEqual({
      code: 'file-version-unsupported',
      format: 'XLIFF',
      detail: '3.0'
    })
  })

  it('refuses a file with no text in any unit', () => {
    expect(
      failureOf(() => readXliff(xliff12('<trans-unit id="1"><source/></trans-unit>')))
    ).toEqual({
      code: 'file-no-text',
      format: 'XLIFF',
      detail: 'no translation unit holds any text'
    })
  })
})

describe('XLIFF: properties', () => {
  it('throws nothing but CalqueFailure on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => onlyCalqueFailures(() => readXliff(text))),
      {
        numRuns: 300
      }
    )
  })

  it('throws nothing but CalqueFailure on XLIFF-shaped token soup', () => {
    const soup = tokenSoup([
      '<xliff version="1.2">',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">',
      '<file>',
      '</file>',
      '<trans-unit id="1">',
      '</trans-unit>',
      '<unit id="u">',
      '</unit>',
      '<segment>',
      '</segment>',
      '<source>',
      '</source>',
      '<target>',
      '</target>',
      '<seg-source>',
      '</seg-source>',
      '<mrk mtype="seg" mid="1">',
      '</mrk>',
      '<g id="1">',
      '</g>',
      '<ph id="1"/>',
      '<x/>',
      '&amp;',
      '&#1052;',
      '&bogus;',
      '<![CDATA[x]]>',
      '<!-- c -->',
      '<!DOCTYPE x [',
      ']>',
      '</xliff>'
    ])
    fc.assert(
      fc.property(soup, (text) => onlyCalqueFailures(() => readXliff(text))),
      {
        numRuns: 500
      }
    )
  })

  it('gives back exactly the segments that were written, in both versions', () => {
    const pairs = fc.array(fc.tuple(segmentText, fc.option(segmentText, { nil: undefined })), {
      minLength: 1,
      maxLength: 8
    })
    fc.assert(
      fc.property(pairs, fc.boolean(), (written, version2) => {
        const units = written
          .map(([source, target], i) => {
            const targetXml =
              target === undefined ? '' : `<target>${escapeContent(target)}</target>`
            return version2
              ? `<unit id="u${i}"><segment><source>${escapeContent(source)}</source>${targetXml}</segment></unit>`
              : `<trans-unit id="u${i}"><source>${escapeContent(source)}</source>${targetXml}</trans-unit>`
          })
          .join('\n')
        const result = readXliff(version2 ? xliff2(units) : xliff12(units))
        expect(result.units).toEqual(
          written.map(([source, target], i) => ({
            id: `u${i}`,
            source: [trimXml(source)],
            target: target === undefined || trimXml(target) === '' ? [] : [trimXml(target)]
          }))
        )
      }),
      { numRuns: 200 }
    )
  })
})
