import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { declaredEncoding, encodingOfLabel, markupKind } from '@shared/import/declared-encoding'
import { extensionOf, formatOfBytes, formatOfText, rootElement } from '@shared/import/detect-format'
import { CalqueFailure } from '@shared/ipc/errors'

describe('formatOfBytes', () => {
  it('sends any ZIP with a word/ folder to the DOCX reader, and a .docx ZIP even without one', () => {
    const docx = zipSync({ 'word/document2.xml': strToU8('<w:document/>') })
    expect(formatOfBytes(docx, 'article.bin')).toEqual({ kind: 'docx' })
    const cut = zipSync({ '[Content_Types].xml': strToU8('<Types/>') })
    expect(formatOfBytes(cut, 'article.docx')).toEqual({ kind: 'docx' })
  })

  it('lets the extension suggest how to read text', () => {
    const text = strToU8('Минск')
    expect(formatOfBytes(text, 'a.MD')).toEqual({ kind: 'text', hint: 'md' })
    expect(formatOfBytes(text, 'memory.tmx')).toEqual({ kind: 'text', hint: 'tmx' })
    expect(formatOfBytes(text, 'pairs.tab')).toEqual({ kind: 'text', hint: 'tsv' })
    expect(formatOfBytes(text, 'README')).toEqual({ kind: 'text', hint: 'txt' })
    expect(formatOfBytes(text, 'renamed.docx')).toEqual({ kind: 'text', hint: 'txt' })
  })

  it('names what it refuses', () => {
    const gzip = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00])
    expect(() => formatOfBytes(gzip, 'a.txt.gz')).toThrow(CalqueFailure)
  })
})

describe('formatOfText', () => {
  it('lets markup overrule the extension', () => {
    expect(formatOfText('<?xml version="1.0"?>\n<!-- x --><xliff version="1.2">', 'xml')).toBe(
      'xliff'
    )
    expect(formatOfText('\ufeff<tmx version="1.4">', 'txt')).toBe('tmx')
    expect(formatOfText('<!DOCTYPE html>\n<p>Минск</p>', 'txt')).toBe('html')
    expect(formatOfText('Минск', 'md')).toBe('md')
    expect(formatOfText('<p>Минск</p>', 'html')).toBe('html')
  })

  it('leaves an .xlf that is not XLIFF to the XLIFF reader, which says what is wrong', () => {
    expect(formatOfText('not xml at all', 'xliff')).toBe('xliff')
  })

  it('finds the root element past the declaration, comments and a DOCTYPE with a subset', () => {
    expect(
      rootElement('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><!-- c --><x:Xliff a="1">')
    ).toBe('xliff')
    expect(rootElement('Минск <b>')).toBeNull()
  })

  it('extension of a path on any system', () => {
    expect(extensionOf('C:\\docs\\Статья.DOCX')).toBe('docx')
    expect(extensionOf('/home/u/.profile')).toBe('')
  })
})

describe('declared encodings', () => {
  it('reads the XML declaration and the HTML meta charset', () => {
    expect(declaredEncoding(strToU8('<?xml version="1.0" encoding="cp1251"?><a/>'), 'xml')).toEqual(
      {
        label: 'cp1251',
        name: 'windows-1251'
      }
    )
    expect(
      declaredEncoding(
        strToU8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
        'html'
      )
    ).toEqual({ label: 'koi8-r', name: 'koi8-r' })
    expect(declaredEncoding(strToU8('<?xml version="1.0"?><a/>'), 'xml')).toBeNull()
  })

  it('maps labels through the WHATWG table, ASCII to UTF-8, and knows what it cannot read', () => {
    expect(encodingOfLabel('CP866')).toBe('ibm866')
    expect(encodingOfLabel('ISO_8859-5')).toBe('iso-8859-5')
    expect(encodingOfLabel('us-ascii')).toBe('utf-8')
    expect(encodingOfLabel('iso-8859-2')).toBeNull()
    expect(encodingOfLabel('no-such-thing')).toBeNull()
  })

  it('recognises markup by its first bytes, whatever the name', () => {
    expect(markupKind(strToU8('\ufeff<?xml version="1.0"?>'))).toBe('xml')
    expect(markupKind(strToU8('<!-- saved --><!DOCTYPE HTML>'))).toBe('html')
    expect(markupKind(strToU8('Минск'))).toBeNull()
  })
})
