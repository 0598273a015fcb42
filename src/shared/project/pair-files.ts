/**
 * Which files of a folder are article pairs: `name.ru.ext` with `name.en.ext` (any supported
 * extensions, which may differ), or `ru/name.ext` with `en/name.ext`. Pure: main lists the folder.
 */
export interface FilePair {
  /** The shared name (`belarus-usa`), naming the article until its headline is read. */
  readonly name: string
  readonly source: string
  readonly target: string
}

export interface PairedFolder {
  readonly pairs: readonly FilePair[]
  /** Files that look like one half of a pair but have no other half. */
  readonly unmatched: readonly string[]
}

const HALF = /^(.+)\.(ru|en)\.[A-Za-z0-9]{1,8}$/

/**
 * `files` are paths relative to the folder with `/` separators (`a.ru.txt`, `ru/a.txt`). Pairs are
 * sorted by name so that articles are added in a predictable order.
 */
export function pairFiles(files: readonly string[]): PairedFolder {
  const halves = new Map<string, { ru?: string; en?: string }>()
  const add = (key: string, language: 'ru' | 'en', file: string): void => {
    const entry = halves.get(key) ?? {}
    // Two candidates for one half (a.ru.txt and a.ru.docx): the first in sorted order wins.
    if (entry[language] === undefined) entry[language] = file
    halves.set(key, entry)
  }
  for (const file of [...files].sort()) {
    const parts = file.split('/')
    if (parts.length === 2 && (parts[0] === 'ru' || parts[0] === 'en')) {
      const stem = parts[1]!.replace(/\.[A-Za-z0-9]{1,8}$/, '')
      if (stem && !stem.startsWith('.')) add(`dir:${stem}`, parts[0], file)
      continue
    }
    if (parts.length !== 1) continue
    const match = HALF.exec(parts[0]!)
    if (match) add(`name:${match[1]}`, match[2] as 'ru' | 'en', file)
  }
  const pairs: FilePair[] = []
  const unmatched: string[] = []
  for (const [key, entry] of halves) {
    if (entry.ru && entry.en)
      pairs.push({ name: key.slice(key.indexOf(':') + 1), source: entry.ru, target: entry.en })
    else unmatched.push((entry.ru ?? entry.en)!)
  }
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { pairs, unmatched: unmatched.sort() }
}
