/**
 * Find and replace over the sample's rows (the real MT, with its three spellings of one man's name):
 * plain text, case, whole words in both scripts, regular expressions with groups, the English as
 * corrected or as the MT, and the guards (invalid patterns, empty matches, the hit cap).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  compileQuery,
  findHits,
  MAX_HITS,
  planReplace,
  type FindQuery,
  type FindRow
} from '@shared/review/find'

const SAMPLE = join(__dirname, '../../../../resources/samples/belarus-usa-ambassadors')
const paragraphs = (file: string): string[] =>
  readFileSync(join(SAMPLE, file), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
const ru = paragraphs('ru.txt')
const en = paragraphs('en.txt')
/** One row per paragraph (the sample pairs them one to one), none post-edited yet. */
const rows: FindRow[] = en.map((mt, i) => ({ id: `b${i}`, source: ru[i]!, mt, edit: null }))

const query = (text: string, options: Partial<FindQuery> = {}): FindQuery => ({
  text,
  regex: false,
  caseSensitive: false,
  wholeWord: false,
  scope: 'both',
  english: 'corrected',
  ...options
})
const found = (hits: ReturnType<typeof findHits>, list: readonly FindRow[] = rows) =>
  hits.map((h) => {
    const row = list.find((r) => r.id === h.row)!
    const text = h.field === 'source' ? row.source : h.field === 'mt' ? row.mt : row.edit!
    return text.slice(h.start, h.end)
  })

describe('find', () => {
  it('finds plain text in every row, in article order, and treats pattern characters literally', () => {
    const hits = findHits(rows, query('Statkevich'))
    expect(hits).toHaveLength(3)
    expect(hits.every((h) => h.field === 'mt')).toBe(true)
    expect(new Set(hits.map((h) => h.row)).size).toBe(3)
    // "W." is the initial in "George W. Bush", not "W" followed by any character.
    expect(found(findHits(rows, query('W.')))).toEqual(['W.'])
    expect(found(findHits(rows, query('..')))).toContain('..')
    expect(findHits(rows, query('(Narodnaya')).length).toBe(1)
  })

  it('ignores case unless asked, in English and in Russian', () => {
    expect(found(findHits(rows, query('lukashenk')))).toEqual(expect.arrayContaining(['Lukashenk']))
    expect(findHits(rows, query('lukashenk', { caseSensitive: true }))).toEqual([])
    const minsk = findHits(rows, query('минск', { scope: 'source' }))
    expect(minsk.length).toBeGreaterThan(0)
    expect(minsk.every((h) => h.field === 'source')).toBe(true)
    expect(findHits(rows, query('минск', { scope: 'source', caseSensitive: true }))).toEqual([])
  })

  it('matches whole words only when asked, with Cyrillic letters as word characters', () => {
    // "very well aware and aware": both are words; "ware" is inside them.
    expect(findHits(rows, query('aware', { wholeWord: true, scope: 'target' }))).toHaveLength(2)
    expect(findHits(rows, query('ware', { scope: 'target' }))).toHaveLength(2)
    expect(findHits(rows, query('ware', { wholeWord: true, scope: 'target' }))).toEqual([])
    // «Минск» the word, not the «Минске»/«Минска» the other cases of it begin.
    const all = found(findHits(rows, query('Минск', { scope: 'source' })))
    const words = found(findHits(rows, query('Минск', { scope: 'source', wholeWord: true })))
    expect(words.length).toBeLessThan(all.length)
  })

  it('reads regular expressions, and says why one is invalid', () => {
    const names = found(
      findHits(rows, query('(?:Nikolay|Nikolai|Mikola) Statkevich', { regex: true }))
    )
    expect(names).toEqual(['Nikolay Statkevich', 'Mikola Statkevich', 'Nikolai Statkevich'])
    const invalid = compileQuery(query('(Statkevich', { regex: true }))
    expect(invalid.ok).toBe(false)
    expect(invalid.ok ? '' : invalid.error).not.toBe('')
    expect(findHits(rows, query('(Statkevich', { regex: true }))).toEqual([])
    expect(compileQuery(query(''))).toEqual({ ok: false, error: 'empty' })
  })

  it('steps past empty matches instead of looping, and keeps only real ones', () => {
    // `x*` matches the empty string between every two letters, and the x of "next", "sixth"…
    const hits = findHits(rows, query('x*', { regex: true }))
    expect(hits.length).toBeGreaterThan(0)
    expect(found(hits).every((text) => text === 'x')).toBe(true)
    // A pattern that only ever matches empty finds nothing and replaces nothing.
    expect(findHits(rows, query('(?=Minsk)', { regex: true }))).toEqual([])
    expect(findHits(rows, query('^', { regex: true }))).toEqual([])
    expect(planReplace(rows, query('(?=Minsk)', { regex: true }), 'the city of ')).toEqual([])
  })

  it('searches the corrected English where a row is post-edited, or the MT when asked', () => {
    const edited = rows.map((r) =>
      r.mt.includes('Nikolay Statkevich')
        ? { ...r, edit: r.mt.replace('Nikolay Statkevich', 'Mikalai Statkevich') }
        : r
    )
    const corrected = findHits(edited, query('Mikalai'))
    expect(corrected).toHaveLength(1)
    expect(corrected[0]!.field).toBe('edit')
    expect(found(corrected, edited)).toEqual(['Mikalai'])
    expect(findHits(edited, query('Mikalai', { english: 'mt' }))).toEqual([])
    expect(findHits(edited, query('Nikolay', { english: 'mt' }))).toHaveLength(1)
  })

  it(`stops at ${MAX_HITS} hits however many letters match`, () => {
    const many = Array.from({ length: 4 }, (_, copy) =>
      rows.map((r) => ({ ...r, id: `b${copy * rows.length + Number(r.id.slice(1))}` }))
    ).flat()
    const letters = findHits(many, query('\\p{L}', { regex: true }))
    expect(letters).toHaveLength(MAX_HITS)
    expect(letters.at(-1)!.end).toBeGreaterThan(letters.at(-1)!.start)
  })
})

describe('replace', () => {
  it('plans a post-edit per row with a match, the MT left as it is', () => {
    const plan = planReplace(
      rows,
      query('(Nikolay|Nikolai|Mikola) Statkevich', { regex: true }),
      'Mikalai Statkevich'
    )
    expect(plan).toHaveLength(3)
    for (const edit of plan) {
      expect(edit.count).toBe(1)
      expect(edit.after).toContain('Mikalai Statkevich')
      expect(edit.before).toBe(rows.find((r) => r.id === edit.row)!.mt)
    }
    expect(rows.every((r) => r.edit === null)).toBe(true)
  })

  it('expands $1, $& and $$ in a regular expression, and takes them literally otherwise', () => {
    const row = rows.filter((r) => r.mt.includes('Mikola Statkevich'))
    const [swap] = planReplace(
      row,
      query('(Mikola) (Statkevich)', { regex: true }),
      '$2, $1 ($&) $$5'
    )
    expect(swap!.after).toContain('Statkevich, Mikola (Mikola Statkevich) $5')
    const [plain] = planReplace(row, query('Mikola Statkevich'), '$2 $&')
    expect(plain!.after).toContain('$2 $&')
  })

  it('replaces in one row only when asked, starts from the post-edit, and never in the Russian', () => {
    const target = rows.find((r) => r.mt.includes('Nikolai Statkevich'))!
    const q = query('Statkevich')
    expect(planReplace(rows, q, 'Statkevič', target.id).map((e) => e.row)).toEqual([target.id])
    const edited = rows.map((r) => (r.id === target.id ? { ...r, edit: 'Statkevich said so.' } : r))
    expect(planReplace(edited, q, 'Statkevič', target.id)).toEqual([
      { row: target.id, before: 'Statkevich said so.', after: 'Statkevič said so.', count: 1 }
    ])
    expect(planReplace(rows, { ...q, scope: 'source' }, 'x')).toEqual([])
    // Replacing a word by itself changes nothing: nothing to plan.
    expect(planReplace(rows, q, 'Statkevich')).toEqual([])
  })
})
