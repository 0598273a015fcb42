import { describe, expect, it } from 'vitest'
import { applyFix } from '@shared/qa'
import { check, rows } from './helpers'

const texts = (found: { text: string }[]) => found.map((f) => f.text)
const fixed = (target: string, id: Parameters<typeof check>[0], source = 'Текст.') => {
  const found = check(id, rows([source, target])).filter((f) => f.fix)
  return found
    .sort((a, b) => b.fix!.span[0] - a.fix!.span[0])
    .reduce((text, f) => applyFix(text, f.fix!), target)
}

describe('doubled-punctuation', () => {
  it('finds ".." and a period on both sides of a closing quote, and fixes them', () => {
    expect(
      texts(
        check(
          'doubled-punctuation',
          rows(['Визит завершился 17 сентября.', 'The visit ended on September 17..'])
        )
      )
    ).toEqual(['..'])
    expect(fixed('The visit ended on September 17..', 'doubled-punctuation')).toBe(
      'The visit ended on September 17.'
    )
    expect(fixed('He supports the sovereignty of Belarus.».', 'doubled-punctuation')).toBe(
      'He supports the sovereignty of Belarus.»'
    )
    expect(fixed('«I am pleased.», – he said.', 'doubled-punctuation')).toBe(
      '«I am pleased,» – he said.'
    )
    expect(fixed('Why?.', 'doubled-punctuation')).toBe('Why?')
    expect(fixed('First,, second.', 'doubled-punctuation')).toBe('First, second.')
  })

  it('leaves ellipses, "?!", abbreviations and brackets alone', () => {
    for (const target of [
      'Wait... what?',
      'Really?!',
      'Sanctions on the U.S., the EU and others.',
      'They were raised by God’s laws (love your neighbour, do not steal, etc.).',
      'Ministry (financial and industrial groups — Ed.), added the official.',
      'Stop!!'
    ]) {
      expect(check('doubled-punctuation', rows(['Текст.', target])), target).toEqual([])
    }
    expect(texts(check('doubled-punctuation', rows(['Текст.', 'A mess,. really.'])))).toEqual([
      ',.'
    ])
  })
})

describe('end-punctuation', () => {
  const ends = (source: string, target: string) =>
    check('end-punctuation', rows([source, target])).map((f) => f.message.key)

  it('reports a question turned into a statement and a lost period at the end of a long sentence', () => {
    expect(ends('Придёт ли он на встречу?', 'Will he come to the meeting.')).toEqual([
      'message.endPunctuationDiffers'
    ])
    const missing = check(
      'end-punctuation',
      rows(
        // The article's first row is its headline: English headlines take no period.
        [
          'Переговоры США и Беларуси возобновятся в понедельник в Минске.',
          'US and Belarus talks to resume on Monday in Minsk after the summer break'
        ],
        [
          'Переговоры возобновятся в понедельник в Минске.',
          'The talks will resume on Monday in Minsk after the break'
        ]
      )
    )
    expect(missing.map((f) => [f.row, f.text])).toEqual([[1, 'break']])
    // A headline's question mark is not a period: losing it is still reported.
    const question = check(
      'end-punctuation',
      rows(
        [
          'Готовы ли США и Беларусь восстановить отношения на уровне послов?',
          'The US and Belarus are ready to restore relations at the level of ambassadors'
        ],
        ['Переговоры возобновятся.', 'The talks will resume.']
      )
    )
    expect(question.map((f) => [f.row, f.message.key])).toEqual([
      [0, 'message.endPunctuationMissing']
    ])
    // A first row that shares its paragraph with the next is body text, not a headline.
    const body = rows(
      [
        'Переговоры возобновятся в понедельник в Минске.',
        'The talks will resume on Monday in Minsk after the break'
      ],
      ['Об этом сообщил министр.', 'The minister said so.']
    ).map((row) => ({ ...row, sourceParagraph: 0, targetParagraph: 0 }))
    const bodyRows = [
      ...body,
      { ...body[1]!, id: 'r2', index: 2, sourceParagraph: 1, targetParagraph: 1 }
    ]
    expect(check('end-punctuation', bodyRows).map((f) => [f.row, f.text])).toEqual([[0, 'break']])
    expect(
      applyFix('The talks will resume on Monday in Minsk after the break', missing[0]!.fix!)
    ).toMatch(/break\.$/)
  })

  it('accepts what translators do on purpose', () => {
    expect(ends('Это прекрасно!', 'This is great.')).toEqual([])
    expect(ends('Визит завершился 17 сентября.', 'The visit ended on September 17..')).toEqual([])
    expect(ends('«Я рад», — сказал он.', '“I am pleased,” he said.')).toEqual([])
    // …but a different mark in the English is still a change.
    expect(
      ends('Он крикнул: «Вы придёте на встречу?»', 'He shouted: "You will come to the meeting!"')
    ).toEqual(['message.endPunctuationDiffers'])
    // The mark of a quoted title at the end of the Russian is the title's.
    expect(
      ends(
        'Больше всего наград получил фильм Ясмилы Жбанич "Куда ты идешь, Аида?"',
        'The film "Quo Vadis, Aida?" by Jasmila Zbanic received the most awards.'
      )
    ).toEqual([])
    expect(
      ends(
        'США и Беларусь готовы восстановить отношения',
        'USA and Belarus ready to restore relations.'
      )
    ).toEqual([])
    expect(ends('Российский рекорд.', 'A Russian record')).toEqual([]) // a short line: a headline
    expect(ends('Советую посетить)', 'Check it out :)')).toEqual([])
    expect(ends('Рекомендую это место!!!)))', "I can't recommend this place enough!!! :)")).toEqual(
      []
    )
  })
})

describe('russian-typography', () => {
  it('replaces guillemets with English quotes, nested ones with single quotes', () => {
    expect(fixed('He said «I spoke to «Voice of America» today».', 'russian-typography')).toBe(
      'He said “I spoke to ‘Voice of America’ today”.'
    )
    expect(fixed('Washington states: „morning chairs“.', 'russian-typography')).toBe(
      'Washington states: “morning chairs”.'
    )
  })

  it('turns the Russian direct-speech dashes into English punctuation', () => {
    expect(fixed('«I am pleased.», – he said.', 'russian-typography')).toBe(
      '“I am pleased,” he said.'
    )
    expect(
      fixed('«Because he will never allow it, – explained the candidate.', 'russian-typography')
    ).toBe('“Because he will never allow it,” explained the candidate.')
    expect(fixed('– He also will not give up preliminary voting».', 'russian-typography')).toBe(
      '“He also will not give up preliminary voting”.'
    )
    expect(fixed('«Why?», – he asked.', 'russian-typography')).toBe('“Why?” he asked.')
  })

  it('finds a dash glued to a word, and the numero sign', () => {
    expect(fixed('morning chairs –money in the evening', 'russian-typography')).toBe(
      'morning chairs – money in the evening'
    )
    expect(fixed('school № 2', 'russian-typography')).toBe('school No. 2')
  })

  it('leaves English dashes alone', () => {
    for (const target of [
      'Quantity – in such a situation – turns into quality.',
      '"Not counting the Crimean Tatars" — and that is right.',
      'It ("disease severity" — Ed.) may be less severe.',
      'The 95–99% range.',
      '— First item'
    ]) {
      expect(check('russian-typography', rows(['Текст.', target])), target).toEqual([])
    }
  })
})

describe('unbalanced-pairs', () => {
  it('finds a quotation opened twice where the source closes the first, and a stray closing quote', () => {
    const found = check(
      'unbalanced-pairs',
      rows(
        [
          'Он добавил в комментарии для Русской службы «Голоса Америки»: «Это следует оценивать как позитивный фактор.',
          'He added in a comment for the Russian service «Voices of America: «This should be assessed as a positive factor.'
        ],
        [
          'США остаются сторонником суверенитета Беларуси.',
          'The United States remains a supporter of the sovereignty of Belarus.».'
        ]
      )
    )
    expect(found.map((f) => [f.row, f.text, f.message.key])).toEqual([
      [0, '«', 'message.quoteNotClosed'],
      [1, '»', 'message.quoteNotOpened']
    ])
    expect(found[0]!.span[0]).toBe('He added in a comment for the Russian service '.length)
  })

  it('judges a paragraph as a whole: a quotation may open in one sentence and close in another', () => {
    const quote = rows(
      [
        'Политик заявил: «Во-первых, нужен прогресс.',
        'Politician said: «First, progress is needed.'
      ],
      [
        'Снятие санкций увязано с этим прогрессом».',
        'The lifting of sanctions is linked to this progress».'
      ]
    ).map((row) => ({ ...row, sourceParagraph: 7, targetParagraph: 7 }))
    expect(check('unbalanced-pairs', quote)).toEqual([])
    const brackets = rows([
      'Партия (Народная Грамада) против.',
      'The party (Narodnaya Hramada is against.'
    ])
    expect(check('unbalanced-pairs', brackets).map((f) => f.message.key)).toEqual([
      'message.bracketNotClosed'
    ])
  })

  it('accepts the English convention for a quotation of several paragraphs', () => {
    const speech = rows(
      ['- Сейчас мы свежие, у нас нет травм.', '"Right now we are fresh, we have no injuries.'],
      ['- Мы готовы, - сказал он.', '"We are ready," he said.']
    )
    expect(check('unbalanced-pairs', speech)).toEqual([])
  })

  it('accepts it sentence by sentence too: each sentence of a quotation opens, the last closes', () => {
    // WMT21 kp.235560, a professional translation: one paragraph, the quotation over three rows.
    const paragraph = rows(
      [
        'Я хочу обратиться ко всем политическим комментаторам.',
        '"I want to appeal to all political commentators.'
      ],
      [
        'Не надо демонизировать народ Хабаровского края.',
        '"Don\'t demonize the people of Khabarovsk Krai.'
      ],
      [
        'Здесь живут замечательные люди, - поделился Михаил Дегтярев.',
        '"Wonderful people live here," Mikhail Degtyarev said.'
      ]
    ).map((row) => ({ ...row, sourceParagraph: 0, targetParagraph: 0 }))
    expect(check('unbalanced-pairs', paragraph)).toEqual([])
    // Not where the Russian closed its quotation in the row before: the English lost a close.
    const twoQuotes = rows(['«Да, мы готовы.»', '«Yes, we are ready.'], ['«Нет.»', '«No.»']).map(
      (row) => ({ ...row, sourceParagraph: 0, targetParagraph: 0 })
    )
    expect(check('unbalanced-pairs', twoQuotes).map((f) => f.message.key)).toEqual([
      'message.quoteNotClosed'
    ])
    // Nor for brackets: a bracket is never continued.
    const brackets = rows(
      ['Доклад (вышел вчера).', 'The report (came out yesterday.'],
      ['(Он опоздал).', '(He was late).']
    ).map((row) => ({ ...row, sourceParagraph: 0, targetParagraph: 0 }))
    expect(check('unbalanced-pairs', brackets).map((f) => f.message.key)).toEqual([
      'message.bracketNotClosed'
    ])
    // A quotation that opens and is never closed is still one.
    const open = paragraph.slice(0, 2)
    expect(check('unbalanced-pairs', open).map((f) => [f.row, f.message.key])).toEqual([
      [1, 'message.quoteNotClosed']
    ])
  })
})

describe('whitespace', () => {
  it('finds double spaces, spaces before punctuation and sentences glued together, with fixes', () => {
    expect(fixed('with English subtitles,  it is as if', 'whitespace')).toBe(
      'with English subtitles, it is as if'
    )
    expect(fixed('He left , and came back .', 'whitespace')).toBe('He left, and came back.')
    expect(fixed('He left,and came back.', 'whitespace')).toBe('He left, and came back.')
    expect(fixed('The minister said so.The talks resume on Monday.', 'whitespace')).toBe(
      'The minister said so. The talks resume on Monday.'
    )
  })

  it('leaves numbers, names with dots, ellipses and smileys alone', () => {
    for (const target of [
      '1,000 people, 3.5%',
      'Kostroma.Today reported it.',
      'Wait ...',
      'Great place :)',
      'Visit example.Com now',
      '.NET and U.S.A.'
    ]) {
      expect(check('whitespace', rows(['Текст.', target])), target).toEqual([])
    }
  })
})
