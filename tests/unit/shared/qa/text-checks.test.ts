import { describe, expect, it } from 'vitest'
import { applyFix } from '@shared/qa'
import { check, rows } from './helpers'

describe('repeated-word and near-repetition', () => {
  it('finds stuttering and fixes a doubled word', () => {
    const doubled = check(
      'repeated-word',
      rows([
        'Проведённый в прошлом году опрос.',
        'The survey conducted last year by the the Academy.'
      ])
    )
    expect(doubled.map((f) => f.text)).toEqual(['the the'])
    expect(applyFix('by the the Academy.', { ...doubled[0]!.fix!, span: [6, 10] })).toBe(
      'by the Academy.'
    )
    const near = check(
      'near-repetition',
      rows(
        [
          'Вы очень хорошо знаете и осведомлены.',
          'You are very well aware and aware that this is not the only signal.'
        ],
        [
          'США остаются твёрдым сторонником поддержки суверенитета.',
          'The United States remains a firm supporter of supporting the sovereignty.'
        ]
      )
    )
    expect(near.map((f) => f.text)).toEqual(['aware and aware', 'supporter of supporting'])
  })

  it('leaves English repetition on purpose alone', () => {
    for (const target of [
      'Step by step, more and more people came, year after year.',
      'He had had enough, and that that was wrong is clear.',
      'An HIV-positive person or a person with immune deficiency.',
      'The largest exporter of petroleum and petroleum products.',
      'Business is business.',
      'There is food in the food court.',
      'Bora Bora is an island.',
      'Players will also play against the Flyers.'
    ]) {
      const found = [
        ...check('repeated-word', rows(['Текст.', target])),
        ...check('near-repetition', rows(['Текст.', target]))
      ]
      expect(found, target).toEqual([])
    }
  })
})

describe('untranslated', () => {
  it('finds a copied source, Cyrillic words, and Cyrillic letters inside Latin words', () => {
    const copied = check(
      'untranslated',
      rows(['Сомнолог назвала причины проблем со сном', 'Сомнолог назвала причины проблем со сном'])
    )
    expect(copied.map((f) => [f.message.key, f.severity])).toEqual([
      ['message.copiedSource', 'critical']
    ])
    const words = check(
      'untranslated',
      rows(['Он сказал «спасибо».', 'He said «спасибо» to everyone.'])
    )
    expect(words.map((f) => f.text)).toEqual(['спасибо'])
    // A Cyrillic Н inside "WHO": looks right, breaks search; the fix swaps in the Latin letter.
    const mixed = check('untranslated', rows(['По данным ВОЗ.', 'According to WНO data.']))
    expect(mixed.map((f) => [f.text, f.category, f.fix?.replacement])).toEqual([
      ['WНO', 'linguistic-conventions/character-encoding', 'WHO']
    ])
  })

  it('leaves a Cyrillic web address alone', () => {
    expect(
      check(
        'untranslated',
        rows(['Сайт стопкоронавирус.рф сообщает.', 'The site стопкоронавирус.рф reports.'])
      )
    ).toEqual([])
  })
})

describe('run-on', () => {
  it('finds a lost sentence end where the Russian has one', () => {
    const found = check(
      'run-on',
      rows([
        'Министр так и сказал. Переговоры возобновятся в понедельник.',
        'The minister said so The talks resume on Monday.'
      ])
    )
    expect(found.map((f) => f.text)).toEqual(['so The'])
  })

  it('finds a headline run into the next sentence (two Russian segments, one English)', () => {
    const [row] = rows([
      'США и Беларусь готовы восстановить отношения Минск и Вашингтон договорились.',
      'USA and Belarus ready to restore relations Minsk and Washington agreed.'
    ])
    const found = check('run-on', [{ ...row!, sourceSegments: [0, 1], targetSegments: [0] }])
    expect(found.map((f) => f.text)).toEqual(['relations Minsk'])
  })

  it('says nothing where the English keeps its sentences or joins them properly', () => {
    expect(check('run-on', rows(['Он пришёл. Он ушёл.', 'He came. He left.']))).toEqual([])
    expect(
      check('run-on', rows(['Он пришёл. Он ушёл.', 'He came and then he left again quickly.']))
    ).toEqual([])
    expect(
      check(
        'run-on',
        rows([
          'Об этом сообщила газета The Times. Подробности позже.',
          'This was reported by The Times; details later.'
        ])
      )
    ).toEqual([])
  })
})

describe('length-ratio and unpaired', () => {
  const filler = (n: number) =>
    Array.from({ length: n }, (_, k): [string, string] => [
      `Это обычное предложение номер ${k} о переговорах в Минске и Вашингтоне.`,
      `This is an ordinary sentence number ${k} about the talks in Minsk and Washington.`
    ])

  it('finds a row far shorter than the document leads to expect', () => {
    const document = rows(...filler(12), [
      'Процесс не запустится автоматически, подчеркнул Анатолий Лебедко: во-первых, нужен прогресс в том, что касается выборов, прав и свобод граждан.',
      'The process will not start.'
    ])
    const found = check('length-ratio', document)
    expect(found.map((f) => [f.row, f.category, f.message.key])).toEqual([
      [12, 'accuracy/omission', 'message.targetTooShort']
    ])
  })

  it('reports 1-0 and 0-1 rows as omission and addition', () => {
    const found = check(
      'unpaired',
      rows(['Кандидат должен пройти утверждение в Сенате.', ''], ['', 'Other news'])
    )
    expect(found.map((f) => [f.side, f.category])).toEqual([
      ['source', 'accuracy/omission'],
      ['target', 'accuracy/addition']
    ])
  })
})

describe('consistency', () => {
  it('finds one source translated two ways, and one translation for two sources', () => {
    const document = rows(
      ['За ночь задержали 19 пьяных водителей.', '19 drunk drivers were arrested overnight.'],
      ['Это другое предложение.', 'This is another sentence.'],
      ['За ночь задержали 19 пьяных водителей.', 'In one night, 19 drunk drivers were detained.'],
      ['За ночь задержали 19 пьяных водителей.', '19 drunk drivers were arrested overnight.'],
      ['Он сказал это вчера вечером.', 'He said it yesterday.'],
      ['Он сказал это вчера утром.', 'He said it yesterday.']
    )
    expect(
      check('inconsistent-target', document).map((f) => [f.row, f.message.params.number])
    ).toEqual([[2, 1]])
    expect(
      check('inconsistent-source', document).map((f) => [f.row, f.message.params.number])
    ).toEqual([[5, 5]])
  })

  it('ignores case, spacing and punctuation, and very short sentences', () => {
    const document = rows(
      ['Да.', 'Yes.'],
      ['Да.', 'Right.'],
      ['Привет всем друзьям!', '«Hello to all friends!»'],
      ['Привет всем друзьям', 'hello to all friends']
    )
    expect(check('inconsistent-target', document)).toEqual([])
  })
})

describe('boilerplate', () => {
  it('finds page furniture and a repeated headline, not the first occurrence', () => {
    const document = rows(
      [
        'США и Беларусь готовы восстановить отношения на уровне послов',
        'USA and Belarus ready to restore relations at the level of ambassadors'
      ],
      ['Текст статьи.', 'The article text.'],
      [
        'США и Беларусь готовы восстановить отношения на уровне послов',
        'USA and Belarus ready to restore relations at the level of ambassadors'
      ],
      ['Другие новости', 'Other news'],
      ['Фото: Reuters', 'Photo: Reuters'],
      ['Читайте также:', 'Read also:']
    )
    expect(check('boilerplate', document).map((f) => [f.row, f.message.key])).toEqual([
      [2, 'message.repeatedLine'],
      [3, 'message.pageFurniture'],
      [4, 'message.pageFurniture'],
      [5, 'message.pageFurniture']
    ])
  })
})
