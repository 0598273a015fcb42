/**
 * The most frequent Russian words (mostly function words: в, и, что, на, не ...), which make up 40% of
 * running text. A short text is mostly such words, and their spelling in a wrong codepage is never
 * one of them, so they settle what letter pairs alone leave open (`он не`, `во время`).
 *
 * Stored as levels: `FREQUENT_WORD_LEVELS[L]` lists the words whose probability among these words is
 * about e^(-L/2). Built from the same corpus as `letter-bigrams.ts` (Russian side of WMT21 English->Russian
 * MQM), rebuilt and compared by `tests/unit/shared/text/cyrillic-model.test.ts`.
 */

export const FREQUENT_WORD_COUNT = 150
/** Share of running words that are among the frequent words. */
export const FREQUENT_WORD_COVERAGE = 0.4

// prettier-ignore
export const FREQUENT_WORD_LEVELS: readonly string[] = [
  '',
  '',
  '',
  '',
  '',
  'в и',
  'что на',
  'не это с',
  'как мы по я для',
  'из но то чтобы они он о которые за к или от его',
  'вы бы а так сказал если также есть у когда может их все был том будет было который могут быть более',
  'после до были того очень она время которая чем со нас еще лет даже во потому же только об сша должны теперь этот где больше',
  'этого испании эти просто тем этом была людей нет ее кто этой дыры будут образом вокруг министр них один можем воздуха некоторые нам дней ли люди вселенной этим этих можете человек им между которую поэтому своей является правительство через себя субботу дома году там оно уже вот менее сделать над течение черные эта',
  'могли поскольку дел видеть президент самом которое без многие можно эту безопасности всех деле свои возможно таким конечно говорится премьер сказала вас пациентов почему тех часть'
]

/**
 * Abbreviations and units news text writes in lower case (`млрд руб.`, `27 кг`, `ул.`): not words, so
 * their spelling is unlike anything else (`млрд` has no vowel), and common enough in news to be listed.
 * Each is given level 9 (about as frequent as `или`, `от`); a hand estimate, not a count.
 */
const NEWS_ABBREVIATIONS = 'тыс млн млрд трлн руб коп км кг мм см га ул им гг др пр кв мин сек'
const NEWS_ABBREVIATION_LEVEL = 9

const logProbabilities = new Map<string, number>()
FREQUENT_WORD_LEVELS.forEach((words, level) => {
  for (const word of words.split(' ').filter(Boolean)) logProbabilities.set(word, -level / 2)
})
for (const word of NEWS_ABBREVIATIONS.split(' ')) {
  if (!logProbabilities.has(word)) logProbabilities.set(word, -NEWS_ABBREVIATION_LEVEL / 2)
}

export const LONGEST_FREQUENT_WORD = Math.max(...[...logProbabilities.keys()].map((w) => w.length))

/** log P(word | it is a frequent word), in nats, for a lower-case word; undefined for other words. */
export function frequentWordLogProbability(word: string): number | undefined {
  return logProbabilities.get(word)
}
