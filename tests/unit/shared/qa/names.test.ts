import { describe, expect, it } from 'vitest'
import { check, rows, sampleRows } from './helpers'

const variants = (input: Parameters<typeof check>[1]) =>
  check('name-consistency', input).map((f) => [
    f.row,
    f.text,
    f.message.params.reference,
    f.fix?.replacement
  ])

describe('name-consistency', () => {
  it('finds the sample’s three spellings of one «Николай» and its two of Лукашенко', () => {
    expect(variants(sampleRows())).toEqual([
      [10, 'Lukashenko', 'Lukashenka', 'Lukashenka'],
      [38, 'Mikola', 'Nikolay', 'Nikolay'],
      [47, 'Nikolai', 'Nikolay', 'Nikolay']
    ])
  })

  it('links spellings through the Russian whatever the case ending, and by position when they look different', () => {
    const document = rows(
      ['Об этом заявил Николай Статкевич.', 'This was stated by Nikolay Statkevich.'],
      [
        'Николаю Статкевичу не разрешили выступить.',
        'Nikolai Statkevich was not allowed to speak.'
      ],
      ['Говорит Николай Статкевич: «Нет».', 'Says Mikola Statkevich: "No".'],
      ['С Николаем Статкевичем встретились дипломаты.', 'Diplomats met Nikolay Statkevich.']
    )
    expect(variants(document)).toEqual([
      [1, 'Nikolai', 'Nikolay', 'Nikolay'],
      [2, 'Mikola', 'Nikolay', 'Nikolay']
    ])
  })

  it('tells two names apart: a word and its derivative, a man and a woman, two people, two words', () => {
    const document = rows(
      ['Израиль сообщил о крушении беспилотника.', 'Israel reported a drone crash.'],
      ['Беспилотник армии Израиля упал.', 'An Israeli army drone fell.'],
      [
        'Над номером работали Сергей Мезенов и Лариса Мезенова.',
        'Sergei Mezenov and Larisa Mezenova worked on the issue.'
      ],
      ['Об этом сказал Дэвид Хейл.', 'David Hale said so.'],
      ['Об этом сказал Джон Холл.', 'John Hall said so.'],
      [
        'Заместитель министра иностранных дел заявил.',
        'The Deputy Minister of Foreign Affairs said.'
      ],
      ['Министерство здравоохранения сообщило.', 'The Ministry of Health said.']
    )
    expect(variants(document)).toEqual([])
  })

  it('finds English variants the Russian does not name, by their consonant skeleton', () => {
    const document = rows(
      ['Указ подписан.', 'The decree was signed by Zelensky.'],
      ['Указ вступил в силу.', 'The decree by Zelensky came into force.'],
      ['Он приехал.', 'Then President Zelenskiy arrived.']
    )
    expect(variants(document)).toEqual([[2, 'Zelenskiy', 'Zelensky', 'Zelensky']])
  })
})
