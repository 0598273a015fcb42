/**
 * Malformed and hostile bilingual files are refused with a specific message (a CalqueFailure the app
 * and the CLI turn into a sentence) before any article is returned: nothing half-read can reach a
 * project. The 100 MB file and "the project stays untouched" are in tests/unit/main/export.
 */
import { describe, expect, it } from 'vitest'
import { writeCalqueJson } from '@shared/export/json'
import { writeXliff21 } from '@shared/export/xliff21'
import { readInterchange } from '@shared/interchange'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import { sampleArticle } from '../export/sample-article'

function refusal(text: string): CalqueError {
  try {
    readInterchange(text)
  } catch (error) {
    if (error instanceof CalqueFailure) return error.error
    throw error
  }
  throw new Error('the file was accepted')
}

const XLIFF2 = 'urn:oasis:names:tc:xliff:document:2.0'
const good = writeXliff21([sampleArticle])

describe('bad bilingual files are refused with the reason', () => {
  it('an unclosed tag: file-malformed with the line and column', () => {
    const text = good.replace('</segment>', '')
    const error = refusal(text)
    expect(error).toMatchObject({
      code: 'file-malformed',
      format: 'XLIFF',
      detail: 'unexpected close tag'
    })
    // The parser notices at the </unit> that follows the removed </segment>.
    const lines = text.split('\n')
    const cut = good.split('\n').findIndex((l) => l.includes('</segment>'))
    expect(lines[error.line! - 1]).toContain('</unit>')
    expect(error.line).toBe(cut + 2)
  })

  it('a file cut short', () => {
    expect(refusal(good.slice(0, good.length / 2))).toMatchObject({ code: 'file-malformed' })
  })

  it('an external entity (XXE): refused as unsafe, nothing fetched', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff xmlns="${XLIFF2}" version="2.1" srcLang="ru" trgLang="en"><file id="f"><unit id="b0"><segment><source>&xxe;</source></segment></unit></file></xliff>`
    expect(refusal(text)).toMatchObject({ code: 'file-unsafe-xml', format: 'XLIFF' })
  })

  it('an entity-expansion bomb (billion laughs): refused before any expansion', () => {
    const entities = Array.from({ length: 10 }, (_, k) =>
      k === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`
    ).join('')
    const text = `<?xml version="1.0"?><!DOCTYPE tmx [${entities}]><tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>&lol9;</seg></tuv></tu></body></tmx>`
    expect(refusal(text)).toMatchObject({ code: 'file-unsafe-xml' })
  })

  it('an undeclared entity (no DTD to define it)', () => {
    expect(refusal(good.replace('Minsk and Washington', '&nbsp;Minsk'))).toMatchObject({
      code: 'file-malformed'
    })
  })

  it('XLIFF 2 in a wrong namespace (the "2.1" namespace that does not exist)', () => {
    const error = refusal(
      good.replace(`xmlns="${XLIFF2}"`, 'xmlns="urn:oasis:names:tc:xliff:document:2.1"')
    )
    expect(error).toMatchObject({ code: 'file-format-unsupported', format: 'XLIFF' })
    expect(error.detail).toContain('urn:oasis:names:tc:xliff:document:2.1')
  })

  it('XLIFF 1.2 in a wrong namespace', () => {
    const text =
      '<xliff version="1.2" xmlns="urn:example:not-xliff"><file original="x" source-language="ru" datatype="plaintext"><body/></file></xliff>'
    const error = refusal(text)
    expect(error).toMatchObject({ code: 'file-format-unsupported' })
    expect(error.detail).toContain('urn:example:not-xliff')
  })

  it('an XML file that is neither XLIFF nor TMX', () => {
    expect(refusal('<?xml version="1.0"?><html><body>hi</body></html>')).toMatchObject({
      code: 'file-format-unsupported',
      detail: expect.stringContaining('<html>')
    })
  })

  it('languages Calque does not review', () => {
    const error = refusal(
      good
        .replace('srcLang="ru"', 'srcLang="de"')
        .replace(/<mda:meta type="sourceLanguage">ru<\/mda:meta>/, '')
    )
    expect(error).toMatchObject({ code: 'file-format-unsupported' })
    expect(error.detail).toContain('"de"')
  })

  it('TMX: a <tuv> without a language, unclosed tags', () => {
    const tmx =
      '<tmx version="1.4"><header srclang="ru"/><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>'
    expect(refusal(tmx)).toMatchObject({
      code: 'file-malformed',
      format: 'TMX',
      detail: 'a <tuv> without xml:lang'
    })
    expect(refusal('<tmx version="1.4"><body><tu>')).toMatchObject({
      code: 'file-malformed',
      format: 'TMX'
    })
  })

  it('JSON: a syntax error at its line and column', () => {
    const json = writeCalqueJson([sampleArticle]).replace(
      '"status": "confirmed"',
      '"status": confirmed'
    )
    const error = refusal(json)
    expect(error).toMatchObject({ code: 'file-malformed', format: 'JSON' })
    const line = json.split('\n').findIndex((l) => l.includes('"status": confirmed')) + 1
    expect(error.line).toBe(line)
  })

  it('JSON: a value the format does not allow, named with its place in the file', () => {
    const json = writeCalqueJson([sampleArticle]).replace(
      '"status": "confirmed"',
      '"status": "approved"'
    )
    const error = refusal(json)
    expect(error).toMatchObject({ code: 'file-malformed', format: 'Calque JSON' })
    expect(error.detail).toMatch(/^articles\[0\]\.rows\[3\]\.status: /)
    const line = json.split('\n').findIndex((l) => l.includes('"status": "approved"')) + 1
    expect(error.line).toBe(line)
  })

  it("JSON: a flag outside its text, another program's JSON, a newer format version", () => {
    const doc = JSON.parse(writeCalqueJson([sampleArticle]))
    doc.articles[0].rows[3].flags[0].span = [0, 10_000]
    expect(refusal(JSON.stringify(doc)).detail).toMatch(
      /rows\[3\]\.flags\[0\]\.span: the span ends after the target text/
    )
    expect(refusal('{"name": "package"}')).toMatchObject({ code: 'file-format-unsupported' })
    expect(refusal(JSON.stringify({ ...doc, formatVersion: 2 })).detail).toMatch(/version 2/)
  })
})

describe('files with nothing to import', () => {
  it('an XLIFF without a <file>, a TMX without Russian or English, a JSON array', () => {
    expect(refusal(`<xliff xmlns="${XLIFF2}" version="2.1" srcLang="ru"/>`)).toMatchObject({
      code: 'file-no-text',
      format: 'XLIFF'
    })
    const tmx =
      '<tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu></body></tmx>'
    expect(refusal(tmx)).toMatchObject({ code: 'file-no-text', format: 'TMX' })
    expect(refusal('[1, 2]')).toMatchObject({ code: 'file-format-unsupported', format: 'JSON' })
  })

  it('names TMX as the format when a TMX is refused before its root element', () => {
    expect(refusal('<!DOCTYPE tmx [<!ENTITY x "y">]><tmx version="1.4"/>')).toMatchObject({
      code: 'file-unsafe-xml',
      format: 'TMX'
    })
  })
})

describe('hostile JSON', () => {
  it('nested a million levels deep: refused, not a stack overflow', () => {
    const deep = `{"format": "calque-review", "formatVersion": 1, "articles": ${'['.repeat(1_000_000)}`
    expect(refusal(deep)).toMatchObject({ code: 'file-malformed', format: 'JSON' })
    const valid = `{"format": "calque-review", "formatVersion": 1, "articles": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    expect(refusal(valid)).toMatchObject({ code: 'file-malformed', format: 'Calque JSON' })
  })
})
