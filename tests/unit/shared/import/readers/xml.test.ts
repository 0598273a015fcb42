import { describe, expect, it } from 'vitest'
import { parseXml, type XmlElement } from '@shared/import/readers/xml'
import { readDocx } from '@shared/import/readers/docx'
import { readTmx } from '@shared/import/readers/tmx'
import { readXliff } from '@shared/import/readers/xliff'
import { buildDocx, failureOf, wp } from './helpers'

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<xliff version="1.2"><file><body><trans-unit id="1"><source>&lol9;</source></trans-unit></body></file></xliff>`

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>&x;</seg></tuv></tu></body></tmx>`

const PARAMETER_ENTITY = `<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<tmx version="1.4"><body/></tmx>`

/** Captures every element named `name` and returns them. */
function capture(xml: string, name: string): XmlElement[] {
  const found: XmlElement[] = []
  parseXml(xml, {
    format: 'XLIFF',
    onOpen: (element) => (element.local === name ? 'capture' : undefined),
    onElement: (element) => found.push(element)
  })
  return found
}

describe('safe XML: entity declarations are refused before anything is read', () => {
  it('refuses the billion laughs', () => {
    expect(failureOf(() => readXliff(BILLION_LAUGHS))).toEqual({
      code: 'file-unsafe-xml',
      format: 'XLIFF',
      detail: 'a DOCTYPE with an internal subset'
    })
  })

  it('refuses an external entity (file:///etc/passwd)', () => {
    expect(failureOf(() => readTmx(EXTERNAL_ENTITY, 'ru'))).toMatchObject({
      code: 'file-unsafe-xml',
      format: 'TMX'
    })
  })

  it('refuses a parameter entity pointing at a server', () => {
    expect(failureOf(() => readTmx(PARAMETER_ENTITY, 'ru')).code).toBe('file-unsafe-xml')
  })

  it('refuses an <!ENTITY outside any DOCTYPE as unsafe, not just malformed', () => {
    const xml = '<xliff version="1.2"><!ENTITY x "y"><file/></xliff>'
    expect(failureOf(() => readXliff(xml)).code).toBe('file-unsafe-xml')
  })

  it('refuses the same inside a DOCX, naming the part', () => {
    const docx = buildDocx({ body: wp('Минск и Вашингтон.') })
    expect(readDocx(docx).blocks).toHaveLength(1)
    const bomb = buildDocx({
      body: '',
      extra: {
        'word/document.xml': new TextEncoder().encode(
          '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>'
        )
      }
    })
    expect(failureOf(() => readDocx(bomb))).toEqual({
      code: 'file-unsafe-xml',
      format: 'DOCX',
      detail: 'word/document.xml: a DOCTYPE with an internal subset'
    })
  })

  it('allows a DOCTYPE that only names an external DTD, and never fetches it', () => {
    const xml =
      '<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd"><tmx><body><tu><tuv xml:lang="ru"><seg>Да</seg></tuv></tu></body></tmx>'
    expect(readTmx(xml, 'ru').units).toEqual([{ source: ['Да'], target: [] }])
  })

  it('keeps a "[" inside a quoted system id apart from an internal subset', () => {
    const xml =
      '<!DOCTYPE tmx SYSTEM "tmx[1.4].dtd"><tmx><body><tu><tuv xml:lang="ru"><seg>Да</seg></tuv></tu></body></tmx>'
    expect(readTmx(xml, 'ru').units).toHaveLength(1)
  })

  it('calls an entity the DTD would define (&nbsp;) malformed: there is no DTD to define it', () => {
    const xml = '<xliff version="1.2">\n  <file>&nbsp;</file>\n</xliff>'
    expect(failureOf(() => readXliff(xml))).toEqual({
      code: 'file-malformed',
      format: 'XLIFF',
      line: 2,
      column: 14,
      detail: 'undefined entity'
    })
  })
})

describe('safe XML: well-formedness errors carry the line and column', () => {
  it('points at the wrong closing tag, counting Cyrillic letters as one column each', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      '  <file source-language="ru" target-language="en"><body>',
      '      <trans-unit id="1"><source>Минск</target></trans-unit>',
      '  </body></file>',
      '</xliff>'
    ].join('\n')
    // "      <trans-unit id=\"1\">" is 25 characters, "<source>" 8, "Минск" 5, "</target>" 9: the '>' is the 47th.
    expect(failureOf(() => readXliff(xml))).toEqual({
      code: 'file-malformed',
      format: 'XLIFF',
      line: 4,
      column: 47,
      detail: 'unexpected close tag'
    })
  })

  it('reports a file cut off in the middle', () => {
    const xml = '<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="ru"><seg>Минск и Вашингтон'
    const error = failureOf(() => readTmx(xml, 'ru'))
    expect(error).toMatchObject({ code: 'file-malformed', format: 'TMX', line: 3 })
    expect(error.detail).toMatch(/unclosed tag/)
  })

  it('refuses text that is not XML at all', () => {
    expect(failureOf(() => readXliff('Минск и Вашингтон договорились.'))).toMatchObject({
      code: 'file-malformed',
      format: 'XLIFF',
      line: 1
    })
  })

  it('refuses an empty document', () => {
    expect(failureOf(() => readXliff('')).code).toBe('file-malformed')
  })

  it('refuses an unbound namespace prefix', () => {
    expect(failureOf(() => readXliff('<xliff version="1.2"><its:x/></xliff>')).detail).toMatch(
      /unbound namespace prefix/
    )
  })
})

describe('safe XML: limits', () => {
  it('refuses nesting deeper than the limit, at the element that passes it', () => {
    const xml = '<a>'.repeat(4) + '\n  <b>' + '</b>' + '</a>'.repeat(4)
    const error = failureOf(() => parseXml(xml, { format: 'XLIFF', limits: { maxDepth: 4 } }))
    expect(error).toEqual({
      code: 'file-malformed',
      format: 'XLIFF',
      line: 2,
      column: 3,
      detail: 'elements nested deeper than 4 levels'
    })
  })

  it('refuses nesting 100 000 levels deep with the default limit, without overflowing the stack', () => {
    const xml = '<a>'.repeat(100_000) + '</a>'.repeat(100_000)
    expect(failureOf(() => readXliff(xml)).code).toBe('file-format-unsupported')
    const deepXliff = '<xliff version="1.2">' + '<g>'.repeat(100_000)
    expect(failureOf(() => readXliff(deepXliff)).detail).toBe(
      'elements nested deeper than 256 levels'
    )
  })

  it('refuses more text than the limit', () => {
    const error = failureOf(() =>
      parseXml('<a>Минск и Вашингтон</a>', { format: 'TMX', limits: { maxTextChars: 10 } })
    )
    expect(error).toMatchObject({ code: 'file-too-large', format: 'TMX', limit: 10 })
  })
})

describe('parseXml: capture', () => {
  it('builds only the captured elements, with text, CDATA and children in order', () => {
    const xml = '<tu><note>не это</note><seg>Минск <hi>и</hi> <![CDATA[Вашингтон <b>]]></seg></tu>'
    const [seg] = capture(xml, 'seg')
    expect(seg?.children).toEqual([
      'Минск ',
      { uri: '', local: 'hi', attributes: [], offset: xml.indexOf('<hi>'), children: ['и'] },
      ' ',
      'Вашингтон <b>'
    ])
  })

  it('resolves xml:lang to the XML namespace', () => {
    const [tuv] = capture('<tu><tuv xml:lang="ru-RU"/></tu>', 'tuv')
    expect(tuv?.attributes).toEqual([
      { uri: 'http://www.w3.org/XML/1998/namespace', local: 'lang', value: 'ru-RU' }
    ])
  })
})
