import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { openOrCreatePairProject } from '../../../helpers/projects'
import {
  loadProjectForScoring,
  loadProjectTrendArticles
} from '../../../../src/main/services/scoring/load-project'
import type { ReviewEvent } from '@shared/review/events'
import { CalqueFailure } from '@shared/ipc/errors'
import { rowText } from '@shared/review/row-text'
import { MQM_CORE_PROFILE, scoreInput, scoreTrend, scoringInputFromArticles } from '@shared/scoring'
import { sampleEn, sampleRu, tempDir } from '../../../helpers/paths'

const root = tempDir('calque-load-project-')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const day = (d: number) => new Date(`2026-11-${d}T10:00:00.000Z`)

type LogFlag = Extract<ReviewEvent, { type: 'flag.add' }>['flag']

function flag(
  id: string,
  row: string,
  text: string,
  phrase: string,
  extra: Partial<LogFlag> = {}
): LogFlag {
  const start = text.indexOf(phrase)
  return {
    id,
    row,
    side: 'target',
    span: [start, start + phrase.length],
    category: 'style/unidiomatic',
    severity: 'major',
    comment: '',
    status: 'open',
    origin: 'reviewer',
    author: 'anna',
    createdAt: day(27).toISOString(),
    updatedAt: day(27).toISOString(),
    ...extra
  }
}

describe('a project folder as scoring input', () => {
  it('is the article with its rows, statuses and flags as the log left them', async () => {
    const project = await openOrCreatePairProject(root, sampleRu, sampleEn, () => day(27))
    const segments = project.alignment.target.segments
    const beads = project.alignment.beads
    const calqueRow = beads.find((b) => rowText(segments, b.target).includes('morning chairs'))!
    const dotsRow = beads.find((b) => rowText(segments, b.target).includes('September 17..'))!
    const calqueText = rowText(segments, calqueRow.target)
    const dotsText = rowText(segments, dotsRow.target)
    await project.log.append(
      { type: 'flag.add', flag: flag('f1', calqueRow.id, calqueText, 'morning chairs') },
      'anna',
      day(27)
    )
    await project.log.append(
      {
        type: 'flag.add',
        flag: flag('f2', dotsRow.id, dotsText, '..', {
          severity: 'minor',
          category: 'linguistic-conventions/punctuation'
        })
      },
      'anna',
      day(28)
    )
    // A QA lead rejects it: a flag is added open and moves through its statuses.
    await project.log.append(
      {
        type: 'flag.status',
        ids: ['f2'],
        status: 'rejected',
        note: 'the double stop is in the source'
      },
      'anna',
      day(28)
    )
    await project.log.append(
      { type: 'status.set', row: calqueRow.id, status: 'reviewed' },
      'anna',
      day(28)
    )

    const [article, ...more] = await loadProjectForScoring(project.dir)
    expect(more).toEqual([])
    expect(article!.id).toBe(project.manifest.id)
    expect(article!.name).toBe(project.manifest.name)
    expect(article!.rows).toHaveLength(beads.length)
    const row = article!.rows.find((r) => r.id === calqueRow.id)!
    expect(row.target).toBe(calqueText)
    expect(row.status).toBe('reviewed')
    expect(row.flags.map((f) => f.id)).toEqual(['f1'])
    expect(row.edit).toBeNull()

    // the rejected flag is on its row but does not count
    const totals = scoreInput(scoringInputFromArticles([article!]), MQM_CORE_PROFILE).totals
    expect(totals.penalty).toBe(5)
    expect(totals.segments).toBe(beads.length)

    const trend = scoreTrend(await loadProjectTrendArticles(project.dir), MQM_CORE_PROFILE)
    expect(trend.map((p) => [p.period, p.totals.penalty])).toEqual([
      ['2026-11-27', 5],
      ['2026-11-28', 5]
    ])
  })

  it('refuses a folder that holds no project', async () => {
    const error = await loadProjectForScoring(tempDir('calque-not-a-project-')).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(CalqueFailure)
    expect((error as CalqueFailure).error.code).toBe('project-corrupt')
    await expect(loadProjectTrendArticles(tempDir('calque-not-a-project-'))).rejects.toMatchObject({
      error: { code: 'project-corrupt' }
    })
  })
})
