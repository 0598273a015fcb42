import { describe, expect, it } from 'vitest'
import { extractNumbers } from '@shared/qa/numbers/extract'
import { applyFix } from '@shared/qa'
import { check, rows } from './helpers'

const mismatches = (source: string, target: string) =>
  check('numbers', rows([source, target])).map((f) => [f.side, f.text, f.message.key])

describe('numbers', () => {
  it('reads Russian and English notations as the same values', () => {
    const pairs: readonly (readonly [string, string])[] = [
      ['Визит завершился 17 сентября.', 'The visit ended on September 17..'],
      ['Визит завершился 17 сентября 2019 года.', 'The visit ended on 17th of September 2019.'],
      ['Встреча назначена на 17.09.2019.', 'The meeting is set for September 17, 2019.'],
      [
        'Голосуют примерно 35% избирателей, и 95–99% из них за власть.',
        'About 35% of voters vote, and 95-99% of them for the authorities.'
      ],
      ['Бюджет составил 1,5 млн рублей.', 'The budget was 1.5 million rubles.'],
      ['Бюджет составил 1,5 млн рублей.', 'The budget was 1,500,000 rubles.'],
      ['Штат сокращён до 5 сотрудников.', 'The staff was cut to five employees.'],
      ['После 11-летнего перерыва.', 'After an 11-year hiatus.'],
      ['Игра начнётся в 22.00 по московскому времени.', 'The game starts at 10 P.M. Moscow time.'],
      ['В 17 часов 47 минут поступило сообщение.', 'At 5:47 PM a report came in.'],
      ['Часы работы с 10-00 до 22-00.', "It's open from 10:00 a.m. to 10:00 p.m."],
      ['В 90-х годах всё было иначе.', 'In the 1990s everything was different.'],
      ['Прибыль выросла в 2 раза.', 'Profit doubled.'],
      ['В XXI веке.', 'In the 21st century.'],
      ['Страны «Большой семёрки» заявили.', 'The G7 countries said.'],
      ['За сутки выявили 5765 случаев.', '5,765 cases were found in 24 hours.'],
      ['Пострадала 4-летняя девочка.', 'A four-year-old girl was injured.'],
      ['Телефон: +7 (495) 229 62 01', 'Phone: +7 (495) 229-6201'],
      ['Более 200 625 случаев.', 'More than 200,625 cases.']
    ]
    for (const [source, target] of pairs) {
      expect(mismatches(source, target), `${source} / ${target}`).toEqual([])
    }
  })

  it('reports a number the other side does not have, on the English when both sides differ', () => {
    expect(
      mismatches('24 апреля Трамп подписал законопроект.', 'On April 14 Trump signed a bill.')
    ).toEqual([['target', '14', 'message.numberDiffers']])
    expect(
      mismatches('Ставки упадут ещё на 0,3-0,6 пункта.', 'Rates will fall another 0.3-0.5 points.')
    ).toEqual([['target', '0.5', 'message.numberDiffers']])
    expect(
      mismatches(
        'Выделено 25,3 млрд рублей, пассажиропоток вырастет на 6,4%.',
        'Passenger traffic will grow by 6.4%.'
      )
    ).toEqual([['source', '25,3', 'message.numberMissing']])
  })

  it('finds numbers written the Russian way in the English, with a fix', () => {
    const found = check(
      'numbers',
      rows(['Бюджет 1,5 млн и 25 000 рублей.', 'A budget of 1,5 million and 25 000 rubles.'])
    )
    expect(found.map((f) => [f.text, f.category, f.fix?.replacement])).toEqual([
      ['1,5', 'locale-conventions/number-format', '1.5'],
      ['25 000', 'locale-conventions/number-format', '25,000']
    ])
    expect(applyFix('A budget of 1,5 million', found[0]!.fix!)).toBe('A budget of 1.5 million')
    // A code next to letters is not a quantity: "R20 108V".
    expect(check('numbers', rows(['Шина 265/45 R20 108V', 'Tire 265/45 R20 108V']))).toEqual([])
  })

  it('gives each number its span in the text', () => {
    const items = extractNumbers('С 5 до 30 — в 22:00, 17 сентября.')
    expect(items.map((i) => i.text)).toEqual(['5', '30', '22:00', '17'])
    expect(items[3]!.keys).toContain('d:17.9')
    expect(items[2]!.keys).toContain('t:1320')
  })
})
