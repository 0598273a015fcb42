/**
 * Calque's scores of real MQM annotations against the official scores published for them
 * (../shared/corpora, see its README.txt):
 * - WMT21 TED talks English->German, Google convention (Google WMT MQM profile): at least 13 of the
 *   14 systems equal to the published table at 2 decimals. The published eTranslation figure, 1.96,
 *   looks truncated from 1.969 (every other figure is rounded).
 * - WMT21 English->Russian news and TED, Unbabel convention (Unbabel MQM profile) with Calque's own
 *   word count: every system within 0.1 points of the published score, and the same ranking.
 * Each test prints its comparison table.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMqmTsv } from '@shared/mqm-tsv'
import {
  GOOGLE_WMT_MQM_PROFILE,
  UNBABEL_WMT21_MQM_PROFILE,
  scoreInput,
  scoringInputFromMqmRecords,
  type ScoringProfile,
  type UnitScore
} from '@shared/scoring'
import { SKIP_NO_CORPORA, corporaDir, hasCorpora } from '../../../helpers/paths'
import { GOOGLE_TED_ENDE_PUBLISHED } from './published'

function scoreFile(
  file: string,
  profile: ScoringProfile
): { systems: readonly UnitScore[]; lines: number; records: number; issues: number } {
  const text = readFileSync(join(corporaDir, file), 'utf8')
  const parsed = parseMqmTsv(text)
  const systems = scoreInput(scoringInputFromMqmRecords(parsed.records, file), profile).systems
  const lines = text.split('\n').filter((l) => l.trim() !== '').length
  return { systems, lines, records: parsed.records.length, issues: parsed.issues.length }
}

describe.skipIf(!hasCorpora)(
  `published MQM system scores (${hasCorpora ? corporaDir : SKIP_NO_CORPORA})`,
  () => {
    it('reproduces the Google TED en-de table: at least 13 of 14 systems at 2 decimals', () => {
      const { systems, lines, records, issues } = scoreFile(
        'mqm_google_ted2021_ende/mqm_ted_ende.tsv',
        GOOGLE_WMT_MQM_PROFILE
      )
      // Every line but the header is one record: none lost or merged by quoting.
      expect({ records, issues }).toEqual({ records: lines - 1, issues: 0 })
      const rows = systems.map((unit) => {
        const name = unit.label === 'ref' ? 'ref.A' : unit.label
        const published = GOOGLE_TED_ENDE_PUBLISHED[name]
        return {
          name,
          calque: unit.score!,
          published,
          same: unit.score!.toFixed(2) === published?.toFixed(2)
        }
      })
      console.log(
        'Google TED en-de (lower is better)\nsystem           calque  published  equal@2dp\n' +
          rows
            .map(
              (r) =>
                `${r.name.padEnd(15)} ${r.calque.toFixed(4)}  ${r.published?.toFixed(2)}       ${r.same ? 'yes' : 'NO'}`
            )
            .join('\n')
      )
      expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(GOOGLE_TED_ENDE_PUBLISHED).sort())
      const different = rows.filter((r) => !r.same)
      expect(rows.length - different.length).toBeGreaterThanOrEqual(13)
      // The one allowed difference is the truncated figure.
      for (const r of different) {
        expect(r.name).toBe('eTranslation')
        expect(Math.trunc(r.calque * 100) / 100).toBe(r.published)
      }
      // Same ranking as the published table (its order is the rank).
      expect(rows.map((r) => r.name)).toEqual(Object.keys(GOOGLE_TED_ENDE_PUBLISHED))
    })

    it.each([
      [
        'newstest2021',
        'mqm_newstest2021_enru.tsv',
        'published_newstest2021_en-ru.mqm.sys.score.tsv'
      ],
      ['tedtalks', 'mqm_tedtalks2021_enru.tsv', 'published_tedtalks_en-ru.mqm.sys.score.tsv']
    ])(
      'reproduces the Unbabel en-ru %s scores within 0.1 with the same ranking',
      (name, file, publishedFile) => {
        const dir = 'mqm_wmt21_enru'
        const published = new Map(
          readFileSync(join(corporaDir, dir, publishedFile), 'utf8')
            .trim()
            .split('\n')
            .map((line) => line.split('\t'))
            .map(([system, score]) => [system!, Number(score)] as const)
        )
        const { systems, lines, records, issues } = scoreFile(
          join(dir, file),
          UNBABEL_WMT21_MQM_PROFILE
        )
        expect({ records, issues }).toEqual({ records: lines - 1, issues: 0 })
        // mt-metrics-eval names the references refA / refB, the TSV ref.A / ref.B
        const rows = systems.map((unit) => {
          const key = unit.label.replace(/^ref\./, 'ref')
          return { name: unit.label, calque: unit.score!, published: published.get(key)! }
        })
        const worst = Math.max(...rows.map((r) => Math.abs(r.calque - r.published)))
        console.log(
          `Unbabel en-ru ${name} (higher is better), largest difference ${worst.toFixed(4)}\nsystem           calque   published  diff\n` +
            rows
              .map(
                (r) =>
                  `${r.name.padEnd(15)} ${r.calque.toFixed(3)}   ${r.published.toFixed(3)}   ${(r.calque - r.published >= 0 ? '+' : '') + (r.calque - r.published).toFixed(3)}`
              )
              .join('\n')
        )
        expect(rows).toHaveLength(published.size)
        for (const r of rows) expect(Math.abs(r.calque - r.published), r.name).toBeLessThan(0.1)
        const publishedOrder = [...published].sort((a, b) => b[1] - a[1]).map(([system]) => system)
        expect(rows.map((r) => r.name.replace(/^ref\./, 'ref'))).toEqual(publishedOrder)
      }
    )
  }
)
