import { describe, expect, it } from 'vitest'
import {
  PhraseBookError,
  buildPhraseBook,
  builtinPhraseBook,
  builtinPhraseFile,
  phraseBookWith,
  readPhraseFile
} from '@shared/qa'
import { compilePattern, findPattern, type MatchWords } from '@shared/qa/text/patterns'
import { stemFor } from '@shared/qa/text/stem'
import { foldedKey, foldWord, wordOffsets } from '@shared/qa/text/words'
import { check, rows, sampleRows } from './helpers'

/** A text's words as the pattern matcher reads them. */
function matchWords(text: string): MatchWords {
  const { starts, ends } = wordOffsets(text)
  const folded = Array.from(starts, (s, k) => foldWord(text.slice(s, ends[k])))
  return {
    count: folded.length,
    folded: (k) => folded[k]!,
    stem: (k) => stemFor(folded[k]!),
    keyAt: (k) => foldedKey(text, starts[k]!, ends[k]!),
    startsWith: (k, prefix) => folded[k]!.startsWith(prefix),
    lengthOf: (k) => folded[k]!.length
  }
}

describe('the built-in phrase book (resources/qa/calques.ru-en.json)', () => {
  const file = builtinPhraseFile()

  it('has at least 150 entries, each with literal renderings and English equivalents', () => {
    expect(file.entries.length).toBeGreaterThanOrEqual(150)
    expect(new Set(file.entries.map((e) => e.id)).size).toBe(file.entries.length)
    for (const entry of file.entries) {
      expect(entry.literal.length, entry.id).toBeGreaterThan(0)
      expect(entry.idiomatic.length, entry.id).toBeGreaterThan(0)
    }
    expect(file.entries.some((e) => e.ru === 'утром стулья — вечером деньги')).toBe(true)
  })

  it('finds each entry in its own Russian wording (the patterns fit the phrase they describe)', () => {
    const misses = file.entries.filter((entry) => {
      const words = matchWords(entry.ru.replace(/\(.*?\)/g, ' '))
      return !(entry.match ?? [entry.ru]).some((pattern) =>
        findPattern(compilePattern(pattern), words)
      )
    })
    expect(misses.map((e) => e.id)).toEqual([])
  })

  it('compiles into an index', () => {
    const book = builtinPhraseBook()
    expect(book.entries.length).toBe(file.entries.length)
    expect(book.index.size).toBeGreaterThan(100)
  })
})

describe('calque', () => {
  it('finds the sample’s word-for-word idioms, set phrases and names', () => {
    const found = check('calque', sampleRows()).map((f) => [f.row, f.text])
    expect(found).toEqual([
      [5, 'on parity terms'],
      [19, 'Voices of America'],
      [20, 'ball is in the Belarusian half'],
      [25, 'morning chairs'],
      [26, 'money in the morning'],
      [36, 'Voices of America'],
      [37, 'preliminary voting'],
      [44, 'all the foolishness'],
      [47, 'not look at any']
    ])
  })

  it('matches the Russian in any inflection and needs the literal English to report', () => {
    const literal = check(
      'calque',
      rows(['Он вешал нам лапшу на уши.', 'He hung noodles on our ears.'])
    )
    expect(literal.map((f) => [f.text, f.category, f.severity])).toEqual([
      ['noodles on our ears', 'accuracy/mistranslation', 'major']
    ])
    expect(
      check('calque', rows(['Он вешал нам лапшу на уши.', 'He was pulling our leg.']))
    ).toEqual([])
    expect(
      check('calque', rows(['Сделали из мухи слона.', 'They made an elephant out of a fly.']))
        .length
    ).toBe(1)
    // A false friend is matched as that very word only.
    expect(
      check('calque', rows(['Это актуальная тема.', 'This is an actual topic.'])).map((f) => f.text)
    ).toEqual(['actual'])
    expect(check('calque', rows(['Эффектные сцены.', 'Spectacular screen effects.']))).toEqual([])
  })
})

describe('phrase files', () => {
  const user = {
    formatVersion: 1,
    entries: [
      {
        id: 'hlopat-ushami',
        kind: 'idiom',
        ru: 'хлопать ушами',
        literal: ['clap ... ears'],
        idiomatic: ['be caught napping'],
        severity: 'critical'
      },
      {
        id: 'nash-slovar',
        kind: 'set-phrase',
        ru: 'батька',
        literal: ['daddy'],
        idiomatic: ['Lukashenko']
      }
    ]
  }

  it('adds a user’s entries and lets them replace built-in ones of the same id', () => {
    const book = phraseBookWith([readPhraseFile(user)])
    expect(book.entries.length).toBe(builtinPhraseFile().entries.length + 1)
    expect(book.entries.find((e) => e.id === 'hlopat-ushami')?.severity).toBe('critical')
    const found = check('calque', rows(['Батька опять выступил.', 'Daddy spoke again.']), {
      phrases: book
    })
    expect(found.map((f) => f.text)).toEqual(['Daddy'])
  })

  it('refuses a malformed file or pattern, naming the entry', () => {
    expect(() =>
      readPhraseFile({ formatVersion: 1, entries: [{ id: 'x', kind: 'idiom' }] })
    ).toThrow(PhraseBookError)
    expect(() => readPhraseFile({ formatVersion: 2, entries: [] })).toThrow(/formatVersion/)
    const badPattern = readPhraseFile({
      formatVersion: 1,
      entries: [{ id: 'bad', kind: 'idiom', ru: 'по* ушам', literal: ['ears'], idiomatic: ['x'] }]
    })
    expect(() => buildPhraseBook([badPattern])).toThrow(/entry "bad".*three letters/)
  })
})
