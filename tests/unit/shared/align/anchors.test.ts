import { describe, expect, it } from 'vitest'
import { segmentAnchors, type AnchorKind } from '@shared/align'
import { canonicalNumber } from '@shared/align/anchors/numbers'
import { skeletonKeys } from '@shared/align/anchors/skeleton'

/** The keys of the anchors of `text` of one kind. */
function keys(text: string, kind: AnchorKind): string[] {
  return segmentAnchors(text)
    .filter((anchor) => anchor.kind === kind)
    .flatMap((anchor) => anchor.keys)
}

/** True when some anchor of `a` shares a key with some anchor of `b`: they would match. */
function meet(a: string, b: string): boolean {
  const other = new Set(segmentAnchors(b).flatMap((anchor) => anchor.keys))
  return segmentAnchors(a).some((anchor) => anchor.keys.some((key) => other.has(key)))
}

const sameName = (a: string, b: string) =>
  skeletonKeys(a).some((key) => skeletonKeys(b).includes(key))

describe('numbers', () => {
  it.each([
    ['3,5', '3.5'],
    ['1 000', '1000'],
    ['1\u00a0000', '1000'],
    ['1,000', '1000'],
    ['1.000', '1000'],
    ['1,000,000', '1000000'],
    ['1 234,5', '1234.5'],
    ['1,234.5', '1234.5'],
    ['1.234,5', '1234.5'],
    ['0,125', '0.125'],
    ['12.75', '12.75'],
    ['3.50', '3.5'],
    ['007', '7'],
    ['2019', '2019']
  ])('reads %s as %s', (written, value) => {
    expect(canonicalNumber(written)).toBe(value)
  })

  it.each([
    ['Рост составил 3,5 %.', 'Growth was 3.5%.'],
    ['Пришли 1 000 человек.', '1,000 people came.'],
    ['Точность 95-99%.', 'Accuracy of 95–99 %.'],
    ['В 2008 году США ввели санкции.', 'In 2008 the US imposed sanctions.'],
    ['штат сокращен до 5 сотрудников', 'reduced to 5 employees'],
    ['COVID-19', 'Covid-19']
  ])('%s meets %s', (ru, en) => {
    expect(meet(ru, en)).toBe(true)
  })

  it('keeps different values apart, and one-digit numbers as a weaker kind', () => {
    expect(meet('в 2008 году', 'in 2009')).toBe(false)
    expect(meet('3,5 %', '35 %')).toBe(false)
    expect(keys('до 5 сотрудников', 'digit')).toEqual(['n:5'])
    expect(keys('за 11 лет', 'number')).toEqual(['n:11'])
  })
})

describe('dates', () => {
  it.each([
    ['завершившегося 17 сентября', 'which ended on September 17..'],
    ['17 сентября', 'Sept. 17th'],
    ['17 сентября', 'on the 17th of September'],
    ['17.09.2019', 'September 17, 2019'],
    ['17.09.2019', '2019-09-17'],
    ['5 мая', 'May 5'],
    ['9. September 1988', '9 septembre 1988']
  ])('%s meets %s', (a, b) => {
    expect(meet(a, b)).toBe(true)
  })

  it('is one anchor for the day and month (the day is not also a number), the year apart', () => {
    expect(segmentAnchors('17.09.2019').map((anchor) => anchor.keys)).toEqual([
      ['d:17.9'],
      ['n:2019']
    ])
    expect(keys('17 сентября', 'number')).toEqual([])
  })

  it('tells days apart, and a month alone from a date', () => {
    expect(meet('17 сентября', 'September 18')).toBe(false)
    expect(keys('в сентябре', 'month')).toEqual(['m:9'])
    expect(keys('in September', 'month')).toEqual(['m:9'])
    expect(meet('в сентябре', 'in September')).toBe(true)
    expect(keys('17 сентября', 'month')).toEqual([])
  })

  it('reads "May" and "March" as months only next to a day', () => {
    expect(segmentAnchors('You may go in May.').filter((a) => a.kind !== 'first-word')).toEqual([])
    expect(keys('on May 5', 'date')).toEqual(['d:5.5'])
    expect(keys('March 8', 'date')).toEqual(['d:8.3'])
  })
})

describe('names across scripts', () => {
  it.each([
    ['Лукашенко', 'Lukashenko'],
    ['Лукашенко', 'Lukashenka'],
    ['Хейл', 'Hale'],
    ['Статкевич', 'Statkevich'],
    ['Николай', 'Nikolay'],
    ['Николай', 'Nikolai'],
    ['Вашингтон', 'Washington'],
    ['Минск', 'Minsk'],
    ['Брюссель', 'Brussels'],
    ['Стюарт', 'Stewart'],
    ['Москва', 'Moscow'],
    ['Киев', 'Kyiv'],
    ['Киев', 'Kiev'],
    ['Хрущев', 'Khrushchev'],
    ['Ширак', 'Chirac'],
    ['Джонсон', 'Johnson'],
    ['Йорк', 'York'],
    ['Украина', 'Ukraine'],
    ['Германия', 'Germany'],
    ['Франция', 'France']
  ])('%s ~ %s', (ru, en) => {
    expect(sameName(ru, en)).toBe(true)
  })

  it.each([
    ['Хейлом', 'Hale'],
    ['Статкевичем', 'Statkevich'],
    ['Вашингтоне', 'Washington'],
    ['Путиным', 'Putin'],
    ['Минске', 'Minsk'],
    ['Максим', 'Maxim']
  ])('sees through the Russian case ending of %s ~ %s', (ru, en) => {
    expect(sameName(ru, en)).toBe(true)
  })

  it.each([
    ['Минск', 'Moscow'],
    ['Лукашенко', 'Lukoil'],
    ['Статкевич', 'Stockholm'],
    ['Николай', 'Mikola']
  ])('keeps %s and %s apart', (a, b) => {
    expect(sameName(a, b)).toBe(false)
  })

  it('knows the frequent names that are translated, not transliterated', () => {
    expect(meet('санкции США', 'US sanctions')).toBe(true)
    expect(meet('санкции США', 'U.S. sanctions')).toBe(true)
    expect(meet('лидеры ЕС', 'EU leaders')).toBe(true)
    expect(meet('с Китаем', 'with China')).toBe(true)
    expect(meet('в Великобритании', 'in Britain')).toBe(true)
    expect(meet('Кремль заявил', 'the Kremlin said')).toBe(true)
  })

  it('takes capitalised words inside a sentence for names, and the opening word apart', () => {
    const anchors = segmentAnchors('Кроме того, Дэвид Хейл заявил, что Минск свободен.')
    expect(anchors.filter((a) => a.kind === 'name').map((a) => a.keys[0])).toEqual([
      's:DVD',
      's:GL',
      's:MNSK'
    ])
    // "Кроме" opens the sentence and is a function word: not even a first-word anchor.
    expect(anchors.filter((a) => a.kind === 'first-word')).toEqual([])
    expect(keys('Картина выйдет онлайн.', 'first-word')).toEqual(['s:KRTN', 'l:KRTN'])
  })

  it('counts a name said twice once', () => {
    expect(keys('Так сказал Хейл, и снова Хейл.', 'name')).toEqual(['s:GL'])
  })
})

describe('punctuation a translation keeps', () => {
  it('finds questions, exclamations and quotations in any typography', () => {
    expect(keys('Что дальше?', 'question')).toEqual(['p:?'])
    expect(keys('What next?', 'question')).toEqual(['p:?'])
    expect(keys('Ура!', 'exclamation')).toEqual(['p:!'])
    for (const quoted of ['«Да»', '„Да“', '"Yes"', '“Yes”']) {
      expect(keys(quoted, 'quote')).toEqual(['p:"'])
    }
    expect(keys('It’s d’affaires', 'quote')).toEqual([])
  })
})

describe('the sample pair', () => {
  it('gives the first sentences of the article the anchors they share', () => {
    const ru =
      'Об этом стало известно по итогам визита в Беларусь заместителя госсекретаря США по политическим вопросам Дэвида Хейла, завершившегося 17 сентября.'
    const en =
      'This became known following the visit of US Deputy Secretary of State for Political Affairs David Hale to Belarus, which ended on September 17..'
    const shared = new Set(segmentAnchors(en).flatMap((anchor) => anchor.keys))
    const found = segmentAnchors(ru)
      .filter((anchor) => anchor.keys.some((key) => shared.has(key)))
      .map((anchor) => anchor.keys[0])
    expect(found.sort()).toEqual(['d:17.9', 'e:us', 's:BLRS', 's:DVD', 's:GL'])
  })
})
