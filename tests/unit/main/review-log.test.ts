import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openReviewLog } from '../../../src/main/services/review-log'
import { CalqueFailure } from '@shared/ipc/errors'
import type { ReviewEvent } from '@shared/review/events'
import { tempDir } from '../../helpers/paths'

const clock = () => new Date('2026-11-27T10:00:00.000Z')

function flagEvent(id: string, row = 'b3'): ReviewEvent {
  return {
    type: 'flag.add',
    flag: {
      id,
      row,
      side: 'target',
      span: [0, 37],
      category: 'accuracy',
      severity: 'major',
      comment:
        'morning chairs – money in the evening: word-for-word calque of «утром стулья — вечером деньги»',
      status: 'open',
      origin: 'reviewer',
      author: 'anna',
      createdAt: clock().toISOString(),
      updatedAt: clock().toISOString()
    }
  }
}

describe('review log on disk', () => {
  it('appends records with increasing seq and replays them on reopen', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const first = await openReviewLog(path, clock)
    expect(first.state.lastSeq).toBe(-1)
    await first.writer.append(flagEvent('f1'), 'anna', clock())
    await first.writer.append(
      { type: 'status.set', row: 'b3', status: 'reviewed' },
      'anna',
      clock()
    )
    await first.writer.append({ type: 'flag.remove', id: 'f1' }, 'anna', clock())
    await first.writer.append(flagEvent('f2', 'b7'), 'anna', clock())

    const again = await openReviewLog(path, clock)
    expect(again.notices).toEqual([])
    expect(again.state.lastSeq).toBe(3)
    expect(again.state.flags.map((f) => f.id)).toEqual(['f2'])
    expect(again.state.statuses).toEqual({ b3: 'reviewed' })
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l).seq)).toEqual([0, 1, 2, 3])
  })

  it('serialises concurrent appends: every record whole, seqs unique', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const { writer } = await openReviewLog(path, clock)
    const records = await Promise.all(
      Array.from({ length: 40 }, (_, i) => writer.append(flagEvent(`f${i}`), 'anna', clock()))
    )
    expect(new Set(records.map((r) => r.seq)).size).toBe(40)
    const reopened = await openReviewLog(path, clock)
    expect(reopened.state.flags).toHaveLength(40)
  })

  it('drops a torn last line with a notice, keeps a copy, and appends cleanly after it', async () => {
    const dir = tempDir()
    const path = join(dir, 'review.jsonl')
    const { writer } = await openReviewLog(path, clock)
    await writer.append(flagEvent('f1'), 'anna', clock())
    const whole = await readFile(path, 'utf8')
    // What a kill in the middle of a write leaves behind: half a record, no newline.
    await appendFile(path, JSON.stringify({ formatVersion: 1, seq: 1 }).slice(0, 12))

    const reopened = await openReviewLog(path, clock)
    expect(reopened.notices).toEqual([{ kind: 'torn-last-line', line: 2 }])
    expect(reopened.state.flags.map((f) => f.id)).toEqual(['f1'])
    expect(await readFile(path, 'utf8')).toBe(whole)
    expect((await readdir(dir)).some((f) => f.startsWith('review.jsonl.torn-'))).toBe(true)

    await reopened.writer.append(flagEvent('f2'), 'anna', clock())
    const third = await openReviewLog(path, clock)
    expect(third.notices).toEqual([])
    expect(third.state.flags.map((f) => f.id)).toEqual(['f1', 'f2'])
  })

  it('refuses to append when another program changed the log, and leaves its change intact', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const { writer } = await openReviewLog(path, clock)
    await writer.append(flagEvent('f1'), 'anna', clock())
    const foreign = (await readFile(path, 'utf8')) + '{"edited":"by another tool"}\n'
    await writeFile(path, foreign)

    const attempt = writer.append(flagEvent('f2'), 'anna', clock())
    await expect(attempt).rejects.toBeInstanceOf(CalqueFailure)
    await expect(attempt).rejects.toMatchObject({ error: { code: 'log-changed-on-disk', path } })
    expect(await readFile(path, 'utf8')).toBe(foreign)
  })

  it('reports an invalid line in the middle without losing the records around it', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const { writer } = await openReviewLog(path, clock)
    await writer.append(flagEvent('f1'), 'anna', clock())
    await appendFile(path, 'not json at all\n')
    const reopened = await openReviewLog(path, clock)
    expect(reopened.notices).toEqual([{ kind: 'invalid-line', line: 2, reason: 'not JSON' }])
    expect(reopened.state.flags.map((f) => f.id)).toEqual(['f1'])
  })
})
