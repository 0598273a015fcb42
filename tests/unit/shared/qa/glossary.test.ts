import { describe, expect, it } from 'vitest'
import { CalqueFailure } from '@shared/domain/errors'
import { mergeGlossaries, parseGlossary } from '@shared/qa'
import { check, rows, sampleRows } from './helpers'

const CSV = `ru,en,status,note
заместитель госсекретаря,Under Secretary of State,preferred,Hale's title in 2019
заместитель госсекретаря,Deputy Secretary of State,forbidden,
замгоссекретаря,Under Secretary of State,,
досрочное голосование,early voting,,
,Voices of America,forbidden,
`

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="ru"><termSec><term>временный поверенный в делах</term></termSec></langSec>
      <langSec xml:lang="en">
        <termSec><term>chargé d’affaires</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>temporary attorney</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`

const TBX_V2 = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t7">
    <langSet xml:lang="ru-RU"><tig><term>санкции</term></tig></langSet>
    <langSet xml:lang="en-US"><ntig><termGrp><term>sanctions</term></termGrp></ntig></langSet>
  </termEntry>
</body></text></martif>`

describe('parseGlossary', () => {
  it('reads CSV with a header: rows with one Russian term form one entry, statuses and notes kept', () => {
    const glossary = parseGlossary(CSV, 'terms.csv')
    expect(
      glossary.entries.map((e) => [
        e.source.map((t) => t.text),
        e.target.map((t) => `${t.text}:${t.status}`)
      ])
    ).toEqual([
      [
        ['заместитель госсекретаря'],
        ['Under Secretary of State:preferred', 'Deputy Secretary of State:forbidden']
      ],
      [['замгоссекретаря'], ['Under Secretary of State:preferred']],
      [['досрочное голосование'], ['early voting:preferred']],
      [[], ['Voices of America:forbidden']]
    ])
    expect(glossary.entries[0]!.note).toBe("Hale's title in 2019")
  })

  it('reads TSV without a header, and alternatives separated by ";"', () => {
    const glossary = parseGlossary('Лукашенко\tLukashenko; Lukashenka\nБеларусь\tBelarus\n')
    expect(glossary.entries.map((e) => e.target.map((t) => t.text))).toEqual([
      ['Lukashenko', 'Lukashenka'],
      ['Belarus']
    ])
  })

  it('reads TBX v3 and TBX-Basic v2 with administrative statuses', () => {
    const v3 = parseGlossary(TBX, 'terms.tbx')
    expect(v3.entries.map((e) => [e.id, e.source[0]!.text, e.target.map((t) => t.status)])).toEqual(
      [['c1', 'временный поверенный в делах', ['preferred', 'forbidden']]]
    )
    expect(
      parseGlossary(TBX_V2).entries.map((e) => [e.id, e.source[0]!.text, e.target[0]!.text])
    ).toEqual([['t7', 'санкции', 'sanctions']])
  })

  it('refuses TBX that declares entities, and malformed XML, with the line', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif><text><body/></text></martif>`
    expect(() => parseGlossary(bomb, 'x.tbx')).toThrow(CalqueFailure)
    try {
      parseGlossary(bomb, 'x.tbx')
    } catch (error) {
      expect((error as CalqueFailure).error.code).toBe('file-unsafe-xml')
    }
    try {
      parseGlossary('<martif>\n<text><body></text></martif>', 'x.tbx')
      expect.unreachable()
    } catch (error) {
      expect((error as CalqueFailure).error).toMatchObject({ code: 'file-malformed', line: 2 })
    }
  })

  it('merges several glossaries', () => {
    const merged = mergeGlossaries([parseGlossary(CSV), parseGlossary(TBX_V2)])
    expect(merged.entries.length).toBe(5)
    expect(new Set(merged.entries.map((e) => e.id)).size).toBe(5)
  })
})

describe('the glossary check', () => {
  const glossary = parseGlossary(CSV)

  it('reports on the sample: the title rendered two ways, both against the glossary, and a forbidden name', () => {
    const found = check('glossary', sampleRows(), { glossary })
    expect(
      found.map((f) => [f.row, f.side, f.text, f.message.key, f.fix?.replacement ?? null])
    ).toEqual([
      [
        3,
        'target',
        'Deputy Secretary of State',
        'message.forbiddenTerm',
        'Under Secretary of State'
      ],
      // "Undersecretary of State" in one word is not the glossary's "Under Secretary of State".
      [17, 'source', 'замгоссекретаря', 'message.termMissing', null],
      [19, 'target', 'Voices of America', 'message.forbiddenTermNoAlternative', null],
      [36, 'target', 'Voices of America', 'message.forbiddenTermNoAlternative', null],
      [37, 'source', 'досрочного голосования', 'message.termMissing', null]
    ])
  })

  it('matches terms in any inflection on both sides', () => {
    const ok = check(
      'glossary',
      rows(['С заместителем госсекретаря встретились.', 'They met the Under Secretary of State.']),
      { glossary }
    )
    expect(ok).toEqual([])
    const missing = check(
      'glossary',
      rows(['Встреча с замгоссекретарём США.', 'A meeting with the US deputy.']),
      { glossary }
    )
    expect(missing.map((f) => [f.side, f.text])).toEqual([['source', 'замгоссекретарём']])
  })
})
