/**
 * Light stemmers for matching phrases and terms across inflection: strip one inflectional ending, keep
 * at least three letters. Not Snowball: they only have to map the forms of one word to one key
 * (стулья, стульев, стульями -> стул; supporters, supported -> support), and a wrong merge of two
 * words costs little because a whole phrase must match. Words come in folded (`foldWord`).
 */

/** Russian noun, adjective, participle and verb endings, longest first. */
const RUSSIAN_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иях',
  'ием',
  'ией',
  'ьев',
  'ов',
  'ев',
  'ей',
  'ой',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ым',
  'им',
  'ия',
  'ии',
  'ию',
  'ье',
  'ья',
  'ью',
  'ьи',
  'ть',
  'ти',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'ел',
  'ил',
  'ал',
  'ял',
  'ла',
  'ло',
  'ли',
  'ся',
  'сь',
  'шь',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й'
]

export function stemRussian(word: string): string {
  let w = word
  if (w.endsWith('ся') || w.endsWith('сь')) w = w.slice(0, -2)
  for (const ending of RUSSIAN_ENDINGS) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) return w.slice(0, -ending.length)
  }
  return w
}

/** English: possessive, plural and verb endings, then one derivational suffix. */
export function stemEnglish(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word
  if (w.length <= 3) return w
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3))
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2))
  for (const suffix of ['ation', 'ment', 'ness', 'ion', 'ers', 'er', 'or', 'ly', 'ive']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length)
  }
  return w.endsWith('e') && w.length > 4 ? w.slice(0, -1) : w
}

/** stopp(ed) -> stop; but not fall -> fal. */
function undouble(stem: string): string {
  const n = stem.length
  if (n >= 4 && stem[n - 1] === stem[n - 2] && !/[lsz]/.test(stem[n - 1]!)) return stem.slice(0, -1)
  return stem
}

export function stemFor(word: string): string {
  return /[\u0400-\u04ff]/.test(word) ? stemRussian(word) : stemEnglish(word)
}
