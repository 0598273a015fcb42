/**
 * Alignment fixes through the real backend on a temporary user-data folder: checked against the
 * project's current rows, appended to the log, and found again by a restarted app.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import type { ProjectView } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/errors'
import type { ReviewEvent } from '@shared/review/events'
import { rowText } from '@shared/review/row-text'
import { repoRoot, tempDir } from '../../helpers/paths'

function backendFor(userDataDir: string) {
  return createBackend({
    userDataDir,
    samplesDir: join(repoRoot, 'resources/samples'),
    choosePair: async () => null,
    chooseBilingualFile: async () => null,
    chooseDirectory: async () => null,
    systemLocale: 'en-GB',
    author: 'anna',
    now: () => new Date('2026-11-27T10:00:00.000Z')
  })
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value
}

/** The current row whose English text contains `phrase`. */
function rowWith(project: ProjectView, phrase: string) {
  const bead = project.review.beads.find((b) =>
    rowText(project.target.segments, b.target).includes(phrase)
  )
  if (!bead) throw new Error(`no row with "${phrase}"`)
  return bead
}

function flagOn(project: ProjectView, phrase: string): ReviewEvent {
  const bead = rowWith(project, phrase)
  const start = rowText(project.target.segments, bead.target).indexOf(phrase)
  return {
    type: 'flag.add',
    flag: {
      id: 'senate',
      row: bead.id,
      side: 'target',
      span: [start, start + phrase.length],
      category: 'terminology',
      severity: 'minor',
      comment: '',
      status: 'open',
      origin: 'reviewer',
      author: '',
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z'
    }
  }
}

describe('alignment fixes through the backend', () => {
  it('records a merge that a restarted app finds again, flags carried along', async () => {
    const userData = tempDir()
    const first = backendFor(userData)
    const project = unwrap(await first.handlers.openSample({}))
    expect(project.review.beads).toEqual(project.beads)
    const early = rowWith(project, 'It is too early')
    const senate = rowWith(project, 'Senate approval')
    const append = (event: ReviewEvent) =>
      first.handlers.appendReview({ projectId: project.id, event })

    unwrap(await append(flagOn(project, 'Senate approval')))
    unwrap(await append({ type: 'status.set', row: early.id, status: 'reviewed' }))
    const saved = unwrap(await append({ type: 'align.merge', row: early.id }))
    expect(saved.seq).toBe(2)
    const merged = `b${project.beads.length}`
    unwrap(await append({ type: 'status.set', row: merged, status: 'needs-work' }))

    const log = (await readFile(join(project.dir, 'review.jsonl'), 'utf8')).trimEnd().split('\n')
    expect(JSON.parse(log[2]!)).toMatchObject({
      seq: 2,
      author: 'anna',
      event: { type: 'align.merge', row: early.id }
    })

    const restarted = backendFor(userData)
    const again = unwrap(await restarted.handlers.openRecent({ projectId: project.id }))
    expect(again.beads).toEqual(project.beads)
    expect(again.review.beads).toHaveLength(project.beads.length - 1)
    const row = again.review.beads.find((b) => b.id === merged)!
    expect(row).toMatchObject({
      source: [...early.source, ...senate.source],
      target: [...early.target, ...senate.target],
      confidence: 1,
      origin: 'manual'
    })
    const flag = again.review.flags[0]!
    expect(flag.row).toBe(merged)
    expect(rowText(again.target.segments, row.target).slice(...flag.span)).toBe('Senate approval')
    expect(again.review.statuses).toEqual({ [merged]: 'needs-work' })

    // Undo, after the restart: the rows, the flag and the status come back as they were.
    unwrap(
      await restarted.handlers.appendReview({
        projectId: project.id,
        event: { type: 'align.undo' }
      })
    )
    const third = unwrap(await backendFor(userData).handlers.openRecent({ projectId: project.id }))
    expect(third.review.beads).toEqual(project.beads)
    expect(third.review.flags[0]!.row).toBe(senate.id)
    expect(third.review.statuses).toEqual({ [early.id]: 'reviewed' })
    expect(third.review.alignment.undone).toHaveLength(1)
  })

  it('checks each fix against the rows as they are after the fixes before it', async () => {
    const backend = backendFor(tempDir())
    const project = unwrap(await backend.handlers.openSample({}))
    const append = (event: ReviewEvent) =>
      backend.handlers.appendReview({ projectId: project.id, event })
    const next = `b${project.beads.length}`
    // Sent together, as two quick key presses are: the second names the row the first makes.
    const [a, b, c] = await Promise.all([
      append({ type: 'align.merge', row: 'b0' }),
      append({ type: 'align.merge', row: next }),
      append({ type: 'align.merge', row: 'b1' })
    ])
    expect(a.ok && b.ok).toBe(true)
    // b1 went into the first merge: it no longer exists.
    expect(c).toMatchObject({ ok: false, error: { code: 'invalid-request', detail: 'no row b1' } })

    const refusals: ReviewEvent[] = [
      { type: 'align.redo' },
      { type: 'align.split', row: 'b5', sourceAt: 1, targetAt: 1 },
      {
        type: 'align.move',
        row: `b${project.beads.length - 1}`,
        side: 'target',
        direction: 'down'
      },
      { type: 'align.unlink', row: 'b0' },
      { type: 'status.set', row: 'b0', status: 'reviewed' },
      { type: 'flag.remove', id: 'never-added' }
    ]
    for (const event of refusals) {
      expect(await append(event)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
    const reopened = unwrap(await backend.handlers.openSample({}))
    expect(reopened.review.beads).toHaveLength(project.beads.length - 2)
    expect(reopened.review.lastSeq).toBe(1)
  })
})
