/**
 * Names as anchors: capitalised words (and all-capital acronyms), keyed by their transliteration
 * skeleton so that Лукашенко meets Lukashenko. Capitalised function words that open sentences (В, По,
 * The, In, Die, Le) are not names. A short table covers the frequent names whose translations are
 * not transliterations (США ~ US, Китай ~ China, Великобритания ~ Britain).
 */
import { monthOf } from './months'
import { skeletonKeys } from './skeleton'

/** Lower-case stems (matched at the start of the word) -> the Latin name they stand for. */
const ENTITY_STEMS: readonly (readonly [string, string])[] = [
  ['сша', 'us'],
  ['евросоюз', 'eu'],
  ['кита', 'china'],
  ['великобритан', 'britain'],
  ['япони', 'japan'],
  ['польш', 'poland'],
  ['венгри', 'hungary'],
  ['турци', 'turkey'],
  ['швеци', 'sweden'],
  ['норвеги', 'norway'],
  ['испани', 'spain'],
  ['грузи', 'georgia'],
  ['кремл', 'kremlin'],
  ['пекин', 'beijing']
]

/** Acronyms, matched as whole words in capitals (their stems would catch ordinary words). */
const ENTITY_WORDS = new Map<string, string>([
  ['us', 'us'],
  ['usa', 'us'],
  ['ес', 'eu'],
  ['eu', 'eu'],
  ['оон', 'un'],
  ['un', 'un'],
  ['кнр', 'china'],
  ['uk', 'britain'],
  ['рф', 'russia']
])

const STOPWORDS = new Set(
  `
  в во на по с со к ко о об от до за из у для при но и а как это этот эта эти то тот та те он она оно
  они мы вы я его ее её их так также кроме однако после перед если когда что чтобы все всё уже еще ещё
  не ни да нет там тут здесь сейчас теперь поэтому потому между через под над без около против среди
  ведь лишь даже где куда почему зачем кто какой какая какие который которая которые этого этом том
  таким такой такие ранее позже сегодня вчера завтра по-прежнему впрочем итак зато или либо
  the a an in on at to for of and but or as it its he she they we you i his her their our my your this
  that these those there here what which who whom whose when where why how after before since despite
  although though however thus so if while with without from by about over under also according
  meanwhile moreover still yet now then some many most all both each such other another one not no
  yes is was are were will would can could should has have had do does did mr mrs ms dr
  der die das den dem des ein eine einen einem einer und oder aber im am an auf aus bei mit nach von
  vom zu zum zur es er sie wir ich du ihr man da dann doch wie was wer wo wenn als auch nur noch
  schon nicht kein keine dieser diese dieses hier dort um
  le la les un une des du de et ou mais dans en sur sous avec pour par il elle ils elles on nous vous
  je tu ce cette ces cet qui que quand comme si puis alors aussi ne pas au aux
`
    .split(/\s+/)
    .filter((w) => w !== '')
)

/**
 * Keys of a word if it reads as a name: capitalised, not a sentence-opening function word, not a
 * month (dates are their own anchors, and Russian does not capitalise months, so they would never
 * meet). Empty otherwise.
 */
export function nameKeys(word: string): string[] {
  const first = word[0]!
  if (first === first.toLowerCase()) return []
  const lower = word.toLowerCase()
  if (STOPWORDS.has(lower) || monthOf(lower, false) > 0) return []
  const entity = entityOf(lower, word === word.toUpperCase())
  // An entity keeps its own key too: the skeletons of "eu" and "un" are too short to be keys.
  return entity ? [`e:${entity}`, ...skeletonKeys(entity)] : skeletonKeys(word)
}

function entityOf(lower: string, allCapitals: boolean): string | undefined {
  if (allCapitals && ENTITY_WORDS.has(lower)) return ENTITY_WORDS.get(lower)
  for (const [stem, name] of ENTITY_STEMS) if (lower.startsWith(stem)) return name
  return undefined
}
