/**
 * Scores of a scoring input under a profile: per segment, then per unit (the whole input, each
 * system, each document of each system). One pass over the segments feeds every unit.
 *
 * - A segment's penalty: the weights of its errors (`weights.ts`), summed per rater and averaged over
 *   the segment's raters (Google convention; a Calque row has one rater, so this is just the sum).
 * - `per-words`: a unit's penalty and words are the sums over its rated segments; quality-score =
 *   100 x (1 - penalty / words), penalty-points = penalty per `unit` words.
 * - `per-segment-mean`: each rated segment gets quality-score 100 x (1 - penalty / its words) or
 *   penalty-points = its penalty; the unit's score is the plain mean. A segment with no words cannot
 *   have a quality score and is left out of that mean (counted in `unscorableSegments`).
 * Counts (errors by severity and category) are annotations: with several raters on a segment each
 * rater's errors are counted.
 */
import { CHRF_ORDER, addChrfStatistics, chrfFromStatistics, chrfStatistics } from '../metrics/chrf'
import { editRate, wordEditCounts } from '../metrics/edit-rate'
import { mqmDimensionOf } from './categories'
import type { ScoringInput, ScoringSegment } from './input'
import type { ScoringProfile } from './profile'
import { createWeigher, type Weigher } from './weights'

export interface SegmentScore {
  readonly segment: ScoringSegment
  readonly rated: boolean
  /** Penalty points, averaged over the segment's raters. */
  readonly penalty: number
  /** Words on the profile's basis side. */
  readonly words: number
  /** The segment's own score; null when nobody rated it or (quality-score) it has no words. */
  readonly score: number | null
}

export interface PostEditFigures {
  /** Segments with a corrected text (every row of a Calque project; imported data rarely has any). */
  readonly segments: number
  /** Word edit rate MT -> post-edit over those segments (total edits / post-edit words); 0..1+. */
  readonly editRate: number | null
  /** Corpus chrF2 of the MT against the post-edit, 0..100. */
  readonly chrF: number | null
}

export interface UnitScore {
  /** `total`, the system, or the system and document joined by " / ". */
  readonly key: string
  readonly system: string | null
  readonly doc: string | null
  /** What to show: the article's name, the document, the system. */
  readonly label: string
  readonly segments: number
  /** Segments somebody rated: only these are scored and counted below. */
  readonly ratedSegments: number
  readonly raters: number
  readonly sourceWords: number
  readonly targetWords: number
  /** Words on the profile's basis side (source for MQM Core, target for Unbabel). */
  readonly words: number
  /** Errors other than Neutral ones. */
  readonly errors: number
  readonly criticalErrors: number
  readonly errorsBySeverity: Readonly<Record<string, number>>
  /** category -> severity -> count, categories as the data names them. */
  readonly errorsByCategory: Readonly<Record<string, Readonly<Record<string, number>>>>
  /** MQM Core dimension (`accuracy`, …, `other`) -> count of errors (Neutral excluded). */
  readonly errorsByDimension: Readonly<Record<string, number>>
  /** Penalty points (rater-averaged), summed over the unit's segments. */
  readonly penalty: number
  /** Penalty points per 1,000 basis words, whatever the profile's formula. */
  readonly penaltyPerThousandWords: number | null
  readonly errorsPerThousandWords: number | null
  readonly score: number | null
  /** Against the profile's threshold and critical rule; null when the profile has neither or there is no score. */
  readonly pass: boolean | null
  /** Fewer words than the profile's `minimumWords`: the score says little. */
  readonly smallSample: boolean
  /** Rated segments with at least one annotation (Neutral included): "rows flagged". */
  readonly flaggedSegments: number
  readonly flaggedShare: number | null
  readonly unscorableSegments: number
  readonly postEdit: PostEditFigures
  /** Severities the profile does not know (weighted 0), so a report can say so. */
  readonly unknownSeverities: readonly string[]
}

export interface InputScores {
  readonly segments: readonly SegmentScore[]
  readonly totals: UnitScore
  /** Per system, best first (empty for a Calque project). */
  readonly systems: readonly UnitScore[]
  /** Per document of each system (per article for a Calque project), in input order. */
  readonly docs: readonly UnitScore[]
}

export function scoreSegment(
  segment: ScoringSegment,
  profile: ScoringProfile,
  weigher: Weigher = createWeigher(profile)
): SegmentScore {
  const words = profile.normalisation.basis === 'source' ? segment.sourceWords : segment.targetWords
  const rated = segment.raters.length > 0
  if (!rated) return { segment, rated, penalty: 0, words, score: null }
  let points = 0
  for (const error of segment.errors) points += weigher(error.severity, error.category).weight
  const penalty = points / segment.raters.length
  const score =
    profile.formula === 'penalty-points'
      ? penalty
      : words > 0
        ? 100 - (100 * penalty) / words
        : null
  return { segment, rated, penalty, words, score }
}

export function scoreInput(input: ScoringInput, profile: ScoringProfile): InputScores {
  const weigher = createWeigher(profile)
  const total = new UnitAccumulator('total', null, null, input.name || 'total')
  const systems = new Map<string, UnitAccumulator>()
  const docs = new Map<string, UnitAccumulator>()
  const segments: SegmentScore[] = []
  const hasSystems = input.segments.some((s) => s.system !== null)
  for (const segment of input.segments) {
    const scored = scoreSegment(segment, profile, weigher)
    segments.push(scored)
    const figures = postEditOf(segment)
    total.add(scored, figures, weigher)
    if (hasSystems) {
      const system = segment.system ?? ''
      let unit = systems.get(system)
      if (!unit) systems.set(system, (unit = new UnitAccumulator(system, system, null, system)))
      unit.add(scored, figures, weigher)
    }
    const docKey = hasSystems ? `${segment.system ?? ''} / ${segment.doc}` : segment.doc
    let doc = docs.get(docKey)
    if (!doc) {
      const label = input.docNames?.[segment.doc] ?? segment.doc
      doc = new UnitAccumulator(docKey, segment.system, segment.doc, label)
      docs.set(docKey, doc)
    }
    doc.add(scored, figures, weigher)
  }
  return {
    segments,
    totals: total.finish(profile),
    systems: rankUnits(
      [...systems.values()].map((u) => u.finish(profile)),
      profile
    ),
    docs: [...docs.values()].map((u) => u.finish(profile))
  }
}

/** Best first by the profile's direction; units without a score last; ties by name. */
export function rankUnits(units: readonly UnitScore[], profile: ScoringProfile): UnitScore[] {
  const sign = profile.direction === 'higher-better' ? -1 : 1
  return [...units].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1
    } else if (a.score !== b.score) return sign * (a.score - b.score)
    return a.label.localeCompare(b.label)
  })
}

interface SegmentPostEdit {
  readonly edits: number
  readonly referenceWords: number
  readonly chrf: readonly number[]
}

function postEditOf(segment: ScoringSegment): SegmentPostEdit | null {
  if (segment.postEdit === null) return null
  const { edits, referenceWords } = wordEditCounts(segment.mt, segment.postEdit)
  return { edits, referenceWords, chrf: chrfOf(segment.mt, segment.postEdit) }
}

/** An unchanged row (most of an article) matches itself: no n-gram tables needed. */
function chrfOf(mt: string, postEdit: string): readonly number[] {
  if (mt !== postEdit) return chrfStatistics(mt, postEdit)
  const length = Array.from(mt.replace(/\s+/gu, '')).length
  const stats: number[] = []
  for (let n = 1; n <= CHRF_ORDER; n++) {
    const grams = Math.max(0, length - n + 1)
    stats.push(grams, grams, grams)
  }
  return stats
}

class UnitAccumulator {
  private segments = 0
  private rated = 0
  private readonly raters = new Set<string>()
  private sourceWords = 0
  private targetWords = 0
  private words = 0
  private errors = 0
  private critical = 0
  private penalty = 0
  private readonly bySeverity = new Map<string, number>()
  private readonly byCategory = new Map<string, Map<string, number>>()
  private readonly byDimension = new Map<string, number>()
  private readonly unknown = new Set<string>()
  private flagged = 0
  private scoreSum = 0
  private scored = 0
  private postEdited = 0
  private edits = 0
  private referenceWords = 0
  private readonly chrf = new Array<number>(CHRF_ORDER * 3).fill(0)

  constructor(
    private readonly key: string,
    private readonly system: string | null,
    private readonly doc: string | null,
    private readonly label: string
  ) {}

  add(scored: SegmentScore, postEdit: SegmentPostEdit | null, weigher: Weigher): void {
    this.segments++
    if (!scored.rated) return
    const { segment } = scored
    this.rated++
    for (const rater of segment.raters) this.raters.add(rater)
    this.sourceWords += segment.sourceWords
    this.targetWords += segment.targetWords
    this.words += scored.words
    this.penalty += scored.penalty
    if (scored.score !== null) {
      this.scoreSum += scored.score
      this.scored++
    }
    if (segment.errors.length > 0) this.flagged++
    for (const error of segment.errors) {
      increment(this.bySeverity, error.severity)
      let severities = this.byCategory.get(error.category)
      if (!severities) this.byCategory.set(error.category, (severities = new Map()))
      increment(severities, error.severity)
      if (!weigher(error.severity, error.category).known) this.unknown.add(error.severity)
      if (error.severity === 'neutral') continue
      this.errors++
      if (error.severity === 'critical') this.critical++
      increment(this.byDimension, mqmDimensionOf(error.category))
    }
    if (postEdit) {
      this.postEdited++
      this.edits += postEdit.edits
      this.referenceWords += postEdit.referenceWords
      addChrfStatistics(this.chrf, postEdit.chrf)
    }
  }

  finish(profile: ScoringProfile): UnitScore {
    const perThousand = (value: number) => (this.words > 0 ? (1000 * value) / this.words : null)
    const score = this.score(profile)
    return {
      key: this.key,
      system: this.system,
      doc: this.doc,
      label: this.label,
      segments: this.segments,
      ratedSegments: this.rated,
      raters: this.raters.size,
      sourceWords: this.sourceWords,
      targetWords: this.targetWords,
      words: this.words,
      errors: this.errors,
      criticalErrors: this.critical,
      errorsBySeverity: Object.fromEntries(this.bySeverity),
      errorsByCategory: Object.fromEntries(
        [...this.byCategory].map(([category, counts]) => [category, Object.fromEntries(counts)])
      ),
      errorsByDimension: Object.fromEntries(this.byDimension),
      penalty: this.penalty,
      penaltyPerThousandWords: perThousand(this.penalty),
      errorsPerThousandWords: perThousand(this.errors),
      score,
      pass: passOf(score, this.critical, profile),
      smallSample: profile.minimumWords !== undefined && this.words < profile.minimumWords,
      flaggedSegments: this.flagged,
      flaggedShare: this.rated > 0 ? this.flagged / this.rated : null,
      unscorableSegments: this.rated - this.scored,
      postEdit: {
        segments: this.postEdited,
        editRate:
          this.postEdited > 0
            ? editRate({ edits: this.edits, referenceWords: this.referenceWords })
            : null,
        chrF: this.postEdited > 0 ? chrfFromStatistics(this.chrf) : null
      },
      unknownSeverities: [...this.unknown].sort()
    }
  }

  private score(profile: ScoringProfile): number | null {
    const norm = profile.normalisation
    if (norm.kind === 'per-segment-mean')
      return this.scored > 0 ? this.scoreSum / this.scored : null
    if (this.words === 0) return null
    return profile.formula === 'quality-score'
      ? 100 - (100 * this.penalty) / this.words
      : (norm.unit * this.penalty) / this.words
  }
}

function passOf(score: number | null, critical: number, profile: ScoringProfile): boolean | null {
  if (score === null) return null
  if (profile.criticalFails && critical > 0) return false
  if (profile.passThreshold === null) return null
  return profile.direction === 'higher-better'
    ? score >= profile.passThreshold
    : score <= profile.passThreshold
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}
