import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importFile } from '@shared/import'
import {
  ENCODINGS,
  type BilingualImport,
  type ImportResult,
  type MonolingualImport
} from '@shared/import/types'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import { sampleEn, sampleRu } from '../../../helpers/paths'
import {
  encode,
  encodeSingleByte,
  encodeUtf16,
  encodeUtf8,
  representable,
  type SingleByte
} from '../../../helpers/encoders'

const ru = readFileSync(sampleRu, 'utf8')
const en = readFileSync(sampleEn, 'utf8')
const ruParagraphs = ru.trimEnd().split('\n\n')
const enParagraphs = en.trimEnd().split('\n\n')

function failure(run: () => unknown): CalqueError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CalqueFailure)
    return (error as CalqueFailure).error
  }
  throw new Error('expected a CalqueFailure')
}

const monolingual = (result: ImportResult): MonolingualImport => {
  expect(result.kind).toBe('monolingual')
  return result as MonolingualImport
}
const bilingual = (result: ImportResult): BilingualImport => {
  expect(result.kind).toBe('bilingual')
  return result as BilingualImport
}
const texts = (segments: readonly { text: string }[]) => segments.map((segment) => segment.text)

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

describe('importFile: the sample in every encoding opens identically', () => {
  const reference = monolingual(importFile(encodeUtf8(ru), 'ru.txt', { language: 'ru' }))

  it('reads the UTF-8 sample as 50 Russian segments, without warnings', () => {
    expect(reference.format).toBe('txt')
    expect(reference.encoding).toEqual({ name: 'utf-8', source: 'detected', confidence: 1 })
    expect(reference.document.segments).toHaveLength(50)
    expect(reference.warnings).toEqual([])
  })

  for (const encoding of ENCODINGS) {
    it(encoding, () => {
      const single = !encoding.startsWith('utf')
      const text = single ? representable(ru, encoding as SingleByte) : ru
      const expected = single
        ? monolingual(importFile(encodeUtf8(text), 'ru.txt', { language: 'ru' }))
        : reference
      const result = monolingual(importFile(encode(text, encoding), 'ru.txt', { language: 'ru' }))
      expect(result.encoding.name).toBe(encoding)
      expect(result.document).toEqual(expected.document)
      expect(result.warnings).toEqual([])
    })
  }

  it('Windows-1251 keeps the sample exactly: guillemets, dashes and all', () => {
    const result = monolingual(importFile(encode(ru, 'windows-1251'), 'ru.txt', { language: 'ru' }))
    expect(result.document).toEqual(reference.document)
  })

  it('UTF-16 without a BOM, full of NUL bytes, opens too', () => {
    const result = monolingual(
      importFile(encodeUtf16(ru, 'le', false), 'ru.txt', { language: 'ru' })
    )
    expect(result.encoding).toMatchObject({ name: 'utf-16le', source: 'detected' })
    expect(result.document).toEqual(reference.document)
  })
})

describe('importFile: the encoding the user chose', () => {
  it('is used as it is', () => {
    const bytes = encodeSingleByte(ru, 'windows-1251')
    const result = monolingual(
      importFile(bytes, 'ru.txt', { language: 'ru', encoding: 'windows-1251' })
    )
    expect(result.encoding).toEqual({ name: 'windows-1251', source: 'user', confidence: 1 })
    // Even when it is wrong: the user asked, the text shows it.
    const wrong = monolingual(importFile(bytes, 'ru.txt', { language: 'ru', encoding: 'koi8-r' }))
    expect(wrong.encoding.source).toBe('user')
    expect(wrong.document.text).not.toContain('Минск')
  })

  it('is refused when it cannot read the bytes, with the offset of the first one', () => {
    const bytes = encodeSingleByte(ru, 'windows-1251')
    const offset = [...bytes].findIndex((byte) => byte >= 0x80)
    expect(
      failure(() => importFile(bytes, 'ru.txt', { language: 'ru', encoding: 'utf-8' }))
    ).toEqual({
      code: 'encoding-mismatch',
      encoding: 'utf-8',
      offset,
      detail: `byte 0x${bytes[offset]!.toString(16).toUpperCase()} at offset ${offset}`
    })
  })
})

describe('importFile: uncertain detection is reported', () => {
  it('warns on a one-word file, which is little evidence', () => {
    const result = importFile(encodeSingleByte('Минск', 'koi8-r'), 'word.txt', { language: 'ru' })
    expect(result.encoding.name).toBe('koi8-r')
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'encoding-uncertain' }))
  })

  it('reads damaged UTF-8 with U+FFFD and says where the damage is', () => {
    const bytes = encodeUtf8(ru)
    const at = bytes.indexOf(0x20, 100) // between two characters
    const damaged = Uint8Array.from([...bytes.subarray(0, at), 0xc0, ...bytes.subarray(at)])
    const result = monolingual(importFile(damaged, 'ru.txt', { language: 'ru' }))
    expect(result.document.text).toContain('\ufffd')
    expect(result.warnings).toEqual([{ code: 'encoding-damaged', count: 1, offset: at }])
  })
})

describe('importFile: formats', () => {
  it('reads Markdown by its extension', () => {
    const markdown = `# ${ruParagraphs[0]}\n\n${ruParagraphs.slice(1).join('\n\n')}`
    const result = monolingual(importFile(encodeUtf8(markdown), 'article.md', { language: 'ru' }))
    expect(result.format).toBe('md')
    expect(result.document.segments).toHaveLength(50)
  })

  it('reads a web page saved as .txt as HTML, and honours its meta charset', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="windows-1251"><title>t</title></head><body><nav>Главная</nav><h1>${ruParagraphs[0]}</h1>${ruParagraphs
      .slice(1, 4)
      .map((p) => `<p>${escapeXml(p)}</p>`)
      .join('')}</body></html>`
    const result = monolingual(
      importFile(encodeSingleByte(html, 'windows-1251'), 'page.txt', { language: 'ru' })
    )
    expect(result.format).toBe('html')
    expect(result.encoding).toEqual({ name: 'windows-1251', source: 'declared', confidence: 1 })
    expect(texts(result.document.segments)[0]).toBe(ruParagraphs[0])
    expect(result.document.text).not.toContain('Главная')
  })

  it('reads a DOCX by its ZIP signature, whatever its name', () => {
    const body = ruParagraphs
      .slice(0, 4)
      .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
      .join('')
    const docx = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
      )
    })
    const result = monolingual(importFile(docx, 'article.doc', { language: 'ru' }))
    expect(result.format).toBe('docx')
    expect(result.encoding).toEqual({ name: 'utf-8', source: 'declared', confidence: 1 })
    const plain = monolingual(
      importFile(encodeUtf8(ruParagraphs.slice(0, 4).join('\n\n')), 'a.txt', { language: 'ru' })
    )
    expect(texts(result.document.segments)).toEqual(texts(plain.document.segments))
  })
})

describe('importFile: bilingual files keep their pairing', () => {
  const sentencesRu = [
    'Минск и Вашингтон договорились.',
    'Послы вернутся.',
    'Это исторический момент.'
  ]
  const sentencesEn = [
    'Minsk and Washington agreed.',
    'Ambassadors will return.',
    'This is a historic moment.'
  ]

  function xliff2(
    sourceLanguage: string,
    targetLanguage: string,
    pairs: [string, string][]
  ): string {
    const units = pairs
      .map(
        ([source, target], i) =>
          `<unit id="u${i}"><segment><source>${escapeXml(source)}</source><target>${escapeXml(target)}</target></segment></unit>`
      )
      .join('')
    return `<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${sourceLanguage}" trgLang="${targetLanguage}"><file id="f">${units}</file></xliff>`
  }

  it('XLIFF 2.0: one segment per unit, beads 1-1, each unit a paragraph', () => {
    const pairs = sentencesRu.map((s, i): [string, string] => [s, sentencesEn[i]!])
    const result = bilingual(
      importFile(encodeUtf8(xliff2('ru-RU', 'en-US', pairs)), 'a.xlf', { language: 'ru' })
    )
    expect(result.format).toBe('xliff2')
    expect(texts(result.source.segments)).toEqual(sentencesRu)
    expect(texts(result.target.segments)).toEqual(sentencesEn)
    expect(result.source.text).toBe(sentencesRu.join('\n\n'))
    expect(result.source.paragraphs).toHaveLength(3)
    expect(result.pairs).toEqual([0, 1, 2].map((i) => ({ source: [i], target: [i] })))
    expect(result.source.language).toBe('ru')
    expect(result.target.language).toBe('en')
    expect(result.warnings).toEqual([])
  })

  it('turns an English-to-Russian file round, so the source is Russian', () => {
    const pairs = sentencesEn.map((s, i): [string, string] => [s, sentencesRu[i]!])
    const result = bilingual(
      importFile(encodeUtf8(xliff2('en', 'ru', pairs)), 'a.xliff', { language: 'ru' })
    )
    expect(texts(result.source.segments)).toEqual(sentencesRu)
    expect(texts(result.target.segments)).toEqual(sentencesEn)
  })

  it('XLIFF 1.2 with a segmented source: unequal counts make one bead of the unit', () => {
    const xliff = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru" target-language="en" datatype="plaintext" original="a"><body>
      <trans-unit id="1"><source>${escapeXml(sentencesRu[0]!)} ${escapeXml(sentencesRu[1]!)}</source>
        <seg-source><mrk mtype="seg" mid="1">${escapeXml(sentencesRu[0]!)}</mrk> <mrk mtype="seg" mid="2">${escapeXml(sentencesRu[1]!)}</mrk></seg-source>
        <target>${escapeXml(sentencesEn[0]!)} ${escapeXml(sentencesEn[1]!)}</target></trans-unit>
      <trans-unit id="2"><source>${escapeXml(sentencesRu[2]!)}</source><target>${escapeXml(sentencesEn[2]!)}</target></trans-unit>
    </body></file></xliff>`
    const result = bilingual(importFile(encodeUtf8(xliff), 'a.xlf', { language: 'ru' }))
    expect(result.format).toBe('xliff12')
    expect(result.source.segments).toHaveLength(3)
    expect(result.target.segments).toHaveLength(2)
    expect(result.pairs).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1] }
    ])
    // Segments of one unit are separated by a line break, units by a blank line.
    expect(result.source.text).toBe(`${sentencesRu[0]}\n${sentencesRu[1]}\n\n${sentencesRu[2]}`)
  })

  it('TMX and CSV, with the language of each column sniffed when undeclared', () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="ru" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>${sentencesRu
      .map(
        (s, i) =>
          `<tu><tuv xml:lang="en"><seg>${escapeXml(sentencesEn[i]!)}</seg></tuv><tuv xml:lang="ru"><seg>${escapeXml(s)}</seg></tuv></tu>`
      )
      .join('')}</body></tmx>`
    const fromTmx = bilingual(importFile(encodeUtf8(tmx), 'memory.tmx', { language: 'ru' }))
    expect(fromTmx.format).toBe('tmx')
    expect(texts(fromTmx.source.segments)).toEqual(sentencesRu)

    const csv = sentencesEn.map((s, i) => `"${s}","${sentencesRu[i]}"`).join('\r\n')
    const fromCsv = bilingual(
      importFile(encodeSingleByte(csv, 'windows-1251'), 'pairs.csv', { language: 'ru' })
    )
    expect(fromCsv.encoding.name).toBe('windows-1251')
    expect(texts(fromCsv.source.segments)).toEqual(sentencesRu)
    expect(texts(fromCsv.target.segments)).toEqual(sentencesEn)
  })

  it('honours the XML declaration of the encoding', () => {
    const pairs = sentencesRu.map((s, i): [string, string] => [s, sentencesEn[i]!])
    const xml = xliff2('ru', 'en', pairs).replace('encoding="UTF-8"', 'encoding="windows-1251"')
    const result = bilingual(
      importFile(encodeSingleByte(xml, 'windows-1251'), 'a.xlf', { language: 'ru' })
    )
    expect(result.encoding).toEqual({ name: 'windows-1251', source: 'declared', confidence: 1 })
    expect(texts(result.source.segments)).toEqual(sentencesRu)
  })

  it('detects the encoding, with a warning, when the declaration is wrong or unknown', () => {
    const pairs = sentencesRu.map((s, i): [string, string] => [s, sentencesEn[i]!])
    const lying = encodeSingleByte(xliff2('ru', 'en', pairs), 'windows-1251') // says UTF-8
    const fromLying = bilingual(importFile(lying, 'a.xlf', { language: 'ru' }))
    expect(fromLying.encoding).toMatchObject({ name: 'windows-1251', source: 'detected' })
    expect(fromLying.warnings[0]).toEqual({
      code: 'encoding-overruled',
      detail: 'UTF-8',
      encoding: 'windows-1251'
    })
    expect(texts(fromLying.source.segments)).toEqual(sentencesRu)

    const latin2 = xliff2('ru', 'en', pairs).replace('encoding="UTF-8"', 'encoding="iso-8859-2"')
    const fromLatin2 = bilingual(importFile(encodeUtf8(latin2), 'a.xlf', { language: 'ru' }))
    expect(fromLatin2.encoding.name).toBe('utf-8')
    expect(fromLatin2.warnings[0]).toEqual({
      code: 'encoding-overruled',
      detail: 'iso-8859-2',
      encoding: 'utf-8'
    })
  })

  it('an untranslated file (every target empty) has an empty side', () => {
    const pairs = sentencesRu.map((s): [string, string] => [s, ''])
    const xml = xliff2('ru', 'en', pairs).replace(/<target><\/target>/g, '')
    expect(failure(() => importFile(encodeUtf8(xml), 'a.xlf', { language: 'ru' }))).toMatchObject({
      code: 'file-empty',
      side: 'target'
    })
  })

  it('a target that is Russian too is warned about', () => {
    const pairs = sentencesRu.map((s): [string, string] => [s, s])
    const result = importFile(encodeUtf8(xliff2('ru', 'en', pairs)), 'a.xlf', { language: 'ru' })
    expect(result.warnings).toContainEqual({ code: 'looks-russian', side: 'target' })
  })
})

describe('importFile: bad input', () => {
  const options = { language: 'ru' } as const

  it('refuses images, PDFs, old Word files and archives by what they are', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48
    ])
    expect(failure(() => importFile(png, 'ru.txt', options))).toEqual({
      code: 'file-format-unsupported',
      format: 'PNG image',
      detail: 'a PNG image, named .txt'
    })
    const pdf = strToU8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')
    expect(failure(() => importFile(pdf, 'article.pdf', options))).toMatchObject({
      code: 'file-format-unsupported',
      format: 'PDF document'
    })
    const zip = zipSync({ 'notes.txt': strToU8(ru) })
    expect(failure(() => importFile(zip, 'article.zip', options))).toMatchObject({
      code: 'file-format-unsupported',
      format: 'ZIP archive'
    })
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })
    expect(failure(() => importFile(xlsx, 'table.xlsx', options))).toMatchObject({
      format: 'Excel workbook (.xlsx)'
    })
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(failure(() => importFile(doc, 'old.doc', options)).format).toMatch(/Word 97-2003/)
  })

  it('refuses other binary data', () => {
    const junk = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256)
    expect(failure(() => importFile(junk, 'data.txt', options))).toEqual({
      code: 'file-format-unsupported',
      format: 'binary',
      detail: 'binary data, not text'
    })
  })

  it('calls an empty or blank file empty', () => {
    expect(failure(() => importFile(new Uint8Array(0), 'ru.txt', options))).toEqual({
      code: 'file-empty'
    })
    expect(failure(() => importFile(encodeUtf8(' \n\r\n\t \u00a0'), 'ru.txt', options))).toEqual({
      code: 'file-empty'
    })
    expect(failure(() => importFile(encodeUtf8('\u200b\u00ad\u200b'), 'ru.txt', options))).toEqual({
      code: 'file-empty'
    })
    expect(failure(() => importFile(encodeUtf16('  \n', 'le'), 'ru.txt', options))).toEqual({
      code: 'file-empty'
    })
  })

  it('says a Markdown file with only code holds no text', () => {
    expect(
      failure(() => importFile(encodeUtf8('```\nx = 1\n```\n'), 'a.md', options))
    ).toMatchObject({
      code: 'file-no-text'
    })
  })

  it('refuses XML that is neither XLIFF nor TMX', () => {
    const xml = encodeUtf8('<?xml version="1.0"?><!-- feed --><rss version="2.0"><channel/></rss>')
    expect(failure(() => importFile(xml, 'feed.xml', options))).toEqual({
      code: 'file-format-unsupported',
      format: 'XML',
      detail: 'XML with the root element <rss>, not XLIFF or TMX'
    })
  })

  it('warns when the English side looks Russian, and the reverse', () => {
    expect(importFile(encodeUtf8(ru), 'mt.txt', { language: 'en' }).warnings).toEqual([
      { code: 'looks-russian' }
    ])
    expect(importFile(encodeUtf8(en), 'source.txt', { language: 'ru' }).warnings).toEqual([
      { code: 'looks-english' }
    ])
    expect(importFile(encodeUtf8(enParagraphs[2]!), 'mt.txt', { language: 'en' }).warnings).toEqual(
      []
    )
  })
})
