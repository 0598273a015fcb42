/**
 * A fix carried from the MT into a post-edit: applied where the post-edit kept those characters,
 * recognised as made where the post-edit has the replacement there, refused where it changed them
 * otherwise — on the sample's real fixes (doubled periods, guillemets, a name variant).
 */
import { describe, expect, it } from 'vitest'
import { applyFix, runChecks, type Finding } from '@shared/qa'
import { replay } from '@shared/review/apply'
import { reviewedRows } from '@shared/review/reviewed-article'
import { fixPlace, fixedEnglish } from '../../../../src/renderer/src/features/suggestions/apply-fix'
import { baseOf, sampleArticle } from '../helpers/sample-project'

const article = sampleArticle()
const rows = reviewedRows(replay([], baseOf(article)), {
  source: article.source.segments,
  target: article.target.segments
})
const fixable = runChecks(rows).filter((f): f is Finding & { fix: NonNullable<Finding['fix']> } =>
  Boolean(f.fix)
)
const mtOf = (f: Finding) => rows[f.row]!.target

describe('fixedEnglish', () => {
  it('applies every fix of the sample to the MT of a row without post-edit', () => {
    expect(fixable.length).toBeGreaterThan(20)
    for (const f of fixable) {
      const result = fixedEnglish(mtOf(f), null, f.fix)
      expect(result).toEqual({ ok: true, text: applyFix(mtOf(f), f.fix) })
    }
  })

  it('applies every fix inside a post-edit that changed other words of the row', () => {
    for (const f of fixable) {
      const mt = mtOf(f)
      const edit = `In short: ${mt} Nothing more.`
      const result = fixedEnglish(mt, edit, f.fix)
      expect(result, `${f.check} "${f.text}" in row ${f.row}`).toEqual({
        ok: true,
        text: `In short: ${applyFix(mt, f.fix)} Nothing more.`
      })
    }
  })

  it('knows a fix already made in the post-edit, and refuses to apply it twice', () => {
    for (const f of fixable) {
      const mt = mtOf(f)
      const fixed = applyFix(mt, f.fix)
      expect(fixPlace(mt, fixed, f.fix).state, `${f.check} "${f.text}" in row ${f.row}`).toBe(
        'fixed'
      )
      expect(fixedEnglish(mt, fixed, f.fix)).toEqual({ ok: false, reason: 'edited-away' })
    }
  })

  it('refuses a fix whose characters the post-edit rewrote another way', () => {
    const name = fixable.find((f) => f.text === 'Lukashenko')!
    const mt = mtOf(name)
    const edit = mt.replace('Lukashenko', 'the president')
    expect(fixPlace(mt, edit, name.fix)).toEqual({ state: 'changed' })
    expect(fixedEnglish(mt, edit, name.fix)).toEqual({ ok: false, reason: 'edited-away' })
  })

  it('has nothing to apply for a suggestion without a fix', () => {
    expect(fixedEnglish('morning chairs', null, undefined)).toEqual({
      ok: false,
      reason: 'no-fix'
    })
  })
})
