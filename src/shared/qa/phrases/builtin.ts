/** The built-in phrase book, validated and compiled once on first use (bundled JSON: works in every host). */
import calques from '../../../../resources/qa/calques.ru-en.json'
import { buildPhraseBook, readPhraseFile } from './book'
import type { PhraseFile } from './schema'
import type { PhraseBook } from './types'

let file: PhraseFile | undefined
let book: PhraseBook | undefined

export function builtinPhraseFile(): PhraseFile {
  return (file ??= readPhraseFile(calques))
}

export function builtinPhraseBook(): PhraseBook {
  return (book ??= buildPhraseBook([builtinPhraseFile()]))
}

/** The built-in list with a user's files over it (the first file given wins). */
export function phraseBookWith(userFiles: readonly PhraseFile[]): PhraseBook {
  return userFiles.length === 0
    ? builtinPhraseBook()
    : buildPhraseBook([...userFiles, builtinPhraseFile()])
}
