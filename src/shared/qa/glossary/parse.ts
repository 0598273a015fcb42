/** A glossary file's text -> entries: TBX when it is XML, CSV/TSV otherwise. */
import { parseCsvGlossary } from './csv'
import { parseTbxGlossary } from './tbx'
import type { Glossary } from './types'

export function parseGlossary(text: string, fileName = ''): Glossary {
  const body = text.replace(/^\ufeff/, '').trimStart()
  if (/\.tbx$/i.test(fileName) || body.startsWith('<')) return parseTbxGlossary(body)
  return parseCsvGlossary(body)
}

/** Several glossaries as one (entries of each kept apart). */
export function mergeGlossaries(glossaries: readonly Glossary[]): Glossary {
  return {
    entries: glossaries.flatMap((g, k) => g.entries.map((e) => ({ ...e, id: `${k}:${e.id}` })))
  }
}
