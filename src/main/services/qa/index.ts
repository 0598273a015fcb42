/** Loading what the automatic checks need from disk, for the main process and the CLI. */
export {
  englishDictionaryFiles,
  loadEnglishSpeller,
  loadSpeller,
  type HunspellFiles
} from './speller'
export { loadGlossaryFile, loadGlossaryFiles } from './glossary-file'
export { loadPhraseBook } from './phrase-file'
export { readUserTextFile, MAX_QA_FILE_BYTES } from './text-file'
