/**
 * `readInterchange`: a bilingual file Calque (or another tool) exported -> reviewed articles, whatever
 * the format: Calque JSON, XLIFF 2.x, XLIFF 1.2, TMX. The format comes from the content (a JSON object,
 * or the XML root and its version), never from the extension. Pure: the caller reads the file
 * (`src/main/services/export/read-interchange-file.ts` with its size limit) and decides what to do
 * with the articles; a failure is a `CalqueFailure` thrown before anything is returned, so nothing
 * half-read can reach a project.
 */
import { CalqueFailure } from '../domain/errors'
import { attr, parseXml, type XmlStart } from '../import/readers/xml'
import { readCalqueJson } from './json'
import type { InterchangeReadOptions } from './options'
import { readTmxInterchange } from './tmx'
import type { InterchangeResult } from './types'
import { readXliff12Interchange } from './xliff12'
import { readXliff21Interchange } from './xliff21'

export type { InterchangeReadOptions } from './options'
export type { InterchangeNotice, InterchangeResult } from './types'

export function readInterchange(
  text: string,
  options: InterchangeReadOptions = {}
): InterchangeResult {
  const body = text.replace(/^\uFEFF/, '')
  if (/^\s*[[{]/.test(body)) return readCalqueJson(body)
  const root = rootElement(body)
  let result: InterchangeResult | undefined
  if (root.local === 'tmx') result = readTmxInterchange(body, options)
  else if (root.local === 'xliff') {
    const version = attr(root, 'version') ?? ''
    result =
      version.startsWith('2.') || root.uri === 'urn:oasis:names:tc:xliff:document:2.0'
        ? readXliff21Interchange(body, options)
        : readXliff12Interchange(body, options)
  }
  if (result) {
    if (result.articles.length > 0) return result
    throw new CalqueFailure({
      code: 'file-no-text',
      format: root.local === 'tmx' ? 'TMX' : 'XLIFF',
      detail: root.local === 'tmx' ? 'no unit has Russian or English text' : 'no <file> element'
    })
  }
  throw new CalqueFailure({
    code: 'file-format-unsupported',
    format: 'XML',
    detail: `the root element is <${root.local}>: Calque imports XLIFF, TMX and its own JSON`
  })
}

class RootFound {
  constructor(readonly root: XmlStart) {}
}

/** The root element, read with the safe XML reader (a DTD with entities is refused before it). */
function rootElement(text: string): XmlStart {
  try {
    parseXml(text, {
      // For errors before the root element (a bad prolog, an unsafe DTD): name the likely format.
      format: /<tmx[\s>]/.test(text.slice(0, 4096)) ? 'TMX' : 'XLIFF',
      onOpen: (element) => {
        throw new RootFound(element)
      }
    })
  } catch (thrown) {
    if (thrown instanceof RootFound) return thrown.root
    throw thrown
  }
  throw new CalqueFailure({ code: 'file-no-text', format: 'XML', detail: 'no root element' })
}
