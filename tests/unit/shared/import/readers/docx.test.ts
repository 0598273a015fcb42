import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocx } from '@shared/import/readers/docx'
import { DEFAULT_ZIP_LIMITS } from '@shared/import/readers/docx-zip'
import type { Block } from '@shared/import/readers/types'
import {
  buildDocx,
  documentXml,
  escapeXml,
  failureOf,
  onlyCalqueFailures,
  paragraphStyle,
  sampleParagraphs,
  skipped,
  wp
} from './helpers'

const HEADLINE = 0
const SUBHEADING = 11

/** Styles as Word in a Russian locale writes them: ids "1", "2", display names in English. */
const RUSSIAN_WORD_STYLES = [
  paragraphStyle('a', 'Normal'),
  paragraphStyle(
    '1',
    'heading 1',
    '<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'
  ),
  paragraphStyle('2', 'heading 2', '<w:basedOn w:val="a"/>'),
  paragraphStyle('a3', 'List Paragraph', '<w:basedOn w:val="a"/>')
].join('')

/** A paragraph cut into runs the way Word leaves them after editing: mid-word, with formatting. */
function wordParagraph(text: string, style?: string): string {
  const runs: string[] = []
  for (let at = 0, n = 0; at < text.length; n++) {
    const length = 7 + ((n * 13) % 29)
    const chunk = text.slice(at, at + length)
    at += length
    const bold = n % 3 === 1 ? '<w:b/>' : ''
    runs.push(
      `<w:r><w:rPr>${bold}<w:lang w:val="ru-RU"/></w:rPr><w:t xml:space="preserve">${escapeXml(chunk)}</w:t></w:r>`
    )
    if (n === 1)
      runs.push(
        '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
      )
  }
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
  return `<w:p w:rsidR="00A1">${properties}${runs.join('')}</w:p>`
}

function sampleDocx(language: 'ru' | 'en'): Uint8Array {
  const paragraphs = sampleParagraphs(language)
  const body = paragraphs
    .map((paragraph, i) =>
      i === HEADLINE
        ? wordParagraph(paragraph, '1')
        : i === SUBHEADING
          ? wordParagraph(paragraph, '2')
          : wordParagraph(paragraph)
    )
    // A footnote and a comment on the lead: their text lives in parts Calque never unpacks.
    .map((xml, i) =>
      i === 1
        ? xml.replace(
            '</w:p>',
            '<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
          )
        : xml
    )
    .join('\n')
  return buildDocx({
    body: `<w:p/>${body}<w:p><w:pPr><w:pStyle w:val="a"/></w:pPr></w:p>`,
    styles: RUSSIAN_WORD_STYLES,
    extra: {
      'word/footnotes.xml': strToU8(
        '<w:footnotes xmlns:w="x"><w:footnote w:id="1"><w:p><w:r><w:t>Сноска</w:t></w:r></w:p></w:footnote></w:footnotes>'
      ),
      'word/header1.xml': strToU8(
        '<w:hdr xmlns:w="x"><w:p><w:r><w:t>Колонтитул</w:t></w:r></w:p></w:hdr>'
      )
    }
  })
}

const text = (blocks: readonly Block[]): string[] => blocks.map((block) => block.text)

describe('DOCX: the sample article', () => {
  it.each(['ru', 'en'] as const)(
    'reads the %s article: every paragraph, headings by localized style ids, footnotes and comments reported',
    (language) => {
      const paragraphs = sampleParagraphs(language)
      expect(readDocx(sampleDocx(language))).toEqual({
        blocks: paragraphs.map((paragraph, i) => ({
          text: paragraph,
          kind: i === HEADLINE || i === SUBHEADING ? 'heading' : 'paragraph'
        })),
        warnings: [skipped('footnote', 1), skipped('comment', 1)]
      })
    }
  )
})

describe('DOCX: text inside a paragraph', () => {
  const read = (paragraphContent: string): string[] =>
    text(readDocx(buildDocx({ body: `<w:p>${paragraphContent}</w:p>` })).blocks)
  const r = (inner: string): string => `<w:r>${inner}</w:r>`
  const t = (value: string, preserve = true): string =>
    `<w:t${preserve ? ' xml:space="preserve"' : ''}>${escapeXml(value)}</w:t>`

  it('turns tabs and all kinds of breaks into spaces', () => {
    expect(
      read(
        r(
          `${t('Дэвид')}<w:tab/>${t('Хейл,')}<w:br/>${t('5')}<w:br w:type="page"/>${t('сотрудников')}<w:cr/>${t('и')}<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>${t('послы')}`
        )
      )
    ).toEqual(['Дэвид Хейл, 5 сотрудников и послы'])
  })

  it('writes a non-breaking hyphen as "-" and drops soft hyphens and symbol glyphs', () => {
    expect(
      read(
        r(
          `${t('социал')}<w:noBreakHyphen/>${t('демократической партии, госсек')}<w:softHyphen/>${t('ретаря')}<w:sym w:font="Wingdings" w:char="F0E0"/>`
        )
      )
    ).toEqual(['социал-демократической партии, госсекретаря'])
  })

  it('keeps spaces at the ends of w:t only under xml:space="preserve"', () => {
    expect(read(r(t('Минск ', false)) + r(t(' и', false)) + r(t(' Вашингтон', true)))).toEqual([
      'Мински Вашингтон'
    ])
  })

  it('reads insertions, hyperlinks, fields, smart tags and content controls; not deletions or field codes', () => {
    const content = [
      r(t('Президент ')),
      `<w:ins w:id="1" w:author="MT"><w:r>${t('Беларуси ')}</w:r></w:ins>`,
      `<w:del w:id="2" w:author="MT"><w:r><w:delText xml:space="preserve">Белоруссии </w:delText></w:r></w:del>`,
      `<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r>${t('Александр')}</w:r></w:hyperlink>`,
      r(`<w:fldChar w:fldCharType="begin"/>`),
      r(`<w:instrText xml:space="preserve"> MERGEFIELD name </w:instrText>`),
      r(`<w:fldChar w:fldCharType="separate"/>`),
      r(t(' Лукашенко')),
      r(`<w:fldChar w:fldCharType="end"/>`),
      `<w:fldSimple w:instr=" DATE "><w:r>${t(' 17 сентября')}</w:r></w:fldSimple>`,
      `<w:smartTag w:uri="x" w:element="place"><w:r>${t(' в Минске')}</w:r></w:smartTag>`,
      `<w:sdt><w:sdtPr><w:alias w:val="Подпись"/><w:text/></w:sdtPr><w:sdtContent><w:r>${t(' заявил.')}</w:r></w:sdtContent></w:sdt>`,
      `<w:moveFrom w:id="3" w:author="MT"><w:r>${t(' старое место')}</w:r></w:moveFrom>`
    ].join('')
    expect(read(content)).toEqual([
      'Президент Беларуси Александр Лукашенко 17 сентября в Минске заявил.'
    ])
  })

  it('leaves out hidden runs, text boxes and equations, and says so', () => {
    const textBox = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r>${t('Врезка')}</w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>${t('Врезка')}</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
    const docx = buildDocx({
      body: `<w:p>${r(t('Минск'))}${textBox}<w:r><w:rPr><w:vanish/></w:rPr>${t(' скрыто')}</w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr>${t(' и')}</w:r><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>${r(t(' Вашингтон'))}</w:p>`
    })
    expect(readDocx(docx)).toEqual({
      blocks: [{ text: 'Минск и Вашингтон', kind: 'paragraph' }],
      // The text box counts once, though its fallback copy holds the same text again.
      warnings: [skipped('hidden', 1), skipped('textbox', 1), skipped('equation', 1)]
    })
  })

  it('counts footnotes and endnotes as one kind: both are notes the reviewer does not see', () => {
    const note = (name: string, id: number): string => r(`<w:${name} w:id="${id}"/>`)
    const docx = buildDocx({
      body: `<w:p>${r(t('Минск'))}${note('footnoteReference', 1)}${note('endnoteReference', 1)}${note('endnoteReference', 2)}</w:p>`
    })
    expect(readDocx(docx)).toEqual({
      blocks: [{ text: 'Минск', kind: 'paragraph' }],
      warnings: [skipped('footnote', 3)]
    })
  })
})

describe('DOCX: headings and lists', () => {
  it('resolves headings by style name, inheritance and outline level, whatever the style id', () => {
    const styles = [
      paragraphStyle('Heading1', 'heading 1'),
      paragraphStyle('Title', 'Title'),
      paragraphStyle('14', 'heading 3'),
      paragraphStyle('MyHeadline', 'Заголовок статьи', '<w:basedOn w:val="14"/>'),
      paragraphStyle('Outlined', 'Раздел', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
      paragraphStyle('BodyText', 'Body Text', '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'),
      paragraphStyle('Loop1', 'loop', '<w:basedOn w:val="Loop2"/>'),
      paragraphStyle('Loop2', 'loop', '<w:basedOn w:val="Loop1"/>')
    ].join('')
    const body = [
      wp('Заголовок', { style: 'Heading1' }),
      wp('Название', { style: 'Title' }),
      wp('По номеру', { style: '14' }),
      wp('Унаследованный', { style: 'MyHeadline' }),
      wp('По уровню стиля', { style: 'Outlined' }),
      '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>По уровню абзаца</w:t></w:r></w:p>',
      wp('Основной текст', { style: 'BodyText' }),
      wp('Цикл в стилях', { style: 'Loop1' }),
      wp('Неизвестный стиль', { style: 'Missing' })
    ].join('')
    expect(readDocx(buildDocx({ body, styles })).blocks.map((b) => b.kind)).toEqual([
      'heading',
      'heading',
      'heading',
      'heading',
      'heading',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph'
    ])
  })

  it('falls back on the style id when there is no styles.xml', () => {
    const body = ['Heading2', 'Заголовок1', 'Überschrift 3', 'Title', 'Normal', '1']
      .map((id) => wp(id, { style: id }))
      .join('')
    expect(readDocx(buildDocx({ body })).blocks.map((b) => b.kind)).toEqual([
      'heading',
      'heading',
      'heading',
      'heading',
      'paragraph',
      'paragraph'
    ])
  })

  it('marks numbered paragraphs and numbered styles as list items; numId 0 switches numbering off', () => {
    const styles = [
      paragraphStyle(
        'ListBullet',
        'List Bullet',
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>'
      ),
      paragraphStyle(
        'Heading1',
        'heading 1',
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>'
      )
    ].join('')
    const body = [
      wp('Пункт по абзацу', { numId: 1 }),
      wp('Пункт по стилю', { style: 'ListBullet' }),
      '<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Нумерация снята</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:r><w:t>Только уровень</w:t></w:r></w:p>',
      wp('Нумерованный заголовок', { style: 'Heading1' })
    ].join('')
    expect(readDocx(buildDocx({ body, styles })).blocks.map((b) => b.kind)).toEqual([
      'list-item',
      'list-item',
      'paragraph',
      'paragraph',
      'heading'
    ])
  })
})

describe('DOCX: where paragraphs are', () => {
  it('reads table cells, nested tables and body-level content controls in reading order', () => {
    const cell = (content: string): string => `<w:tc><w:tcPr/>${content}</w:tc>`
    const body = [
      wp('До таблицы'),
      `<w:tbl><w:tblPr/><w:tr>${cell(wp('Год') + wp('месяц'))}${cell(wp('2008'))}</w:tr>`,
      `<w:tr>${cell(`<w:tbl><w:tr>${cell(wp('Вложенная'))}</w:tr></w:tbl>`)}${cell('<w:p/>')}</w:tr></w:tbl>`,
      `<w:sdt><w:sdtPr/><w:sdtContent>${wp('В поле')}</w:sdtContent></w:sdt>`,
      `<mc:AlternateContent><mc:Choice Requires="w14">${wp('Выбор')}</mc:Choice><mc:Fallback>${wp('Запасной')}</mc:Fallback></mc:AlternateContent>`,
      wp('После')
    ].join('')
    expect(text(readDocx(buildDocx({ body })).blocks)).toEqual([
      'До таблицы',
      'Год',
      'месяц',
      '2008',
      'Вложенная',
      'В поле',
      'Выбор',
      'После'
    ])
  })

  it('finds the main part through _rels/.rels when it is not word/document.xml', () => {
    const docx = buildDocx({
      body: wp('Минск'),
      documentPath: 'word/main.xml',
      styles: paragraphStyle('H', 'heading 1')
    })
    expect(readDocx(docx).blocks).toEqual([{ text: 'Минск', kind: 'paragraph' }])
    const styled = buildDocx({
      body: wp('Минск', { style: 'H' }),
      documentPath: 'word/main.xml',
      styles: paragraphStyle('H', 'heading 1')
    })
    expect(readDocx(styled).blocks).toEqual([{ text: 'Минск', kind: 'heading' }])
  })

  it('reads a document part written in UTF-16 with a byte-order mark', () => {
    const xml = documentXml(wp('Минск и Вашингтон')).replace(
      'encoding="UTF-8"',
      'encoding="UTF-16"'
    )
    const utf16 = new Uint8Array(2 + xml.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8
    }
    const docx = buildDocx({ body: '', extra: { 'word/document.xml': utf16 } })
    expect(text(readDocx(docx).blocks)).toEqual(['Минск и Вашингтон'])
  })
})

/** Offset of the central-directory record of `name`, for tests that tamper with it. */
function centralRecord(zip: Uint8Array, name: string): number {
  const encoded = strToU8(name)
  for (let at = zip.length - 46; at >= 0; at--) {
    if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x01 && zip[at + 3] === 0x02) {
      if (encoded.every((byte, i) => zip[at + 46 + i] === byte) && zip[at + 28] === encoded.length)
        return at
    }
  }
  throw new Error(`no central record for ${name}`)
}

function setU32(zip: Uint8Array, at: number, value: number): void {
  new DataView(zip.buffer, zip.byteOffset).setUint32(at, value, true)
}

describe('DOCX: bad files', () => {
  const article = (): Uint8Array => sampleDocx('ru')

  it('calls a DOCX cut in half truncated', () => {
    const docx = article()
    expect(failureOf(() => readDocx(docx.subarray(0, docx.length >> 1)))).toEqual({
      code: 'file-truncated',
      format: 'DOCX',
      detail: 'the ZIP archive has no central directory'
    })
  })

  it('calls a DOCX cut just before its last bytes truncated too', () => {
    const docx = article()
    expect(failureOf(() => readDocx(docx.subarray(0, docx.length - 5))).code).toBe('file-truncated')
  })

  it('refuses a ZIP without word/document.xml, saying what it is instead', () => {
    const zip = (files: Record<string, string>): Uint8Array =>
      zipSync(
        Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strToU8(content)]))
      )
    expect(failureOf(() => readDocx(zip({ 'notes.txt': 'Минск' })))).toEqual({
      code: 'file-format-unsupported',
      format: 'DOCX',
      detail: 'a ZIP archive without word/document.xml'
    })
    expect(
      failureOf(() =>
        readDocx(
          zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' })
        )
      ).detail
    ).toBe('an OpenDocument text (.odt)')
    expect(failureOf(() => readDocx(zip({ 'xl/workbook.xml': '<workbook/>' }))).detail).toBe(
      'an Excel workbook (.xlsx)'
    )
  })

  it('refuses other formats by their signature, and plain bytes as not a ZIP', () => {
    const bytes = (...values: number[]): Uint8Array =>
      Uint8Array.from([...values, ...new Array(64).fill(0)])
    expect(
      failureOf(() => readDocx(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)))
    ).toEqual({
      code: 'file-format-unsupported',
      format: 'DOCX',
      detail: 'a Word 97–2003 document (.doc) or a password-protected DOCX'
    })
    expect(failureOf(() => readDocx(strToU8('%PDF-1.7 ...'))).detail).toBe('a PDF')
    expect(failureOf(() => readDocx(strToU8('{\\rtf1\\ansi Минск}'))).detail).toBe(
      'an RTF document'
    )
    expect(failureOf(() => readDocx(strToU8('Минск и Вашингтон')))).toEqual({
      code: 'file-damaged',
      format: 'DOCX',
      detail: 'not a ZIP archive'
    })
    expect(failureOf(() => readDocx(new Uint8Array(0))).code).toBe('file-damaged')
  })

  it('refuses a document whose main part is not a Word body, or has no text', () => {
    const notWord = buildDocx({
      body: '',
      extra: { 'word/document.xml': strToU8('<w:workbook xmlns:w="x"/>') }
    })
    expect(failureOf(() => readDocx(notWord))).toEqual({
      code: 'file-format-unsupported',
      format: 'DOCX',
      detail: 'word/document.xml holds <workbook>, not a Word document'
    })
    expect(
      failureOf(() => readDocx(buildDocx({ body: '<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>' })))
    ).toEqual({
      code: 'file-no-text',
      format: 'DOCX',
      detail: 'the document has no paragraphs with text'
    })
  })

  it('reports malformed XML inside the package with the part, line and column', () => {
    const broken = buildDocx({
      body: '',
      extra: {
        'word/document.xml': strToU8(
          '<w:document xmlns:w="x">\n<w:body><w:p></w:body></w:document>'
        )
      }
    })
    expect(failureOf(() => readDocx(broken))).toEqual({
      code: 'file-malformed',
      format: 'DOCX',
      line: 2,
      // "<w:body><w:p></w:body>": the parser notices at the '>' of </w:body>, the 22nd character.
      column: 22,
      detail: 'word/document.xml: unexpected close tag'
    })
  })

  it('refuses corrupt compressed data', () => {
    const docx = article()
    const record = centralRecord(docx, 'word/document.xml')
    const view = new DataView(docx.buffer, docx.byteOffset)
    const local = view.getUint32(record + 42, true)
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const corrupt = docx.slice()
    corrupt.fill(0xff, dataStart + 10, dataStart + 200)
    const error = failureOf(() => readDocx(corrupt))
    expect(error).toMatchObject({ code: 'file-damaged', format: 'DOCX' })
    expect(error.detail).toMatch(/^word\/document\.xml (is corrupt|unpacks to)/)
  })

  it('refuses an archive whose parts unpack to more than the limit, before unpacking them', () => {
    const docx = article()
    expect(
      failureOf(() => readDocx(docx, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 20_000 }))
    ).toMatchObject({
      code: 'file-unpacks-too-large',
      format: 'DOCX',
      limit: 20_000
    })
    expect(DEFAULT_ZIP_LIMITS.maxTotalBytes).toBe(64 * 1024 * 1024)
  })

  it('refuses a zip bomb by its compression ratio', () => {
    const bomb = buildDocx({
      body: `<w:p><w:r><w:t>${'Ж'.repeat(3_000_000)}</w:t></w:r></w:p>`,
      level: 9
    })
    expect(bomb.length).toBeLessThan(20_000)
    const error = failureOf(() => readDocx(bomb))
    expect(error).toMatchObject({ code: 'file-damaged', format: 'DOCX' })
    expect(error.detail).toMatch(
      /^word\/document\.xml claims to unpack \d+ times larger than it is stored: a zip bomb\?$/
    )
  })

  it('stops inflating an entry that lies about its size', () => {
    const docx = article()
    setU32(docx, centralRecord(docx, 'word/document.xml') + 24, 1000)
    expect(failureOf(() => readDocx(docx))).toEqual({
      code: 'file-damaged',
      format: 'DOCX',
      detail: 'word/document.xml unpacks to more than the 1000 bytes it declares: a zip bomb?'
    })
  })

  it('refuses encrypted entries', () => {
    const docx = article()
    const record = centralRecord(docx, 'word/document.xml')
    docx[record + 8] = docx[record + 8]! | 0x1
    expect(failureOf(() => readDocx(docx))).toEqual({
      code: 'file-format-unsupported',
      format: 'DOCX',
      detail: 'word/document.xml is encrypted'
    })
  })
})

describe('DOCX: properties', () => {
  it('throws nothing but CalqueFailure on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) =>
        onlyCalqueFailures(() => readDocx(bytes))
      ),
      {
        numRuns: 500
      }
    )
  })

  it('throws nothing but CalqueFailure on a real DOCX with bytes overwritten or cut', () => {
    const docx = buildDocx({
      body: sampleParagraphs('ru')
        .slice(0, 4)
        .map((p) => wp(p))
        .join(''),
      styles: RUSSIAN_WORD_STYLES
    })
    const damage = fc.record({
      writes: fc.array(
        fc.tuple(fc.nat({ max: docx.length - 1 }), fc.integer({ min: 0, max: 255 })),
        {
          minLength: 1,
          maxLength: 8
        }
      ),
      cut: fc.option(fc.nat({ max: docx.length }), { nil: undefined })
    })
    fc.assert(
      fc.property(damage, ({ writes, cut }) => {
        const damaged = docx.slice(0, cut ?? docx.length)
        for (const [at, value] of writes) if (at < damaged.length) damaged[at] = value
        onlyCalqueFailures(() => readDocx(damaged))
      }),
      { numRuns: 500 }
    )
  })

  it('throws nothing but CalqueFailure on arbitrary text as document.xml', () => {
    const soup = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 20 }),
          fc.constantFrom(
            '<w:document xmlns:w="x">',
            '<w:body>',
            '<w:p>',
            '</w:p>',
            '<w:r>',
            '<w:t>',
            '</w:t>',
            '<w:tab/>',
            '<w:pPr><w:pStyle w:val="1"/></w:pPr>',
            '</w:r>',
            '</w:body>',
            '</w:document>'
          )
        ),
        { maxLength: 30 }
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(soup, (xml) =>
        onlyCalqueFailures(() =>
          readDocx(buildDocx({ body: '', extra: { 'word/document.xml': strToU8(xml) } }))
        )
      ),
      { numRuns: 300 }
    )
  })

  it('gives back every paragraph that was written, however its text is cut into runs', () => {
    const paragraphText = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 60 })
      .map((t) => t.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, ''))
    const paragraph = fc.tuple(paragraphText, fc.array(fc.nat({ max: 60 }), { maxLength: 5 }))
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const body = paragraphs
          .map(([value, cuts]) => {
            // Cut between characters, never inside a surrogate pair.
            const chars = [...value]
            const points = [
              ...new Set([0, ...cuts.filter((c) => c < chars.length), chars.length])
            ].sort((a, b) => a - b)
            const runs = points.slice(1).map((end, i) => chars.slice(points[i], end).join(''))
            return `<w:p>${runs.map((run) => `<w:r><w:t xml:space="preserve">${escapeXml(run).replace(/\r/g, '&#13;')}</w:t></w:r>`).join('')}</w:p>`
          })
          .join('')
        const expected = paragraphs
          .map(([value]) => value.replace(/[ \t\r\n]+/g, ' ').trim())
          .filter((value) => value !== '')
        if (expected.length === 0) {
          expect(failureOf(() => readDocx(buildDocx({ body }))).code).toBe('file-no-text')
        } else {
          expect(text(readDocx(buildDocx({ body })).blocks)).toEqual(expected)
        }
      }),
      { numRuns: 200 }
    )
  })
})
