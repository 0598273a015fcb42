/**
 * Numbers written as words, which a translation may use for digits and the reverse ("5 сотрудников" ->
 * "five employees", "в 2 раза" -> "twice", "двое" -> "2"). Only used to excuse a number that has no
 * digit counterpart, never reported themselves, so a loose match (однако starts like одна) costs
 * nothing but a missed report.
 */

const ENGLISH: Readonly<Record<string, readonly number[]>> = {
  zero: [0],
  one: [1],
  two: [2],
  three: [3],
  four: [4],
  five: [5],
  six: [6],
  seven: [7],
  eight: [8],
  nine: [9],
  ten: [10],
  eleven: [11],
  twelve: [12],
  thirteen: [13],
  fourteen: [14],
  fifteen: [15],
  sixteen: [16],
  seventeen: [17],
  eighteen: [18],
  nineteen: [19],
  twenty: [20],
  thirty: [30],
  forty: [40],
  fifty: [50],
  sixty: [60],
  seventy: [70],
  eighty: [80],
  ninety: [90],
  hundred: [100],
  hundreds: [100],
  thousand: [1000],
  thousands: [1000],
  million: [1e6],
  millions: [1e6],
  billion: [1e9],
  billions: [1e9],
  trillion: [1e12],
  dozen: [12],
  dozens: [12],
  first: [1],
  second: [2],
  third: [3, 0.33],
  fourth: [4],
  fifth: [5, 0.2],
  sixth: [6],
  seventh: [7],
  eighth: [8],
  ninth: [9],
  tenth: [10, 0.1],
  eleventh: [11],
  twelfth: [12],
  thirteenth: [13],
  fourteenth: [14],
  fifteenth: [15],
  sixteenth: [16],
  seventeenth: [17],
  eighteenth: [18],
  nineteenth: [19],
  twentieth: [20],
  thirtieth: [30],
  hundredth: [100],
  thousandth: [1000],
  once: [1],
  single: [1],
  twice: [2],
  double: [2],
  doubled: [2],
  twofold: [2],
  triple: [3],
  tripled: [3],
  threefold: [3],
  half: [2, 0.5],
  halved: [2, 0.5],
  quarter: [4, 0.25],
  quarters: [4, 0.25],
  both: [2],
  pair: [2],
  couple: [2],
  decade: [10],
  decades: [10],
  century: [100],
  noon: [12],
  midnight: [0, 24],
  none: [0],
  no: [0]
}

/** Russian by stem (the start of the word), longest stems first where they overlap. */
const RUSSIAN_STEMS: readonly (readonly [string, readonly number[]])[] = [
  ['четырехсот', [400]],
  ['шестисот', [600]],
  ['семисот', [700]],
  ['восьмисот', [800]],
  ['девятисот', [900]],
  ['круглосуточн', [24, 7]],
  ['сутк', [24, 1]],
  ['суток', [24, 1]],
  ['полгод', [6, 0.5]],
  ['полчаса', [30, 0.5]],
  ['полвек', [50, 0.5]],
  ['двойк', [2]],
  ['тройк', [3]],
  ['четверк', [4]],
  ['пятерк', [5]],
  ['шестерк', [6]],
  ['семерк', [7]],
  ['восьмерк', [8]],
  ['девятк', [9]],
  ['двадцатк', [20]],
  ['месяц', [1]],
  ['недел', [1]],
  ['одиннадцат', [11]],
  ['двенадцат', [12]],
  ['тринадцат', [13]],
  ['четырнадцат', [14]],
  ['пятнадцат', [15]],
  ['шестнадцат', [16]],
  ['семнадцат', [17]],
  ['восемнадцат', [18]],
  ['девятнадцат', [19]],
  ['двадцат', [20]],
  ['тридцат', [30]],
  ['пятьдесят', [50]],
  ['пятидесят', [50]],
  ['шестьдесят', [60]],
  ['шестидесят', [60]],
  ['семьдесят', [70]],
  ['семидесят', [70]],
  ['восемьдесят', [80]],
  ['восьмидесят', [80]],
  ['девяност', [90]],
  ['сорок', [40]],
  ['двест', [200]],
  ['двухсот', [200]],
  ['трист', [300]],
  ['трехсот', [300]],
  ['четырест', [400]],
  ['пятьсот', [500]],
  ['пятисот', [500]],
  ['шестьсот', [600]],
  ['семьсот', [700]],
  ['восемьсот', [800]],
  ['девятьсот', [900]],
  ['тысяч', [1000]],
  ['миллион', [1e6]],
  ['миллиард', [1e9]],
  ['триллион', [1e12]],
  ['сотн', [100]],
  ['сотен', [100]],
  ['десятк', [10]],
  ['десяток', [10]],
  ['дюжин', [12]],
  ['полтор', [1.5]],
  ['половин', [2, 0.5]],
  ['четверт', [4, 0.25]],
  ['одн', [1]],
  ['перв', [1]],
  ['втор', [2]],
  ['трет', [3]],
  ['четыр', [4]],
  ['четвер', [4]],
  ['пят', [5]],
  ['шест', [6]],
  ['седьм', [7]],
  ['восем', [8]],
  ['восьм', [8]],
  ['девят', [9]],
  ['десят', [10]],
  ['двое', [2]],
  ['двух', [2]],
  ['двум', [2]],
  ['трое', [3]],
  ['трех', [3]],
  ['трём', [3]],
  ['трем', [3]],
  ['четвер', [4]],
  ['дважды', [2]],
  ['трижды', [3]],
  ['вдвое', [2]],
  ['втрое', [3]],
  ['вчетверо', [4]],
  ['десятилет', [10]],
  ['столет', [100]]
]
/** Short forms matched whole, since their stems start too many other words. */
const RUSSIAN_WORDS: Readonly<Record<string, readonly number[]>> = {
  два: [2],
  две: [2],
  три: [3],
  семь: [7],
  семи: [7],
  сто: [100],
  ста: [100],
  оба: [2],
  обе: [2],
  обоих: [2],
  пол: [0.5],
  ноль: [0],
  нуля: [0],
  век: [100],
  год: [1],
  года: [1],
  году: [1],
  годом: [1],
  час: [1],
  часа: [1],
  день: [1],
  сутки: [24, 1]
}

const valueKey = (value: number) => `n:${value}`

const ROMAN = /\b[IVXLC]{1,7}\b/g
const VALID_ROMAN = /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/

/**
 * Roman numerals as `n:` keys (XXI века -> 21st century, II квартал -> Q2). `minLength` 2 for English,
 * where a lone I is a pronoun.
 */
export function romanKeys(text: string, minLength: number): Set<string> {
  const keys = new Set<string>()
  if (!/[IVXLC]/.test(text)) return keys
  for (const [numeral] of text.matchAll(ROMAN)) {
    if (numeral.length < minLength || !VALID_ROMAN.test(numeral)) continue
    let value = 0
    for (let k = 0; k < numeral.length; k++) {
      const v = ROMAN_VALUES[numeral[k]!]!
      const next = ROMAN_VALUES[numeral[k + 1] ?? ''] ?? 0
      value += v < next ? -v : v
    }
    if (value > 0) keys.add(valueKey(value))
  }
  return keys
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

/** The values of the number words of a row side, as `n:<value>` keys. */
export function numberWordKeys(
  words: { readonly count: number; folded(k: number): string },
  language: 'ru' | 'en'
): Set<string> {
  const keys = new Set<string>()
  let running = 0
  const valuesOf = language === 'en' ? englishValues : russianValues
  for (let k = 0; k < words.count; k++) {
    const word = words.folded(k)
    const values = valuesOf(word)
    if (!values && word.includes('-')) {
      // "four-year-old", "городах-миллионниках": the number is one part of the compound.
      for (const part of word.split('-')) {
        const partValues = valuesOf(part)
        if (partValues) for (const value of partValues) keys.add(valueKey(value))
      }
    }
    if (!values) {
      running = 0
      continue
    }
    for (const value of values) keys.add(valueKey(value))
    // "two hundred", "twenty five", "три тысячи": compose with the previous number word.
    const value = values[0]!
    if (running > 0) {
      running = value >= 100 && running < value ? running * value : running + value
      keys.add(valueKey(running))
    } else running = value
  }
  return keys
}

function englishValues(word: string): readonly number[] | undefined {
  const direct = ENGLISH[word]
  if (direct) return direct
  if (word.includes('-')) {
    // twenty-five, thirty-first
    const [tens, units] = word.split('-')
    const a = ENGLISH[tens!]?.[0]
    const b = ENGLISH[units!]?.[0]
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return [a + b]
  }
  return undefined
}

/** The stems by their first letter, in list order (a word is compared with a handful, not all). */
const STEMS_BY_INITIAL = new Map<string, (readonly [string, readonly number[]])[]>()
for (const entry of RUSSIAN_STEMS) {
  const list = STEMS_BY_INITIAL.get(entry[0][0]!)
  if (list) list.push(entry)
  else STEMS_BY_INITIAL.set(entry[0][0]!, [entry])
}

function russianValues(word: string): readonly number[] | undefined {
  const direct = RUSSIAN_WORDS[word]
  if (direct) return direct
  const stems = STEMS_BY_INITIAL.get(word[0] ?? '')
  if (stems) for (const [stem, values] of stems) if (word.startsWith(stem)) return values
  return undefined
}
