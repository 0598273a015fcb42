/**
 * Plain Russian/Belarusian/Ukrainian -> Latin transliteration of lower-case letters, shared by project
 * ids (ASCII slugs) and name matching across scripts (align/anchors/skeleton.ts).
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ў: 'u',
  ґ: 'g'
}

/** Lower-cases `text` and transliterates its Cyrillic letters; everything else is kept. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('')
}
