/**
 * Which language a text is in, by script: Cyrillic letters against Latin ones. Enough to tell a Russian
 * file from an English one (the pair is always ru/en), and to catch the classic mistakes: the two files
 * chosen the wrong way round, or a "translation" that is the untranslated source.
 */

export interface LanguageSniff {
  readonly language: 'ru' | 'en' | 'unknown'
  /** Cyrillic letters / (Cyrillic + Latin letters); 0 when there are none. */
  readonly cyrillicShare: number
  /** Cyrillic and Latin letters counted. */
  readonly letters: number
}

/** A side is called one language when its letters are at least this share of that script. */
const DECISIVE_SHARE = 0.6
/** Letters counted at most: the start of a 50 MB file says as much as all of it. */
const MAX_LETTERS = 100_000

export function sniffLanguage(text: string): LanguageSniff {
  let cyrillic = 0
  let latin = 0
  for (let i = 0; i < text.length && cyrillic + latin < MAX_LETTERS; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++
    else if (code < 0xc0) continue
    else if (code >= 0x0400 && code <= 0x052f) {
      if (isLetter(text[i]!)) cyrillic++
    } else if (code <= 0x024f && code !== 0xd7 && code !== 0xf7) latin++ // Latin-1 letters, not × ÷
  }
  const letters = cyrillic + latin
  const cyrillicShare = letters === 0 ? 0 : cyrillic / letters
  const language =
    letters === 0
      ? 'unknown'
      : cyrillicShare >= DECISIVE_SHARE
        ? 'ru'
        : 1 - cyrillicShare >= DECISIVE_SHARE
          ? 'en'
          : 'unknown'
  return { language, cyrillicShare: Math.round(cyrillicShare * 1000) / 1000, letters }
}

const LETTER = /\p{L}/u
const isLetter = (char: string): boolean => LETTER.test(char)
