import { describe, expect, it } from 'vitest'
import { check, englishSpeller, rows, sampleRows } from './helpers'

const misspelled = (...targets: string[]) =>
  check('spelling', rows(...targets.map((t): [string, string] => ['Текст.', t])), {
    spelling: englishSpeller()
  }).map((f) => [f.text, f.message.params.suggestions])

describe('spelling', () => {
  it('finds slips, with the word they were meant to be', () => {
    expect(
      misspelled(
        'I would definitley come back.',
        'The threshhold was low.',
        'A comfortable matress.',
        'No reponse at all.'
      )
    ).toEqual([
      ['definitley', 'definitely'],
      ['threshhold', 'threshold'],
      ['matress', 'mattress'],
      ['reponse', 'repose, response']
    ])
  })

  it('leaves names, British spellings, derived words and rare real words alone', () => {
    expect(
      misspelled(
        'Lukashenka met Statkevich and Khvostov in Minsk.',
        'The organisation’s centre in the neighbourhood travelled far; a judgement of colour.',
        'Unexploded shells and multibillionaires.',
        'A hypersonic missile and revaccination against COVID-19.',
        'The chargé d’affaires and the oppositionists.',
        'See www.belarus-news.by or mail info@ex.com.'
      )
    ).toEqual([])
  })

  it('finds nothing to correct in the sample (its errors are not spelling errors)', () => {
    expect(check('spelling', sampleRows(), { spelling: englishSpeller() })).toEqual([])
  })
})
