/**
 * A user's phrase list (idioms, set phrases, names to watch for; the format of
 * resources/qa/calques.ru-en.json) from disk, validated, merged over the built-in list.
 */
import { CalqueFailure } from '@shared/domain/errors'
import { phraseBookWith, PhraseBookError, readPhraseFile, type PhraseBook } from '@shared/qa'
import { readUserTextFile } from './text-file'

/** @throws CalqueFailure with `path`: missing, unreadable, not JSON, or not a valid phrase file. */
export async function loadPhraseBook(paths: readonly string[]): Promise<PhraseBook> {
  const files = await Promise.all(
    paths.map(async (path) => {
      const text = await readUserTextFile(path)
      try {
        return readPhraseFile(JSON.parse(text))
      } catch (error) {
        if (error instanceof SyntaxError || error instanceof PhraseBookError) {
          throw new CalqueFailure({
            code: 'file-malformed',
            path,
            format: 'phrase list',
            detail: error.message
          })
        }
        throw error
      }
    })
  )
  try {
    return phraseBookWith(files)
  } catch (error) {
    if (error instanceof PhraseBookError) {
      throw new CalqueFailure({
        code: 'file-malformed',
        path: paths.join(', '),
        format: 'phrase list',
        detail: error.message
      })
    }
    throw error
  }
}
