import { describe, expect, it } from 'vitest'
import categoryMap from '../../../../resources/scoring/category-map.json'
import { mqmCoreCategoryOf, mqmDimensionOf } from '@shared/scoring'
import { MQM_CORE, flattenTypology } from '@shared/typology/profile'

describe('other typologies in MQM Core terms', () => {
  it('maps every entry of the table to a category that MQM Core has', () => {
    const core = new Set(flattenTypology(MQM_CORE).map((c) => c.id))
    for (const [label, target] of Object.entries({
      ...categoryMap.categories,
      ...categoryMap.topLevel
    })) {
      expect(core.has(target), `${label} -> ${target}`).toBe(true)
    }
  })

  it('maps Google and Unbabel labels, whatever their case', () => {
    expect(mqmCoreCategoryOf('Accuracy/Mistranslation')).toBe('accuracy/mistranslation')
    expect(mqmCoreCategoryOf('Fluency/Punctuation')).toBe('linguistic-conventions/punctuation')
    expect(mqmCoreCategoryOf('Terminology/Inappropriate for context')).toBe(
      'terminology/wrong-term'
    )
    expect(mqmCoreCategoryOf('Lexical Selection')).toBe('accuracy/mistranslation')
    expect(mqmCoreCategoryOf('Agreement in gender')).toBe('linguistic-conventions/grammar')
    expect(mqmCoreCategoryOf("Shouldn't have been translated")).toBe('accuracy/do-not-translate')
  })

  it('keeps MQM Core paths, falls back to the dimension, and admits when nothing fits', () => {
    expect(mqmCoreCategoryOf('style/awkward')).toBe('style/awkward')
    expect(mqmCoreCategoryOf('Fluency/Something new')).toBe('linguistic-conventions')
    expect(mqmCoreCategoryOf('Other')).toBeNull()
    expect(mqmDimensionOf('Other')).toBe('other')
    expect(mqmDimensionOf('Style/Awkward')).toBe('style')
    expect(mqmDimensionOf('Declension')).toBe('linguistic-conventions')
  })
})
