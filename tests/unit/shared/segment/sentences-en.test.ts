/**
 * English sentence splitting, case by case: input paragraph -> expected segments. Each case names the
 * rule it exercises; the corpus test (`corpus.test.ts`) measures the same rules on real news text.
 */
import { describe, expect, it } from 'vitest'
import { splitSentences } from '@shared/segment/sentences'

const split = (text: string) =>
  splitSentences(text, 0, text.length, 'en').map(({ start, end }) => text.slice(start, end))

type Case = [name: string, text: string, expected: string[]]

const punctuation: Case[] = [
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
  ['?! is one boundary', 'Really?! Yes, really.', ['Really?!', 'Yes, really.']],
  ['!!! is one boundary', 'We won!!! The fans cheered.', ['We won!!!', 'The fans cheered.']],
  ['?.. is one boundary', 'Will you come?.. I doubt it.', ['Will you come?..', 'I doubt it.']],
  ['... before a capital', 'He paused... Then he left.', ['He paused...', 'Then he left.']],
  ['… before a capital', 'He paused… Then he left.', ['He paused…', 'Then he left.']],
  [
    '... before a lower-case word',
    'He said... something unclear.',
    ['He said... something unclear.']
  ],
  [
    'the doubled period .. is one boundary',
    'The visit ended on September 17.. The ambassadors will return.',
    ['The visit ended on September 17..', 'The ambassadors will return.']
  ],
  [
    'the artefact .». is one boundary',
    'It is important.». The next sentence follows.',
    ['It is important.».', 'The next sentence follows.']
  ],
  [
    'a missing space after a period',
    'The visit ended.The ambassadors return.',
    ['The visit ended.', 'The ambassadors return.']
  ],
  [
    'a sentence across a line break',
    'The first line\ncontinues here. The second.',
    ['The first line\ncontinues here.', 'The second.']
  ],
  ['no as a word', 'He said no. Then he left.', ['He said no.', 'Then he left.']],
  [
    'the pronoun I ending a sentence',
    'Neither did I. Then we left.',
    ['Neither did I.', 'Then we left.']
  ],
  [
    "a possessive 's before the period",
    "The main blockbuster is already Harry's. The studios agree.",
    ["The main blockbuster is already Harry's.", 'The studios agree.']
  ],
  [
    "a decade with 's before the period",
    "It has been open since the early 2000's. Cozy atmosphere, friendly staff.",
    ["It has been open since the early 2000's.", 'Cozy atmosphere, friendly staff.']
  ]
]

const titles: Case[] = [
  [
    'Mr. before a name',
    'Mr. Hale arrived in Minsk. He met officials.',
    ['Mr. Hale arrived in Minsk.', 'He met officials.']
  ],
  ['Dr. and Mrs.', 'Dr. Smith and Mrs. Jones spoke.', ['Dr. Smith and Mrs. Jones spoke.']],
  [
    'Ms. then a new sentence',
    'Ms. Stewart left Minsk in 2008. She returned later.',
    ['Ms. Stewart left Minsk in 2008.', 'She returned later.']
  ],
  ['Prof. before a name', 'Prof. Jones disagreed.', ['Prof. Jones disagreed.']],
  ['Gen. and Sen.', 'Gen. Petraeus and Sen. McCain met.', ['Gen. Petraeus and Sen. McCain met.']],
  [
    'Fr. before a name',
    'I came across a text from Fr. Vladimir Zelensky.',
    ['I came across a text from Fr. Vladimir Zelensky.']
  ],
  [
    'St. Petersburg',
    'He visited St. Petersburg last year.',
    ['He visited St. Petersburg last year.']
  ],
  [
    'St. at the end of a sentence',
    'He lives on Main St. The house is old.',
    ['He lives on Main St.', 'The house is old.']
  ],
  [
    'Jr. inside a sentence',
    'Martin Luther King Jr. was born in 1929.',
    ['Martin Luther King Jr. was born in 1929.']
  ],
  [
    'Jr. at the end of a sentence',
    'The speech was given by Martin Luther King Jr. He was 34.',
    ['The speech was given by Martin Luther King Jr.', 'He was 34.']
  ],
  ['Sr. before a name', 'John Smith Sr. Williams attended.', ['John Smith Sr. Williams attended.']],
  [
    'Ph.D. before a lower-case word',
    'She holds a Ph.D. in physics.',
    ['She holds a Ph.D. in physics.']
  ]
]

const abbreviations: Case[] = [
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
  [
    'U.K. at the end of a sentence',
    'He held talks with the U.K. They agreed on trade.',
    ['He held talks with the U.K.', 'They agreed on trade.']
  ],
  ['U.N. before a noun', 'The U.N. Security Council met.', ['The U.N. Security Council met.']],
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
    'etc. before a lower-case word',
    'Apples, pears, etc. were sold out.',
    ['Apples, pears, etc. were sold out.']
  ],
  ['vs. before a name', 'Spain vs. Portugal ended 1-1.', ['Spain vs. Portugal ended 1-1.']],
  [
    'cf. before a name',
    'The results differ (cf. Smith, 2019).',
    ['The results differ (cf. Smith, 2019).']
  ],
  ['approx. before a number', 'The lake is approx. 5 km long.', ['The lake is approx. 5 km long.']],
  [
    'et al. inside and at the end',
    'Smith et al. reported it first. The data came from Smith et al. The rest is new.',
    ['Smith et al. reported it first.', 'The data came from Smith et al.', 'The rest is new.']
  ],
  [
    'No. and p. before numbers',
    'See No. 5 and p. 12 for details.',
    ['See No. 5 and p. 12 for details.']
  ],
  [
    'No. before an alphanumeric number',
    'It holds registration certificate No. FS77-35597 since 2009.',
    ['It holds registration certificate No. FS77-35597 since 2009.']
  ],
  ['pp. before a range', 'See pp. 3-5 of the report.', ['See pp. 3-5 of the report.']],
  ['Fig. and Vol. before numbers', 'Fig. 3 in Vol. 2 shows it.', ['Fig. 3 in Vol. 2 shows it.']],
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
  ['Ltd. before a name', 'Acme Ltd. Boston office closed.', ['Acme Ltd. Boston office closed.']],
  [
    'Corp. ending a sentence',
    'He joined Acme Corp. It was 2010.',
    ['He joined Acme Corp.', 'It was 2010.']
  ],
  [
    'Co. Ltd. in a company name',
    'It was developed by CRRC Zhuzhou Locomotive Co. Ltd., a Chinese firm.',
    ['It was developed by CRRC Zhuzhou Locomotive Co. Ltd., a Chinese firm.']
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
    'a.m. before a lower-case word',
    'They met at 9 a.m. on Monday.',
    ['They met at 9 a.m. on Monday.']
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
  ['Feb. before a day', 'Talks resumed on Feb. 2.', ['Talks resumed on Feb. 2.']],
  ['Mar. before a day', 'Talks resumed on Mar. 3.', ['Talks resumed on Mar. 3.']],
  ['Apr. before a day', 'Talks resumed on Apr. 4.', ['Talks resumed on Apr. 4.']],
  ['Aug. before a day', 'Talks resumed on Aug. 8.', ['Talks resumed on Aug. 8.']],
  [
    'Sept. before a day',
    'The visit ended on Sept. 17 in Minsk.',
    ['The visit ended on Sept. 17 in Minsk.']
  ],
  ['Oct. before a day', 'Talks resumed on Oct. 10.', ['Talks resumed on Oct. 10.']],
  ['Nov. before a day', 'Talks resumed on Nov. 11.', ['Talks resumed on Nov. 11.']],
  [
    'Dec. ending a sentence',
    'Elections are due in Dec. They may be postponed.',
    ['Elections are due in Dec.', 'They may be postponed.']
  ]
]

const names: Case[] = [
  ['a middle initial', 'Alexander G. Lukashenko spoke.', ['Alexander G. Lukashenko spoke.']],
  ['two initials', 'A. G. Lukashenko signed the decree.', ['A. G. Lukashenko signed the decree.']],
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
  ['J.R.R. Tolkien', 'J.R.R. Tolkien wrote it.', ['J.R.R. Tolkien wrote it.']],
  [
    'a two-letter transliterated initial',
    'I thank E. Yu. Kotlyarova for her help.',
    ['I thank E. Yu. Kotlyarova for her help.']
  ],
  [
    'a Roman numeral ending a sentence',
    'It began after World War I. It lasted decades.',
    ['It began after World War I.', 'It lasted decades.']
  ],
  [
    'a capital letter ending a sentence',
    'We need a Plan B. The first one failed.',
    ['We need a Plan B.', 'The first one failed.']
  ],
  [
    'a name with a period: Gazeta.Ru',
    'Read more in the Gazeta.Ru report.',
    ['Read more in the Gazeta.Ru report.']
  ],
  [
    'a name with a period: Kostroma.Today',
    'Kostroma.Today reported it. The student now studies online.',
    ['Kostroma.Today reported it.', 'The student now studies online.']
  ]
]

const numbers: Case[] = [
  [
    'a decimal number',
    'The rate was 3.5 percent. It rose.',
    ['The rate was 3.5 percent.', 'It rose.']
  ],
  ['1.5 million', 'The city has 1.5 million people.', ['The city has 1.5 million people.']],
  [
    'a date inside a sentence',
    'The visit ended on 17.09.2019 in Minsk.',
    ['The visit ended on 17.09.2019 in Minsk.']
  ],
  [
    'a date at the end of a sentence',
    'The visit ended on 17.09.2019. The ambassadors return.',
    ['The visit ended on 17.09.2019.', 'The ambassadors return.']
  ],
  [
    'a percentage range at the end',
    'The vote was 95-99%. Observers disagreed.',
    ['The vote was 95-99%.', 'Observers disagreed.']
  ],
  [
    'bn. ending a sentence',
    'Revenue reached $2.5 bn. The leaders were games.',
    ['Revenue reached $2.5 bn.', 'The leaders were games.']
  ],
  [
    'km. ending a sentence',
    'The road is 10 km. Drivers use it daily.',
    ['The road is 10 km.', 'Drivers use it daily.']
  ],
  [
    'g. ending a sentence',
    'Wobbler Pontoon21, 54 mm, 8.5 g. The series is special.',
    ['Wobbler Pontoon21, 54 mm, 8.5 g.', 'The series is special.']
  ],
  [
    'sq. m. ending a sentence',
    'The fire covered 40 sq. m. According to officials, nobody was hurt.',
    ['The fire covered 40 sq. m.', 'According to officials, nobody was hurt.']
  ],
  [
    'thousand m. ending a sentence',
    'Its altitude reaches 3 thousand m. After tests it will fly.',
    ['Its altitude reaches 3 thousand m.', 'After tests it will fly.']
  ],
  [
    'l. ending a sentence',
    'A cocktail costs ₽420 for 0.5 l. The food is also good.',
    ['A cocktail costs ₽420 for 0.5 l.', 'The food is also good.']
  ],
  [
    'a number ends one sentence, a digit starts the next',
    'They were 5. 3 of them left.',
    ['They were 5.', '3 of them left.']
  ],
  [
    'a sentence starting with a digit',
    'The match ended. 25 fans stayed.',
    ['The match ended.', '25 fans stayed.']
  ],
  [
    'a list number is never a sentence',
    '1. First item of the list.',
    ['1. First item of the list.']
  ],
  [
    'list numbers after a colon',
    'The tie is resolved as follows: 1. Check the results; 2. Draw lots.',
    ['The tie is resolved as follows: 1. Check the results; 2. Draw lots.']
  ],
  [
    'list numbers after sentences',
    'This raises questions. 1. Who is to blame? 2. What is to be done?',
    ['This raises questions.', '1. Who is to blame?', '2. What is to be done?']
  ],
  [
    'bulleted lines inside a paragraph',
    'You need:\n• a passport\n• a photo',
    ['You need:', '• a passport', '• a photo']
  ],
  [
    'numbered lines inside a paragraph',
    'Steps\n1. Open the file\n2) Save it',
    ['Steps', '1. Open the file', '2) Save it']
  ]
]

const addresses: Case[] = [
  [
    'a web address at the end of a sentence',
    'Read more at www.tut.by. Then come back.',
    ['Read more at www.tut.by.', 'Then come back.']
  ],
  [
    'a web address with capitals in its path',
    'See https://example.com/News.Html today.',
    ['See https://example.com/News.Html today.']
  ],
  [
    'an e-mail address',
    'Write to john.Smith@example.com. We will answer.',
    ['Write to john.Smith@example.com.', 'We will answer.']
  ],
  [
    'a file name',
    'The file report.pdf is attached. Check it.',
    ['The file report.pdf is attached.', 'Check it.']
  ],
  ['a version number', 'Version v1.2.3 was released.', ['Version v1.2.3 was released.']],
  ['a product name with a period', 'It runs on Node.js today.', ['It runs on Node.js today.']]
]

const speech: Case[] = [
  [
    'direct speech with the MT artefact .»,',
    '«I am pleased to take part.», – he said.',
    ['«I am pleased to take part.», – he said.']
  ],
  ['direct speech: «…», — he said.', '«I am pleased», — he said.', ['«I am pleased», — he said.']],
  ['"…!" he shouted', '"Go home!" he shouted.', ['"Go home!" he shouted.']],
  ['"…?" she asked', '"Will you come?" she asked.', ['"Will you come?" she asked.']],
  [
    'a quoted sentence, then a new one',
    '"Go home." Then he left.',
    ['"Go home."', 'Then he left.']
  ],
  [
    'a sentence ending inside straight quotes',
    'He said: "We are ready." Then he left.',
    ['He said: "We are ready."', 'Then he left.']
  ],
  [
    'a sentence ending inside curly quotes',
    'He said: “We are ready.” Then he left.',
    ['He said: “We are ready.”', 'Then he left.']
  ],
  [
    'a sentence ending inside straight single quotes',
    "He said: 'Ready.' Then he left.",
    ["He said: 'Ready.'", 'Then he left.']
  ],
  [
    'a sentence ending inside single quotes',
    'He said: ‘Ready.’ Then he left.',
    ['He said: ‘Ready.’', 'Then he left.']
  ],
  ['a sentence in brackets', '(See above.) The next point.', ['(See above.)', 'The next point.']],
  [
    'a sentence opened by a quote',
    'He paused. "Why?" she asked.',
    ['He paused.', '"Why?" she asked.']
  ],
  [
    'a reply opened by a dash',
    'He asked if she would come. — Yes, — she said.',
    ['He asked if she would come.', '— Yes, — she said.']
  ],
  [
    'a reply opened by a hyphen',
    'He asked if she would come. - Yes, she said.',
    ['He asked if she would come.', '- Yes, she said.']
  ],
  [
    'a dash and a capital start a new sentence',
    'He commented to «Voices of America». – He also will not give up voting.',
    ['He commented to «Voices of America».', '– He also will not give up voting.']
  ],
  [
    'a period after a closing quote',
    'Washington states: "morning chairs –money in the evening". And Lukashenka agrees.',
    ['Washington states: "morning chairs –money in the evening".', 'And Lukashenka agrees.']
  ],
  [
    'a sentence ending inside a quotation',
    '«This is a positive factor. Now the ball is in our half», he added.',
    ['«This is a positive factor.', 'Now the ball is in our half», he added.']
  ],
  [
    'an omission mark […] before a capital',
    '"We are ready […] Russia will help," he said.',
    ['"We are ready […] Russia will help," he said.']
  ],
  [
    'a short title in quotes with an exclamation mark inside',
    'It will be shown on the "Match! Football 2" channel.',
    ['It will be shown on the "Match! Football 2" channel.']
  ]
]

const informal: Case[] = [
  [
    'an emoji ending a sentence',
    "I don't regret coming to this salon!👍 The haircut was perfect.",
    ["I don't regret coming to this salon!👍", 'The haircut was perfect.']
  ],
  [
    'a smiley ending a sentence',
    "Some computers can't handle it :( So 4 stars.",
    ["Some computers can't handle it :(", 'So 4 stars.']
  ],
  ['® inside a name', 'It runs Windows® Vista and more.', ['It runs Windows® Vista and more.']]
]

const headings: Case[] = [
  [
    'a heading without final punctuation',
    'Commentary from politicians',
    ['Commentary from politicians']
  ],
  [
    'a heading with an abbreviation',
    'U.S. and Belarus: a new chapter',
    ['U.S. and Belarus: a new chapter']
  ],
  [
    'a heading with a question inside',
    'What next? Experts, politicians and diplomats',
    ['What next?', 'Experts, politicians and diplomats']
  ]
]

describe('English sentence splitting', () => {
  const groups = {
    punctuation,
    titles,
    abbreviations,
    names,
    numbers,
    addresses,
    speech,
    informal,
    headings
  }
  for (const [group, cases] of Object.entries(groups)) {
    describe(group, () => {
      it.each(cases)('%s', (_name, text, expected) => {
        expect(split(text)).toEqual(expected)
      })
    })
  }

  it('has at least 100 hand-written cases', () => {
    expect(Object.values(groups).flat().length).toBeGreaterThanOrEqual(100)
  })
})
