/**
 * The English speller for the spelling check, built from the Hunspell files of the `dictionary-en`
 * package. That package is an ES module that reads its files with top-level await, which a bundled
 * CommonJS main process or CLI cannot import; so its folder is resolved here and the two files are
 * read as text and handed to the pure `createSpeller` (src/shared/qa). Built once per process: nspell
 * needs a few hundred milliseconds to index the dictionary.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { createSpeller, type Speller, type SpellerOptions } from '@shared/qa'

/** Where a Hunspell dictionary's two files are. */
export interface HunspellFiles {
  readonly aff: string
  readonly dic: string
}

/** The en-US dictionary that ships with Calque (the `dictionary-en` package's folder). */
export function englishDictionaryFiles(): HunspellFiles {
  // `exports` of dictionary-en names only its entry point, so resolve that and take its folder.
  // From `__filename` (as resolve-worker.ts does), not `import.meta.url`: the end-to-end harness loads
  // main's services as CommonJS, where `import.meta` does not exist.
  const entry = createRequire(__filename).resolve('dictionary-en')
  const folder = dirname(entry)
  return { aff: join(folder, 'index.aff'), dic: join(folder, 'index.dic') }
}

export async function loadSpeller(
  files: HunspellFiles,
  options?: SpellerOptions
): Promise<Speller> {
  const [aff, dic] = await Promise.all([readFile(files.aff, 'utf8'), readFile(files.dic, 'utf8')])
  return createSpeller(aff, dic, options)
}

let english: Promise<Speller> | undefined

/** The shared English speller of this process (built on first use). */
export function loadEnglishSpeller(): Promise<Speller> {
  english ??= loadSpeller(englishDictionaryFiles()).catch((error: unknown) => {
    english = undefined // let a later call try again
    throw error
  })
  return english
}
