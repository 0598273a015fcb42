/**
 * The sample article's known MT errors (resources/samples/belarus-usa-ambassadors/README.md) and what
 * the checks say about each. Each expectation is one error a reviewer would flag, at its row and text.
 */
import { describe, expect, it } from 'vitest'
import { runChecks, type Finding } from '@shared/qa'
import { englishSpeller, sampleRows } from './helpers'

const findings = runChecks(sampleRows(), { spelling: englishSpeller() })
const at = (row: number, check: string, text: string): Finding | undefined =>
  findings.find((f) => f.row === row && f.check === check && f.text === text)

describe('the sample article', () => {
  it('has its idioms and set phrases reported as word-for-word translations', () => {
    expect(at(25, 'calque', 'morning chairs')).toBeDefined()
    expect(at(26, 'calque', 'money in the morning')).toBeDefined()
    expect(at(37, 'calque', 'preliminary voting')).toBeDefined()
    expect(at(44, 'calque', 'all the foolishness')).toBeDefined()
    expect(at(47, 'calque', 'not look at any')).toBeDefined()
    expect(at(20, 'calque', 'ball is in the Belarusian half')).toBeDefined()
  })

  it('has "Voices of America" reported as the wrong name, both times', () => {
    expect(at(19, 'calque', 'Voices of America')).toBeDefined()
    expect(at(36, 'calque', 'Voices of America')).toBeDefined()
  })

  it('has the inconsistent names reported at their minority spellings, with the fix', () => {
    expect(at(10, 'name-consistency', 'Lukashenko')?.fix?.replacement).toBe('Lukashenka')
    expect(at(38, 'name-consistency', 'Mikola')?.fix?.replacement).toBe('Nikolay')
    expect(at(47, 'name-consistency', 'Nikolai')?.fix?.replacement).toBe('Nikolay')
  })

  it('has every doubled period and every period on both sides of a quote reported, with fixes', () => {
    for (const row of [3, 7, 12, 13, 47])
      expect(at(row, 'doubled-punctuation', '..')?.fix?.replacement, `row ${row}`).toBe('.')
    for (const row of [9, 29, 32, 41])
      expect(at(row, 'doubled-punctuation', '.».'), `row ${row}`).toBeDefined()
    for (const row of [8, 11])
      expect(at(row, 'doubled-punctuation', '.»,'), `row ${row}`).toBeDefined()
  })

  it('has the Russian typography reported: guillemets, the speech dashes, the glued dash', () => {
    const guillemets = findings.filter((f) => f.message.key === 'message.guillemet')
    const inText = sampleRows().reduce((n, row) => n + (row.target.match(/[«»]/g)?.length ?? 0), 0)
    expect(guillemets.length).toBe(inText) // every one of them, each with its fix
    expect(guillemets.every((f) => f.fix && /[“”‘’]/.test(f.fix.replacement))).toBe(true)
    expect(at(8, 'russian-typography', '.», – ')?.fix?.replacement).toBe(',” ')
    expect(at(11, 'russian-typography', '.», – ')?.fix?.replacement).toBe(',” ')
    expect(at(36, 'russian-typography', ', – ')?.fix?.replacement).toBe(',” ')
    expect(at(37, 'russian-typography', '– ')?.fix?.replacement).toBe('“')
    expect(at(25, 'russian-typography', ' –')?.fix?.replacement).toBe(' – ')
  })

  it('has the lost closing quote and the stray closing quote reported', () => {
    expect(at(19, 'unbalanced-pairs', '«')?.message.key).toBe('message.quoteNotClosed')
    expect(at(9, 'unbalanced-pairs', '»')?.message.key).toBe('message.quoteNotOpened')
  })

  it('has the stuttering repetitions reported', () => {
    expect(at(9, 'near-repetition', 'supporter of supporting')).toBeDefined()
    expect(at(11, 'near-repetition', 'aware and aware')).toBeDefined()
  })

  it('has the page furniture reported: the repeated headline twice, "Other news"', () => {
    expect(
      findings.filter((f) => f.check === 'boilerplate').map((f) => [f.row, f.message.key])
    ).toEqual([
      [30, 'message.repeatedLine'],
      [48, 'message.repeatedLine'],
      [49, 'message.pageFurniture']
    ])
  })

  it('says nothing about rows that are fine', () => {
    for (const row of [0, 1, 2, 4, 6, 14, 15, 16, 18, 23, 27, 28, 33, 35, 40, 43, 45]) {
      expect(
        findings.filter((f) => f.row === row),
        `row ${row}`
      ).toEqual([])
    }
  })

  it('does not find what no check looks for (listed in the report): the missing verb, the mistranslations', () => {
    // "Nikolay Statkevich much more skeptical" (no verb), "still somewhere else", "backward spiral",
    // "democratic indulgences", "Deputy Secretary" vs "Undersecretary" without a glossary.
    expect(findings.filter((f) => f.row === 34 || f.row === 39)).toEqual([])
  })
})
