import { describe, expect, it } from 'vitest'
import { countWords } from '@shared/metrics'
import {
  GOOGLE_WMT_MQM_PROFILE,
  MQM_CORE_PROFILE,
  UNBABEL_WMT21_MQM_PROFILE,
  copyScoringProfile,
  rankUnits,
  scoreInput,
  scoringInputFromArticles,
  type ScoringProfile,
  type ScoringSegment
} from '@shared/scoring'
import { SAMPLE_FLAGS, SAMPLE_RU, sampleArticle } from './sample-article'

const sourceWords = SAMPLE_RU.reduce((sum, p) => sum + countWords(p), 0)

describe('MQM Core on the sample article', () => {
  const article = sampleArticle(SAMPLE_FLAGS)
  const { totals, docs, systems } = scoreInput(
    scoringInputFromArticles([article]),
    MQM_CORE_PROFILE
  )

  it('scores 100 x (1 - APT/EWC) over the source words, counting resolved flags and not rejected ones', () => {
    // Counted: minor punctuation (1) + major calque (5) + resolved minor name (1); the rejected
    // major does not count. APT = 7.
    expect(totals.penalty).toBe(7)
    expect(totals.words).toBe(sourceWords)
    expect(totals.score).toBeCloseTo(100 * (1 - 7 / sourceWords), 10)
    expect(totals.penaltyPerThousandWords).toBeCloseTo((7 * 1000) / sourceWords, 10)
    expect(totals.errorsPerThousandWords).toBeCloseTo((3 * 1000) / sourceWords, 10)
    // Threshold 99 = at most 10 points per 1,000 words.
    expect(totals.pass).toBe(7 / sourceWords <= 0.01)
    expect(sourceWords).toBeGreaterThan(500)
    expect(totals.smallSample).toBe(false)
  })

  it('counts errors by severity, category and MQM Core dimension', () => {
    expect(totals.errors).toBe(3)
    expect(totals.errorsBySeverity).toEqual({ minor: 2, major: 1 })
    expect(totals.errorsByCategory).toEqual({
      'linguistic-conventions/punctuation': { minor: 1 },
      'style/unidiomatic': { major: 1 },
      'terminology/inconsistent-use': { minor: 1 }
    })
    expect(totals.errorsByDimension).toEqual({
      'linguistic-conventions': 1,
      style: 1,
      terminology: 1
    })
    expect(totals.criticalErrors).toBe(0)
  })

  it('reports the share of rows flagged and one article, no systems', () => {
    expect(totals.segments).toBe(26)
    expect(totals.flaggedSegments).toBe(2)
    expect(totals.flaggedShare).toBeCloseTo(2 / 26, 12)
    expect(systems).toEqual([])
    expect(docs).toHaveLength(1)
    expect(docs[0]!.label).toBe(article.name)
    expect(docs[0]!.score).toBe(totals.score)
  })

  it('measures no post-editing when nothing was edited', () => {
    expect(totals.postEdit).toEqual({ segments: 26, editRate: 0, chrF: 100 })
  })

  it('measures the post-edit of the idiom calque', () => {
    const row = sampleArticle().rows[15]!
    const fixed = row.target.replace('morning chairs –money in the evening', 'cash on delivery')
    const edited = scoreInput(
      scoringInputFromArticles([sampleArticle([], { 15: fixed })]),
      MQM_CORE_PROFILE
    )
    const peWords = sampleArticle().rows.reduce(
      (sum, r) => sum + (r.index === 15 ? fixed : r.target).split(/\s+/).filter(Boolean).length,
      0
    )
    expect(edited.totals.postEdit.editRate).toBeCloseTo(6 / peWords, 12)
    expect(edited.totals.postEdit.chrF).toBeGreaterThan(95)
    expect(edited.totals.postEdit.chrF).toBeLessThan(100)
  })

  it('fails a text with a critical error whatever its score', () => {
    const critical = sampleArticle([
      { row: 18, phrase: 'Lukashenka', category: 'accuracy/mistranslation', severity: 'critical' }
    ])
    const { totals: t } = scoreInput(scoringInputFromArticles([critical]), MQM_CORE_PROFILE)
    expect(t.criticalErrors).toBe(1)
    expect(t.score).toBeCloseTo(100 * (1 - 25 / sourceWords), 10)
    expect(t.pass).toBe(false)
  })

  it('counts Neutral flags as flagged rows but not as errors or points', () => {
    const neutral = sampleArticle([
      { row: 4, phrase: 'pleased', category: 'style/awkward', severity: 'neutral' }
    ])
    const { totals: t } = scoreInput(scoringInputFromArticles([neutral]), MQM_CORE_PROFILE)
    expect(t.errors).toBe(0)
    expect(t.penalty).toBe(0)
    expect(t.errorsBySeverity).toEqual({ neutral: 1 })
    expect(t.flaggedSegments).toBe(1)
    expect(t.score).toBe(100)
    expect(t.pass).toBe(true)
  })

  it('scores only the rows somebody looked at when asked to', () => {
    const article = sampleArticle(SAMPLE_FLAGS)
    const reviewed = {
      ...article,
      rows: article.rows.map((r) => (r.index < 5 ? { ...r, status: 'reviewed' as const } : r))
    }
    const input = scoringInputFromArticles([reviewed], { onlyReviewedRows: true })
    // rows 0-4 reviewed, row 15 carries counted flags (row 3's only flag is rejected but it is reviewed)
    expect(input.segments.map((s) => s.docSegId)).toEqual(['1', '2', '3', '4', '5', '16'])
  })
})

function segment(
  partial: Partial<ScoringSegment> & Pick<ScoringSegment, 'raters'>
): ScoringSegment {
  return {
    system: 'sys',
    doc: 'doc',
    docSegId: '1',
    sourceWords: 10,
    targetWords: 10,
    errors: [],
    mt: '',
    postEdit: null,
    ...partial
  }
}

describe('per-segment conventions', () => {
  it('Google: a segment is the mean over its raters, a system the mean over rated segments', () => {
    const segments = [
      segment({
        docSegId: '1',
        raters: ['r1', 'r2'],
        errors: [
          { rater: 'r1', category: 'Accuracy/Mistranslation', severity: 'major' },
          { rater: 'r2', category: 'Fluency/Grammar', severity: 'minor' },
          { rater: 'r2', category: 'Fluency/Punctuation', severity: 'minor' }
        ]
      }),
      segment({ docSegId: '2', raters: ['r1'] }),
      segment({ docSegId: '3', raters: [] })
    ]
    const { totals, segments: scored } = scoreInput(
      { kind: 'mqm-tsv', name: 'x', segments },
      GOOGLE_WMT_MQM_PROFILE
    )
    // (5 + (1 + 0.1)) / 2 raters
    expect(scored[0]!.penalty).toBeCloseTo(3.05, 12)
    expect(totals.score).toBeCloseTo(3.05 / 2, 12)
    expect(totals.segments).toBe(3)
    expect(totals.ratedSegments).toBe(2)
    expect(totals.raters).toBe(2)
    expect(totals.pass).toBeNull()
  })

  it('Unbabel: 100 - 100 x penalty / target words per segment, then the mean', () => {
    const segments = [
      segment({
        targetWords: 10,
        raters: ['r'],
        errors: [{ rater: 'r', category: 'Lexical Selection', severity: 'major' }]
      }),
      segment({
        targetWords: 20,
        raters: ['r'],
        errors: [
          { rater: 'r', category: 'Punctuation', severity: 'minor' },
          { rater: 'r', category: 'Untranslated', severity: 'critical' }
        ]
      }),
      segment({ targetWords: 4, raters: ['r'] }),
      // no target words: no quality score can be computed for it
      segment({
        targetWords: 0,
        raters: ['r'],
        errors: [{ rater: 'r', category: 'Omission', severity: 'major' }]
      })
    ]
    const { totals, segments: scored } = scoreInput(
      { kind: 'mqm-tsv', name: 'x', segments },
      UNBABEL_WMT21_MQM_PROFILE
    )
    expect(scored.map((s) => s.score)).toEqual([50, 45, 100, null])
    expect(totals.score).toBeCloseTo((50 + 45 + 100) / 3, 12)
    expect(totals.unscorableSegments).toBe(1)
    expect(totals.words).toBe(34)
  })

  it('penalty points per 1,000 words when a profile pools them that way', () => {
    const profile: ScoringProfile = {
      ...copyScoringProfile(MQM_CORE_PROFILE, 'points', { en: 'Points', ru: 'Баллы' }),
      formula: 'penalty-points',
      direction: 'lower-better',
      passThreshold: 5,
      criticalFails: false
    }
    const segments = [
      segment({
        sourceWords: 1500,
        raters: ['r'],
        errors: [{ rater: 'r', category: 'accuracy', severity: 'major' }]
      }),
      segment({
        sourceWords: 500,
        raters: ['r'],
        errors: [
          { rater: 'r', category: 'style', severity: 'minor' },
          { rater: 'r', category: 'style', severity: 'minor' }
        ]
      })
    ]
    const { totals } = scoreInput({ kind: 'mqm-tsv', name: 'x', segments }, profile)
    expect(totals.score).toBeCloseTo(3.5, 12)
    expect(totals.pass).toBe(true)
  })
})

describe('empty and tiny inputs', () => {
  it('give no score, no verdict and no ratios instead of NaN', () => {
    const { totals, docs, systems } = scoreInput(
      { kind: 'calque-project', name: 'empty', segments: [] },
      MQM_CORE_PROFILE
    )
    expect(totals).toMatchObject({
      segments: 0,
      words: 0,
      score: null,
      pass: null,
      flaggedShare: null,
      errorsPerThousandWords: null,
      penaltyPerThousandWords: null,
      postEdit: { segments: 0, editRate: null, chrF: null }
    })
    expect(docs).toEqual([])
    expect(systems).toEqual([])
  })

  it('mark a two-row article as a small sample', () => {
    const tiny = { ...sampleArticle(), rows: sampleArticle().rows.slice(0, 2) }
    const { totals } = scoreInput(scoringInputFromArticles([tiny]), MQM_CORE_PROFILE)
    expect(totals.score).toBe(100)
    expect(totals.smallSample).toBe(true)
  })
})

describe('ranking units', () => {
  it('puts the best first in the profile’s direction and units without a score last', () => {
    const unit = (label: string, score: number | null) =>
      ({ label, score }) as Parameters<typeof rankUnits>[0][number]
    const units = [unit('b', 2), unit('none', null), unit('a', 1), unit('c', 3)]
    expect(rankUnits(units, GOOGLE_WMT_MQM_PROFILE).map((u) => u.label)).toEqual([
      'a',
      'b',
      'c',
      'none'
    ])
    expect(rankUnits(units, MQM_CORE_PROFILE).map((u) => u.label)).toEqual(['c', 'b', 'a', 'none'])
  })
})
