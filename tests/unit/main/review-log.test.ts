/**
 * The review log on disk, against real files and injected faults: what is acknowledged is there on
 * reopen, what is not acknowledged never shows as saved, and every repair keeps the original bytes.
 */
import { appendFile, chmod, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openReviewLog, type LogOptions } from '../../../src/main/services/review-log'
import type { ReviewEvent } from '@shared/review/events'
import { flagList, statusOf } from '@shared/review/state'
import { faultyFs } from '../../helpers/fault-fs'
import { tempDir } from '../../helpers/paths'
import { sampleBase } from '../shared/review/sample-review'

const clock = () => new Date('2026-11-27T10:00:00.000Z')
const base = sampleBase()
const options: LogOptions = { now: clock, base }

/** A flag on row b3 whose comment makes the record `size` bytes long or so. */
function flagEvent(
  id: string,
  row = 'b3',
  comment = 'word-for-word calque of «утром стулья — вечером деньги»'
): ReviewEvent {
  return {
    type: 'flag.add',
    flag: {
      id,
      row,
      side: 'target',
      span: [0, 5],
      category: 'accuracy/mistranslation',
      severity: 'major',
      comment,
      status: 'open',
      origin: 'reviewer',
      author: 'anna',
      createdAt: clock().toISOString(),
      updatedAt: clock().toISOString()
    }
  }
}

async function open(path: string, extra: Partial<LogOptions> = {}) {
  return openReviewLog(path, { ...options, ...extra })
}

const ids = (state: Awaited<ReturnType<typeof open>>['state']) => flagList(state).map((f) => f.id)

describe('appending and reopening', () => {
  it('appends records with increasing seq and replays them on reopen', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const first = await open(path, { expectNew: true })
    expect(first.notices).toEqual([])
    const writer = first.writer!
    await writer.append(flagEvent('f1'), 'anna', clock())
    await writer.append({ type: 'status.set', row: 'b3', status: 'reviewed' }, 'anna', clock())
    await writer.append({ type: 'flag.remove', id: 'f1' }, 'anna', clock())
    await writer.append(flagEvent('f2', 'b7'), 'anna', clock())

    const again = await open(path)
    expect(again.notices).toEqual([])
    expect(again.state.lastSeq).toBe(3)
    expect(ids(again.state)).toEqual(['f2'])
    expect(statusOf(again.state, 'b3')).toBe('reviewed')
    expect(again.records.map((r) => r.seq)).toEqual([0, 1, 2, 3])
  })

  it('serialises concurrent appends: every record whole, seqs unique', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const { writer } = await open(path, { expectNew: true })
    const records = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        writer!.append(flagEvent(`f${i}`, `b${i % 40}`), 'anna', clock())
      )
    )
    expect(new Set(records.map((r) => r.seq)).size).toBe(40)
    expect(flagList((await open(path)).state)).toHaveLength(40)
  })

  it('says so when the log is missing, and starts a new one', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const opened = await open(path)
    expect(opened.notices).toEqual([{ kind: 'log-missing' }])
    await opened.writer!.append(flagEvent('f1'), 'anna', clock())
    expect(ids((await open(path)).state)).toEqual(['f1'])
  })
})

describe('repairs on open (originals kept in side files)', () => {
  it('moves a torn last line aside, tells the user, and appends cleanly after it', async () => {
    const dir = tempDir()
    const path = join(dir, 'review.jsonl')
    const { writer } = await open(path, { expectNew: true })
    await writer!.append(flagEvent('f1'), 'anna', clock())
    const whole = await readFile(path, 'utf8')
    // What a kill in the middle of a write leaves behind: half a record, no newline.
    const fragment = JSON.stringify({ formatVersion: 2, seq: 1 }).slice(0, 12)
    await appendFile(path, fragment)

    const reopened = await open(path)
    const torn = (await readdir(dir)).find((f) => f.startsWith('review.jsonl.torn-'))!
    expect(reopened.notices).toEqual([
      { kind: 'torn-last-line', line: 2, savedTo: join(dir, torn) }
    ])
    expect(await readFile(join(dir, torn), 'utf8')).toBe(fragment)
    expect(await readFile(path, 'utf8')).toBe(whole)
    await reopened.writer!.append(flagEvent('f2', 'b4'), 'anna', clock())
    const third = await open(path)
    expect(third.notices).toEqual([])
    expect(ids(third.state)).toEqual(['f1', 'f2'])
  })

  it('gives a complete last record its missing newline, so the next append is not glued onto it', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const { writer } = await open(path, { expectNew: true })
    await writer!.append(flagEvent('f1'), 'anna', clock())
    await writer!.append(flagEvent('f2', 'b4'), 'anna', clock())
    const text = await readFile(path, 'utf8')
    await writeFile(path, text.slice(0, -1))

    const reopened = await open(path)
    expect(reopened.notices).toEqual([{ kind: 'unterminated-last-line', line: 2 }])
    await reopened.writer!.append(flagEvent('f3', 'b5'), 'anna', clock())
    const third = await open(path)
    expect(third.notices).toEqual([])
    expect(ids(third.state)).toEqual(['f1', 'f2', 'f3'])
  })

  it('quarantines a line holding a non-UTF-8 byte, and the log stays savable (lengths are bytes)', async () => {
    const dir = tempDir()
    const path = join(dir, 'review.jsonl')
    const { writer } = await open(path, { expectNew: true })
    await writer!.append(flagEvent('f1'), 'anna', clock())
    const bad = Buffer.from('{"formatVersion":2,"seq":1,"comment":"caf\xe9"}\n', 'latin1')
    await appendFile(path, bad)

    const reopened = await open(path)
    const saved = (await readdir(dir)).find((f) => f.startsWith('review.jsonl.quarantine-'))!
    expect(reopened.notices).toEqual([
      { kind: 'undecodable-line', line: 2, savedTo: join(dir, saved) }
    ])
    expect(await readFile(join(dir, saved))).toEqual(bad)
    for (let i = 2; i < 6; i++)
      await reopened.writer!.append(flagEvent(`f${i}`, `b${10 + i}`), 'anna', clock())
    expect(ids((await open(path)).state)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5'])
  })

  it('counts bytes even for multi-byte text already in the log', async () => {
    const path = join(tempDir(), 'review.jsonl')
    const { writer } = await open(path, { expectNew: true })
    await writer!.append(flagEvent('f1', 'b3', 'Лукашенко / Лукашенка — 𝔘 astral'), 'anna', clock())
    const reopened = await open(path)
    await reopened.writer!.append(flagEvent('f2', 'b4'), 'anna', clock())
    await reopened.writer!.append(flagEvent('f3', 'b5'), 'anna', clock())
    expect(ids((await open(path)).state)).toEqual(['f1', 'f2', 'f3'])
  })

  it('opens a log written by a newer Calque read-only instead of setting its lines aside', async () => {
    const dir = tempDir()
    const path = join(dir, 'review.jsonl')
    const future = JSON.stringify({
      formatVersion: 3,
      seq: 0,
      at: clock().toISOString(),
      author: 'x',
      event: { type: 'flag.teleport' }
    })
    await writeFile(path, future + '\n')
    const opened = await open(path)
    expect(opened.writer).toBeNull()
    expect(opened.readOnly).toMatchObject({ code: 'project-newer-version', detail: '3' })
    expect(await readFile(path, 'utf8')).toBe(future + '\n')
    expect(await readdir(dir)).toEqual(['review.jsonl'])
  })

  it('opens read-only, with the torn line skipped in memory, when the folder cannot be written', async () => {
    if (process.getuid?.() === 0) {
      // Root writes through permission bits: use an injected EROFS instead of chmod.
      const path = join(tempDir(), 'review.jsonl')
      const { writer } = await open(path, { expectNew: true })
      await writer!.append(flagEvent('f1'), 'anna', clock())
      await appendFile(path, '{"formatVersion":2,"se')
      const fs = faultyFs([{ op: 'open', error: 'EROFS' }])
      const opened = await open(path, { fs })
      expect(opened.writer).toBeNull()
      expect(opened.readOnly).toMatchObject({ code: 'folder-read-only' })
      expect(opened.notices).toEqual([{ kind: 'torn-last-line', line: 2 }])
      expect(ids(opened.state)).toEqual(['f1'])
      return
    }
    const dir = tempDir()
    const path = join(dir, 'review.jsonl')
    const { writer } = await open(path, { expectNew: true })
    await writer!.append(flagEvent('f1'), 'anna', clock())
    await appendFile(path, '{"formatVersion":2,"se')
    await chmod(dir, 0o555)
    await chmod(path, 0o444)
    try {
      const opened = await open(path)
      expect(opened.writer).toBeNull()
      expect(ids(opened.state)).toEqual(['f1'])
    } finally {
      await chmod(dir, 0o755)
    }
  })
})

describe('another program changed the log', () => {
  for (const [name, change] of [
    ['appended a line', async (p: string) => appendFile(p, '{"edited":"by another tool"}\n')],
    [
      'rewrote it to the same length',
      async (p: string) => {
        const text = await readFile(p, 'utf8')
        await writeFile(p, text.replace('"major"', '"minor"'))
      }
    ],
    [
      'replaced the file',
      async (p: string) => {
        const text = await readFile(p)
        await writeFile(`${p}.new`, text)
        const { rename } = await import('node:fs/promises')
        await rename(`${p}.new`, p)
      }
    ]
  ] as const) {
    it(`${name}: the append is refused and their change left intact`, async () => {
      const path = join(tempDir(), 'review.jsonl')
      const { writer } = await open(path, { expectNew: true })
      await writer!.append(flagEvent('f1'), 'anna', clock())
      await change(path)
      const theirs = await readFile(path)
      await expect(writer!.append(flagEvent('f2', 'b4'), 'anna', clock())).rejects.toMatchObject({
        error: { code: 'log-changed-on-disk', path }
      })
      expect(await readFile(path)).toEqual(theirs)
    })
  }
})

describe('faults while writing: never acknowledged, the log cut back to its last good length', () => {
  const cases = [
    // As write(2) behaves when the disk fills: a short count, then ENOSPC for the rest.
    [
      'a short write, then no space',
      [
        { op: 'write', short: 3058, nth: 1 },
        { op: 'write', error: 'ENOSPC', nth: 2 }
      ],
      'disk-full'
    ],
    ['ENOSPC', [{ op: 'write', error: 'ENOSPC', nth: 1 }], 'disk-full'],
    ['EDQUOT', [{ op: 'write', error: 'EDQUOT', nth: 1 }], 'disk-full'],
    ['a failing fsync', [{ op: 'sync', error: 'EIO', nth: 1 }], 'write-failed'],
    ['a read-only remount', [{ op: 'write', error: 'EROFS', nth: 1 }], 'folder-read-only']
  ] as const
  for (const [name, rules, code] of cases) {
    it(name, async () => {
      const path = join(tempDir(), 'review.jsonl')
      const fs = faultyFs()
      const { writer } = await open(path, { fs, expectNew: true })
      await writer!.append(flagEvent('f1'), 'anna', clock())
      const good = await readFile(path)
      fs.rules = rules.map((rule) => ({ ...rule, path: 'review.jsonl' }))
      const big = flagEvent('f2', 'b4', 'x'.repeat(6300))
      await expect(writer!.append(big, 'anna', clock())).rejects.toMatchObject({
        error: { code, path }
      })
      expect(await readFile(path)).toEqual(good)
      expect(ids(writer!.state)).toEqual(['f1'])
      // Space freed: the next save goes through, and nothing half-written is in between.
      fs.rules = []
      await writer!.append(flagEvent('f3', 'b5'), 'anna', clock())
      const reopened = await open(path)
      expect(reopened.notices).toEqual([])
      expect(ids(reopened.state)).toEqual(['f1', 'f3'])
    })
  }

  it('refuses further appends when the log could not even be cut back, and reopening repairs it', async () => {
    const dir = tempDir()
    const path = join(dir, 'review.jsonl')
    const fs = faultyFs()
    const { writer } = await open(path, { fs, expectNew: true })
    await writer!.append(flagEvent('f1'), 'anna', clock())
    fs.rules = [
      { op: 'write', short: 100, path: 'review.jsonl', nth: 1 },
      { op: 'write', error: 'ENOSPC', path: 'review.jsonl', nth: 2 },
      { op: 'truncate', error: 'EIO', path: 'review.jsonl' }
    ]
    await expect(writer!.append(flagEvent('f2', 'b4'), 'anna', clock())).rejects.toMatchObject({
      error: { code: 'disk-full' }
    })
    fs.rules = []
    await expect(writer!.append(flagEvent('f3', 'b5'), 'anna', clock())).rejects.toMatchObject({
      error: { code: 'write-failed' }
    })
    const reopened = await open(path)
    expect(reopened.notices.map((n) => n.kind)).toEqual(['torn-last-line'])
    expect(ids(reopened.state)).toEqual(['f1'])
  })
})
