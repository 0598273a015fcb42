import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { languageOf, readTmx } from '@shared/import/readers/tmx'
import {
  failureOf,
  onlyCalqueFailures,
  schemaSamplesDir,
  sampleSentences,
  skipped
} from './helpers'
import { anyText, escapeContent, segmentText, tokenSoup, trimXml } from './xml-arbitraries'

const SKIP_NO_SAMPLES = `skipped: ${schemaSamplesDir} is absent (the shared TMX samples are not in this checkout)`
const hasSamples = existsSync(schemaSamplesDir)
const sample = (name: string): string => readFileSync(join(schemaSamplesDir, name), 'utf8')

const tmx = (body: string, srclang = 'ru'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="${srclang}" datatype="plaintext"/>
  <body>${body}</body>
</tmx>`

const tu = (variants: Record<string, string>, tuid?: string): string =>
  `<tu${tuid ? ` tuid="${tuid}"` : ''}>${Object.entries(variants)
    .map(([lang, seg]) => `<tuv xml:lang="${lang}"><seg>${seg}</seg></tuv>`)
    .join('')}</tu>`

describe.skipIf(!hasSamples)(
  `TMX: the shared samples (${hasSamples ? 'present' : SKIP_NO_SAMPLES})`,
  () => {
    it('reads calque-sample.tmx: three tu, notes and props are not text', () => {
      expect(readTmx(sample('calque-sample.tmx'), 'ru')).toEqual({
        format: 'tmx',
        sourceLanguage: 'ru',
        targetLanguage: 'en',
        units: [
          {
            id: 's1',
            source: [
              'Минск и Вашингтон договорились восстановить дипломатические отношения между странами на уровне послов.'
            ],
            target: [
              'Minsk and Washington agreed to restore diplomatic relations between the countries at the level of ambassadors.'
            ]
          },
          {
            id: 's2',
            source: [
              'Это стало известно по итогам визита в Беларусь заместителя госсекретаря США Дэвида Хейла, который завершился 17 сентября.'
            ],
            target: [
              'This became known following the visit of US Deputy Secretary of State David Hale to Belarus, which ended on September 17.'
            ]
          },
          {
            id: 's3',
            source: ['«Утром стулья — вечером деньги», — сказал он.'],
            target: ['"Cash on the barrelhead," he said.']
          }
        ],
        warnings: []
      })
    })

    it('reads the sample the other way round when English is the source', () => {
      const result = readTmx(sample('calque-sample.tmx'), 'en')
      expect(result).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'ru' })
      expect(result.units[2]).toEqual({
        id: 's3',
        source: ['"Cash on the barrelhead," he said.'],
        target: ['«Утром стулья — вечером деньги», — сказал он.']
      })
    })

    it('invalid/no-lang.tmx is refused at the <tuv> without xml:lang', () => {
      expect(failureOf(() => readTmx(sample('invalid/no-lang.tmx'), 'ru'))).toEqual({
        code: 'file-malformed',
        format: 'TMX',
        line: 8,
        column: 7,
        detail: 'a <tuv> without xml:lang'
      })
    })
  }
)

describe('TMX', () => {
  const [s1, s2, s3, s4] = sampleSentences('ru')
  const [t1, t2, t3] = sampleSentences('en')

  it('matches variants by primary language subtag and reports the tags found', () => {
    const xml = tmx(
      tu({ 'en-US': t1!, 'ru-RU': s1! }, 'a') +
        tu({ RU_ru: s2!, EN: t2! }, 'b') +
        tu({ rus: s3!, eng: t3! }),
      '*all*'
    )
    expect(readTmx(xml, 'ru')).toEqual({
      format: 'tmx',
      sourceLanguage: 'ru-RU',
      targetLanguage: 'en-US',
      units: [
        { id: 'a', source: [s1], target: [t1] },
        { id: 'b', source: [s2], target: [t2] },
        { source: [s3], target: [t3] }
      ],
      warnings: []
    })
  })

  it('uses the first variant of each language and ignores other languages', () => {
    const xml = tmx(
      `<tu><tuv xml:lang="de"><seg>Minsk und Washington</seg></tuv><tuv xml:lang="en-GB"><seg>${t1}</seg></tuv><tuv xml:lang="en-US"><seg>other</seg></tuv><tuv xml:lang="ru"><seg>${s1}</seg></tuv></tu>`
    )
    expect(readTmx(xml, 'ru').units).toEqual([{ source: [s1], target: [t1] }])
  })

  it('keeps a one-sided tu with an empty list, and says how many there are on each side', () => {
    const xml = tmx(
      tu({ ru: s1! }, '1') +
        tu({ en: t2! }, '2') +
        tu({ ru: s3!, en: t3! }, '3') +
        tu({ ru: s4!, en: ' ' }, '4')
    )
    expect(readTmx(xml, 'ru')).toEqual({
      format: 'tmx',
      sourceLanguage: 'ru',
      targetLanguage: 'en',
      units: [
        { id: '1', source: [s1], target: [] },
        { id: '2', source: [], target: [t2] },
        { id: '3', source: [s3], target: [t3] },
        { id: '4', source: [s4], target: [] }
      ],
      warnings: [
        { code: 'empty-targets', side: 'target', count: 2 },
        { code: 'empty-targets', side: 'source', count: 1 }
      ]
    })
  })

  it('skips a tu in other languages only, with a warning', () => {
    const xml = tmx(
      tu({ ru: s1!, en: t1! }) + tu({ de: 'Minsk und Washington', fr: 'Minsk et Washington' })
    )
    expect(readTmx(xml, 'ru')).toMatchObject({
      units: [{ source: [s1], target: [t1] }],
      warnings: [skipped('other-language', 1)]
    })
  })

  it('reads the TMX 1.1 lang attribute', () => {
    const xml = `<tmx version="1.1"><header srclang="ru"/><body><tu><tuv lang="RU"><seg>${s1}</seg></tuv><tuv lang="EN-US"><seg>${t1}</seg></tuv></tu></body></tmx>`
    expect(readTmx(xml, 'ru').units).toEqual([{ source: [s1], target: [t1] }])
  })

  it('reads inline markup: hi keeps its text; bpt, ept, ph, it, ut and sub give nothing', () => {
    const xml = tmx(
      tu({
        ru: 'Президент <hi type="b">Беларуси</hi> <bpt i="1">&lt;a href="x"&gt;<sub>подсказка</sub></bpt>Александр Лукашенко<ept i="1">&lt;/a&gt;</ept><ph x="2">&lt;br/&gt;</ph> заявил<it pos="begin">&lt;i&gt;</it><ut>{\\b}</ut>.',
        en: 'President of <hi>Belarus</hi> Alexander Lukashenko said.'
      })
    )
    expect(readTmx(xml, 'ru').units).toEqual([
      {
        source: ['Президент Беларуси Александр Лукашенко заявил.'],
        target: ['President of Belarus Alexander Lukashenko said.']
      }
    ])
  })

  it('refuses another root element, and a TMX without Russian or English text', () => {
    expect(failureOf(() => readTmx('<xliff version="1.2"/>', 'ru'))).toEqual({
      code: 'file-format-unsupported',
      format: 'TMX',
      detail: 'the root element is <xliff>, not <tmx>'
    })
    expect(failureOf(() => readTmx(tmx(tu({ de: 'Minsk' })), 'ru'))).toEqual({
      code: 'file-no-text',
      format: 'TMX',
      detail: 'no translation unit has Russian or English text'
    })
  })

  it('names languages by primary subtag', () => {
    expect(['ru', 'ru-RU', 'RU_ru', 'rus', ' ru-by '].map(languageOf)).toEqual([
      'ru',
      'ru',
      'ru',
      'ru',
      'ru'
    ])
    expect(['en', 'en-GB', 'EN-us', 'eng'].map(languageOf)).toEqual(['en', 'en', 'en', 'en'])
    expect(['be', 'uk', 'de-DE', 'rum', 'english', ''].map(languageOf)).toEqual(
      Array(6).fill(undefined)
    )
  })
})

describe('TMX: properties', () => {
  it('throws nothing but CalqueFailure on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => onlyCalqueFailures(() => readTmx(text, 'ru'))),
      {
        numRuns: 300
      }
    )
  })

  it('throws nothing but CalqueFailure on TMX-shaped token soup', () => {
    const soup = tokenSoup([
      '<tmx version="1.4">',
      '</tmx>',
      '<header srclang="ru"/>',
      '<body>',
      '</body>',
      '<tu>',
      '</tu>',
      '<tuv xml:lang="ru">',
      '<tuv xml:lang="en-US">',
      '<tuv>',
      '</tuv>',
      '<seg>',
      '</seg>',
      '<bpt i="1">',
      '</bpt>',
      '<hi>',
      '</hi>',
      '<sub>',
      '</sub>',
      '&lt;',
      '&unknown;',
      '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
    ])
    fc.assert(
      fc.property(soup, (text) => onlyCalqueFailures(() => readTmx(text, 'en'))),
      {
        numRuns: 500
      }
    )
  })

  it('gives back exactly the segments that were written', () => {
    const pairs = fc.array(fc.tuple(segmentText, segmentText), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(pairs, (written) => {
        const body = written
          .map(([ru, en]) => tu({ ru: escapeContent(ru), 'en-GB': escapeContent(en) }))
          .join('\n')
        expect(readTmx(tmx(body), 'ru').units).toEqual(
          written.map(([ru, en]) => ({ source: [trimXml(ru)], target: [trimXml(en)] }))
        )
      }),
      { numRuns: 200 }
    )
  })
})
