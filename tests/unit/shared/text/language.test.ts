import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sniffLanguage } from '@shared/text/language'
import { sampleEn, sampleRu } from '../../../helpers/paths'

describe('sniffLanguage', () => {
  it('tells the sample pair apart', () => {
    const ru = sniffLanguage(readFileSync(sampleRu, 'utf8'))
    const en = sniffLanguage(readFileSync(sampleEn, 'utf8'))
    expect(ru.language).toBe('ru')
    expect(ru.cyrillicShare).toBeGreaterThan(0.9)
    expect(en.language).toBe('en')
    // The MT keeps a few Russian guillemets but no Cyrillic letters.
    expect(en.cyrillicShare).toBe(0)
  })

  it('counts letters only, so digits, punctuation and Latin names do not tip a Russian text', () => {
    const text = '17 сентября 2019 г. Дэвид Хейл (David Hale) прилетел в Минск — 95–99%.'
    expect(sniffLanguage(text)).toMatchObject({ language: 'ru' })
  })

  it('says unknown for no letters or an even mix', () => {
    expect(sniffLanguage('2019 — 95%')).toEqual({
      language: 'unknown',
      cyrillicShare: 0,
      letters: 0
    })
    expect(sniffLanguage('Минск Minsk').language).toBe('unknown')
  })

  it('reads Latin-1 letters as Latin and ignores combining marks', () => {
    expect(sniffLanguage('Café crème, déjà vu').language).toBe('en')
    expect(sniffLanguage('и\u0306 и\u0306 и\u0306').cyrillicShare).toBe(1)
  })
})
