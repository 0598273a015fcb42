import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../../src/shared/segment/sentences'

const split = (text: string) =>
  splitSentences(text, 0, text.length, 'en').map(({ start, end }) => text.slice(start, end))

describe('English sentence splitting', () => {
  it.each<[string, string, string[]]>([
    [
      'two plain sentences',
      'Hale arrived in Minsk. He met officials.',
      ['Hale arrived in Minsk.', 'He met officials.']
    ],
    [
      'question and exclamation',
      'What next? Nobody knows! We will see.',
      ['What next?', 'Nobody knows!', 'We will see.']
    ],
    [
      'Mr. before a name',
      'Mr. Hale arrived in Minsk. He met officials.',
      ['Mr. Hale arrived in Minsk.', 'He met officials.']
    ],
    ['Dr. and Mrs.', 'Dr. Smith and Mrs. Jones spoke.', ['Dr. Smith and Mrs. Jones spoke.']],
    ['Gen. and Sen.', 'Gen. Petraeus and Sen. McCain met.', ['Gen. Petraeus and Sen. McCain met.']],
    [
      'Ms. then a new sentence',
      'Ms. Stewart left Minsk in 2008. She returned later.',
      ['Ms. Stewart left Minsk in 2008.', 'She returned later.']
    ],
    ['U.S. before a noun', 'The U.S. Embassy reopened.', ['The U.S. Embassy reopened.']],
    [
      'U.S. at the end of a sentence',
      'Sanctions were imposed by the U.S. The talks stalled.',
      ['Sanctions were imposed by the U.S.', 'The talks stalled.']
    ],
    [
      'U.S.-Belarus as one word',
      'U.S.-Belarus relations improved.',
      ['U.S.-Belarus relations improved.']
    ],
    ['e.g. before a word', 'Fruit, e.g. apples, is healthy.', ['Fruit, e.g. apples, is healthy.']],
    [
      'e.g., with a comma',
      'Some fruit, e.g., apples. Then more.',
      ['Some fruit, e.g., apples.', 'Then more.']
    ],
    [
      'i.e. before a capital',
      'He means the capital, i.e. Minsk.',
      ['He means the capital, i.e. Minsk.']
    ],
    [
      'etc. ending a sentence',
      'They brought apples, pears, etc. The rest stayed home.',
      ['They brought apples, pears, etc.', 'The rest stayed home.']
    ],
    [
      'St. Petersburg',
      'He visited St. Petersburg last year.',
      ['He visited St. Petersburg last year.']
    ],
    [
      'Jan. before a day',
      'The meeting is on Jan. 17 in Minsk.',
      ['The meeting is on Jan. 17 in Minsk.']
    ],
    [
      'Jan. ending a sentence',
      'It happened in Jan. The weather was cold.',
      ['It happened in Jan.', 'The weather was cold.']
    ],
    [
      'Inc. inside a sentence',
      'He works for Acme Inc. in Boston.',
      ['He works for Acme Inc. in Boston.']
    ],
    [
      'Inc. ending a sentence',
      'He works for Acme Inc. The firm is big.',
      ['He works for Acme Inc.', 'The firm is big.']
    ],
    [
      'p.m. before a name',
      'The meeting starts at 5 p.m. Moscow time.',
      ['The meeting starts at 5 p.m. Moscow time.']
    ],
    [
      'p.m. ending a sentence',
      'The meeting started at 5 p.m. It lasted an hour.',
      ['The meeting started at 5 p.m.', 'It lasted an hour.']
    ],
    [
      'No. and p. before numbers',
      'See No. 5 and p. 12 for details.',
      ['See No. 5 and p. 12 for details.']
    ],
    ['a middle initial', 'Alexander G. Lukashenko spoke.', ['Alexander G. Lukashenko spoke.']],
    [
      'two initials',
      'A. G. Lukashenko signed the decree.',
      ['A. G. Lukashenko signed the decree.']
    ],
    [
      'initials then a new sentence',
      'It was signed by A. G. Lukashenko. It takes effect today.',
      ['It was signed by A. G. Lukashenko.', 'It takes effect today.']
    ],
    [
      'George W. Bush',
      'George W. Bush imposed sanctions in 2006.',
      ['George W. Bush imposed sanctions in 2006.']
    ],
    [
      'a decimal number',
      'The rate was 3.5 percent. It rose.',
      ['The rate was 3.5 percent.', 'It rose.']
    ],
    [
      'a date inside a sentence',
      'The visit ended on 17.09.2019 in Minsk.',
      ['The visit ended on 17.09.2019 in Minsk.']
    ],
    [
      'a percentage range at the end',
      'The vote was 95-99%. Observers disagreed.',
      ['The vote was 95-99%.', 'Observers disagreed.']
    ],
    [
      'an ellipsis before a capital',
      'He paused... Then he left.',
      ['He paused...', 'Then he left.']
    ],
    [
      'an ellipsis before a lower-case word',
      'He said... something unclear.',
      ['He said... something unclear.']
    ],
    [
      'a doubled period as one boundary',
      'The visit ended on September 17.. The ambassadors will return.',
      ['The visit ended on September 17..', 'The ambassadors will return.']
    ],
    [
      'direct speech with the MT artefact .»,',
      '«I am pleased to take part.», – he said.',
      ['«I am pleased to take part.», – he said.']
    ],
    [
      'direct speech: «…», — he said.',
      '«I am pleased», — he said.',
      ['«I am pleased», — he said.']
    ],
    ['"…!" he shouted', '"Go home!" he shouted.', ['"Go home!" he shouted.']],
    [
      'a quoted sentence, then a new one',
      '"Go home." Then he left.',
      ['"Go home."', 'Then he left.']
    ],
    [
      'a sentence ending inside quotes',
      'He said: "We are ready." Then he left.',
      ['He said: "We are ready."', 'Then he left.']
    ],
    [
      'the artefact .». as one boundary',
      'It is important.». The next sentence follows.',
      ['It is important.».', 'The next sentence follows.']
    ],
    [
      'a period after a closing quote',
      'Washington states: "morning chairs –money in the evening". And Lukashenka agrees.',
      ['Washington states: "morning chairs –money in the evening".', 'And Lukashenka agrees.']
    ],
    [
      'a dash and a capital start a new sentence',
      'He commented to «Voices of America». – He also will not give up voting.',
      ['He commented to «Voices of America».', '– He also will not give up voting.']
    ],
    ['a sentence in brackets', '(See above.) The next point.', ['(See above.)', 'The next point.']],
    [
      'a missing space after a period',
      'The visit ended.The ambassadors return.',
      ['The visit ended.', 'The ambassadors return.']
    ],
    [
      'a heading without final punctuation',
      'Commentary from politicians',
      ['Commentary from politicians']
    ],
    [
      'a heading with an abbreviation',
      'U.S. and Belarus: a new chapter',
      ['U.S. and Belarus: a new chapter']
    ]
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })
})
