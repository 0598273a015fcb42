/**
 * Project folders: made atomically, reopened for the same files, validated on open with messages a
 * user can act on, migrated from the first format, locked against a second writer, cleaned of what a
 * killed process left behind.
 */
import { copyFile, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPairArticle } from '../../../src/main/services/article-build'
import { ensurePairProject } from '../../../src/main/services/project-create'
import { acquireProjectLock, LOCK_FILE } from '../../../src/main/services/project-lock'
import { ProjectRegistry, openProjectSession } from '../../../src/main/services/project-session'
import { removeStaleTemporaries } from '../../../src/main/services/temporaries'
import { CalqueFailure } from '@shared/domain/errors'
import { statusOf, flagList } from '@shared/review/state'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'

const clock = () => new Date('2026-11-27T10:00:00.000Z')

async function sampleProject(root = tempDir()): Promise<string> {
  return ensurePairProject(
    root,
    await buildPairArticle({ sourcePath: sampleRu, targetPath: sampleEn }),
    clock
  )
}

async function expectFailure(promise: Promise<unknown>, code: string): Promise<CalqueFailure> {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(CalqueFailure)
  expect((error as CalqueFailure).error.code).toBe(code)
  return error as CalqueFailure
}

describe('making and reopening', () => {
  it('writes project.json and one article folder, and finds the same project for the same files', async () => {
    const root = tempDir()
    const dir = await sampleProject(root)
    expect((await readdir(dir)).sort()).toEqual(['articles', 'project.json'])
    const [articleDir] = await readdir(join(dir, 'articles'))
    expect((await readdir(join(dir, 'articles', articleDir!))).sort()).toEqual([
      'alignment.json',
      'manifest.json',
      'review.jsonl',
      'source.txt',
      'target.txt'
    ])
    expect(await readFile(join(dir, 'articles', articleDir!, 'target.txt'))).toEqual(
      await readFile(sampleEn)
    )
    expect(await sampleProject(root)).toBe(dir)
    expect((await readdir(root)).filter((f) => !f.startsWith('.'))).toHaveLength(1)
  })

  it('keeps working from its own copies when the original files move away', async () => {
    const scratch = tempDir()
    const ru = join(scratch, 'ru.txt')
    const en = join(scratch, 'en.txt')
    await copyFile(sampleRu, ru)
    await copyFile(sampleEn, en)
    const dir = await ensurePairProject(
      tempDir(),
      await buildPairArticle({ sourcePath: ru, targetPath: en }),
      clock
    )
    await writeFile(en, 'overwritten by someone else')
    const session = await openProjectSession(dir, { now: clock })
    const article = await session.article(session.file.articles[0]!.id)
    expect(article.alignment.target.segments).toHaveLength(50)
    await session.close()
  })
})

describe('bad input leaves the projects folder untouched', () => {
  const cases: Array<
    [string, (dir: string) => Promise<[string, string]>, string, string | undefined]
  > = [
    ['a missing source', async (d) => [join(d, 'nope.txt'), sampleEn], 'file-missing', 'source'],
    [
      'an empty target',
      async (d) => (await writeFile(join(d, 'empty.txt'), ''), [sampleRu, join(d, 'empty.txt')]),
      'file-empty',
      'target'
    ],
    [
      'a PNG renamed .txt',
      async (d) => {
        await writeFile(
          join(d, 'photo.txt'),
          Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
        )
        return [sampleRu, join(d, 'photo.txt')]
      },
      'file-format-unsupported',
      'target'
    ],
    ['the same file twice', async () => [sampleEn, sampleEn], 'pair-same-file', undefined]
  ]
  for (const [name, make, code, side] of cases) {
    it(`${name} -> ${code}`, async () => {
      const root = join(tempDir(), 'projects')
      const [source, target] = await make(tempDir())
      const error = await expectFailure(
        buildPairArticle({ sourcePath: source, targetPath: target }).then((built) =>
          ensurePairProject(root, built, clock)
        ),
        code
      )
      expect(error.error.side).toBe(side)
      expect(await readdir(root).catch(() => [])).toEqual([])
    })
  }
})

describe('damaged or foreign files get a sentence, not a stack trace or a schema dump', () => {
  async function articleDir(dir: string): Promise<string> {
    const [name] = await readdir(join(dir, 'articles'))
    return join(dir, 'articles', name!)
  }

  it('a manifest that is not JSON', async () => {
    const dir = await sampleProject()
    await writeFile(join(await articleDir(dir), 'manifest.json'), '{"formatVersion": 1')
    const session = await openProjectSession(dir, { now: clock })
    const error = await expectFailure(
      session.article(session.file.articles[0]!.id),
      'project-corrupt'
    )
    expect(error.error.detail).toBe('manifest.json is not valid JSON')
    // The project still opens; its summary carries the error.
    expect((await session.view()).articles[0]!.error).toMatchObject({ code: 'project-corrupt' })
    await session.close()
  })

  it('an alignment pointing at segment 99999', async () => {
    const dir = await sampleProject()
    const path = join(await articleDir(dir), 'alignment.json')
    const alignment = JSON.parse(await readFile(path, 'utf8'))
    alignment.beads[3].target = [99999]
    await writeFile(path, JSON.stringify(alignment))
    const session = await openProjectSession(dir, { now: clock })
    const error = await expectFailure(
      session.article(session.file.articles[0]!.id),
      'project-corrupt'
    )
    expect(error.error.detail).toMatch(
      /row b3 points at target segment 99999, but there are only 50/
    )
    await session.close()
  })

  it('an alignment with a duplicated row id', async () => {
    const dir = await sampleProject()
    const path = join(await articleDir(dir), 'alignment.json')
    const alignment = JSON.parse(await readFile(path, 'utf8'))
    alignment.beads[4].id = 'b3'
    await writeFile(path, JSON.stringify(alignment))
    const session = await openProjectSession(dir, { now: clock })
    const error = await expectFailure(
      session.article(session.file.articles[0]!.id),
      'project-corrupt'
    )
    expect(error.error.detail).toMatch(/row id b3 appears twice/)
    await session.close()
  })

  it('a project written by a newer Calque', async () => {
    const dir = await sampleProject()
    const file = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8'))
    await writeFile(join(dir, 'project.json'), JSON.stringify({ ...file, formatVersion: 7 }))
    const error = await expectFailure(
      openProjectSession(dir, { now: clock }),
      'project-newer-version'
    )
    expect(error.error.detail).toBe('7')
  })

  it('a folder that is no project at all', async () => {
    await expectFailure(openProjectSession(tempDir(), { now: clock }), 'project-corrupt')
  })
})

describe('a project of the first format (one pair, manifest at the top)', () => {
  /** The folder layout and log the previous release wrote, with a legacy align.undo in its log. */
  async function firstFormatProject(): Promise<string> {
    const dir = await sampleProject()
    const [name] = await readdir(join(dir, 'articles'))
    const legacy = join(tempDir(), name!)
    await mkdir(legacy)
    for (const file of await readdir(join(dir, 'articles', name!))) {
      await copyFile(join(dir, 'articles', name!, file), join(legacy, file))
    }
    const record = (seq: number, event: unknown) =>
      JSON.stringify({
        formatVersion: 1,
        seq,
        at: '2026-11-20T10:00:00.000Z',
        author: 'anna',
        event
      })
    const flag = {
      id: '6f1c',
      row: 'b25',
      side: 'target',
      span: [0, 8],
      category: 'accuracy',
      severity: 'major',
      comment: '',
      status: 'open',
      origin: 'reviewer',
      author: 'anna',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z'
    }
    const log = [
      record(0, { type: 'flag.add', flag }),
      record(1, { type: 'status.set', row: 'b1', status: 'reviewed' }),
      record(2, { type: 'align.merge', row: 'b14' }),
      record(3, { type: 'status.set', row: 'b2', status: 'needs-work' }),
      record(4, { type: 'align.undo' })
    ]
    await writeFile(join(legacy, 'review.jsonl'), log.join('\n') + '\n')
    return legacy
  }

  it('opens with everything in place and gains project.json, nothing else rewritten', async () => {
    const dir = await firstFormatProject()
    const logBefore = await readFile(join(dir, 'review.jsonl'))
    const session = await openProjectSession(dir, { now: clock })
    expect(session.notices).toEqual([{ kind: 'migrated', from: 1, to: 2 }])
    expect(session.file.articles).toEqual([expect.objectContaining({ dir: '.' })])
    const article = await session.article(session.file.articles[0]!.id)
    const state = article.log.writer!.state
    expect(article.log.notices).toEqual([])
    expect(flagList(state).map((f) => f.id)).toEqual(['6f1c'])
    expect(statusOf(state, 'b1')).toBe('reviewed')
    expect(statusOf(state, 'b2')).toBe('needs-work')
    expect(state.beads.map((b) => b.id)).toContain('b14')
    await session.close()
    expect(await readFile(join(dir, 'review.jsonl'))).toEqual(logBefore)
    const again = await openProjectSession(dir, { now: clock })
    expect(again.notices).toEqual([])
    await again.close()
  })
})

describe('one writer per project', () => {
  it('one session per folder in a process', async () => {
    const dir = await sampleProject()
    const registry = new ProjectRegistry({ now: clock })
    const [a, b] = await Promise.all([registry.open(dir), registry.open(join(dir, '.'))])
    expect(a).toBe(b)
    await registry.closeAll()
  })

  it('a lock held by a live process makes the project read-only; a dead holder’s lock is taken over', async () => {
    const dir = await sampleProject()
    const held = await acquireProjectLock(dir, { pid: 999_001, isAlive: () => true })
    expect(held.ok).toBe(true)
    const other = await acquireProjectLock(dir, { pid: 999_002, isAlive: () => true })
    expect(other).toMatchObject({ ok: false, holder: { pid: 999_001 } })
    // The holder dies without releasing (a crash, a kill).
    const next = await acquireProjectLock(dir, { pid: 999_003, isAlive: (pid) => pid !== 999_001 })
    expect(next.ok).toBe(true)
    // The old holder notices that the lock is no longer its own before it would write.
    if (held.ok)
      await expect(held.lock.assertHeld()).rejects.toMatchObject({
        error: { code: 'project-locked' }
      })
    if (next.ok) await next.lock.release()
    expect(await readdir(dir)).not.toContain(LOCK_FILE)
  })
})

describe('what a killed process left behind', () => {
  it('removes .tmp-* folders whose process is gone, keeps those of a live one', async () => {
    const root = tempDir()
    await mkdir(join(root, '.tmp-999999-article-abcd'))
    await mkdir(join(root, `.tmp-${process.pid}-article-live`))
    await mkdir(join(root, '.tmp-old-format-1234'))
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(join(root, '.tmp-old-format-1234'), old, old)
    const removed = await removeStaleTemporaries(
      (await import('../../../src/main/services/fs-port')).nodeFs,
      root,
      new Date(),
      (pid) => pid === process.pid
    )
    expect(removed.sort()).toEqual(['.tmp-999999-article-abcd', '.tmp-old-format-1234'])
    expect(await readdir(root)).toEqual([`.tmp-${process.pid}-article-live`])
  })
})
