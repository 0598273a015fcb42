import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type PairChoice } from '../../../src/main/backend'
import { dispatchInvoke } from '../../../src/main/ipc/dispatch'
import type { ProjectView } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/errors'
import { rowText } from '@shared/review/row-text'
import { repoRoot, tempDir } from '../../helpers/paths'

function backendFor(
  userDataDir: string,
  pair: PairChoice | null = null,
  bilingual: string | null = null
) {
  return createBackend({
    userDataDir,
    samplesDir: join(repoRoot, 'resources/samples'),
    choosePair: async () => pair,
    chooseBilingualFile: async () => bilingual,
    chooseDirectory: async () => null,
    systemLocale: 'ru-BY',
    author: 'anna',
    now: () => new Date('2026-11-27T10:00:00.000Z')
  })
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value
}

describe('backend handlers', () => {
  it('opens the sample, records a flag, and a restarted app finds it again', async () => {
    const userData = tempDir()
    const first = backendFor(userData)
    const project = unwrap(await first.handlers.openSample({}))
    const idiomRow = project.beads.find((b) =>
      rowText(project.target.segments, b.target).includes('morning chairs')
    )!
    const text = rowText(project.target.segments, idiomRow.target)
    const start = text.indexOf('morning chairs')
    const saved = unwrap(
      await first.handlers.appendReview({
        projectId: project.id,
        event: {
          type: 'flag.add',
          flag: {
            id: 'flag-1',
            row: idiomRow.id,
            side: 'target',
            span: [start, start + 'morning chairs –money in the evening'.length],
            category: 'accuracy',
            severity: 'major',
            comment: '',
            status: 'open',
            origin: 'reviewer',
            author: 'someone else',
            createdAt: '2020-01-01T00:00:00.000Z',
            updatedAt: '2020-01-01T00:00:00.000Z'
          }
        }
      })
    )
    expect(saved.seq).toBe(0)

    const restarted = backendFor(userData)
    expect(await restarted.handlers.currentProject({})).toBeNull()
    const recent = await restarted.handlers.listRecent({})
    expect(recent.map((r) => r.id)).toEqual([project.id])
    const again = unwrap(await restarted.handlers.openRecent({ projectId: project.id }))
    expect(again.review.flags).toHaveLength(1)
    // main, not the renderer, says who flagged it and when
    expect(again.review.flags[0]).toMatchObject({
      author: 'anna',
      createdAt: '2026-11-27T10:00:00.000Z',
      category: 'accuracy',
      severity: 'major'
    })
  })

  it('refuses a flag on a row that does not exist or a span past the row end', async () => {
    const backend = backendFor(tempDir())
    const project = unwrap(await backend.handlers.openSample({}))
    const flag = (row: string, span: [number, number]) => ({
      type: 'flag.add' as const,
      flag: {
        id: 'x',
        row,
        side: 'target' as const,
        span,
        category: 'style',
        severity: 'minor' as const,
        comment: '',
        status: 'open' as const,
        origin: 'reviewer',
        author: '',
        createdAt: '2026-11-27T10:00:00.000Z',
        updatedAt: '2026-11-27T10:00:00.000Z'
      }
    })
    const noRow = await backend.handlers.appendReview({
      projectId: project.id,
      event: flag('b9999', [0, 1])
    })
    expect(noRow).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const tooLong = await backend.handlers.appendReview({
      projectId: project.id,
      event: flag('b0', [0, 100000])
    })
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const reopened = unwrap(await backend.handlers.openSample({}))
    expect(reopened.review.flags).toEqual([])
  })

  it('answers a bad file chosen in Open Pair with a specific error and keeps the open project', async () => {
    const scratch = tempDir()
    const png = join(scratch, 'article.txt')
    await writeFile(png, Buffer.from('89504e470d0a1a0a', 'hex'))
    const backend = backendFor(tempDir(), {
      source: png,
      target: join(repoRoot, 'resources/samples/belarus-usa-ambassadors/en.txt')
    })
    const sample = unwrap(await backend.handlers.openSample({}))
    const result = await backend.handlers.openPair({})
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'file-format-unsupported', side: 'source' })
    })
    const current = (await backend.handlers.currentProject({})) as ProjectView
    expect(current.id).toBe(sample.id)
  })

  it('follows the OS locale until the user picks a language, then remembers it', async () => {
    const userData = tempDir()
    const backend = backendFor(userData)
    expect((await backend.handlers.getSettings({})).language).toBe('ru')
    await backend.handlers.setLanguage({ language: 'en' })
    expect((await backendFor(userData).handlers.getSettings({})).language).toBe('en')
  })

  it('validates every request before a handler sees it', async () => {
    const backend = backendFor(tempDir())
    const bad = await dispatchInvoke(backend.handlers, 'appendReview', {
      projectId: '../../etc',
      event: {}
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    await expect(
      dispatchInvoke(backend.handlers, 'setLanguage', { language: 'de' })
    ).rejects.toThrow(/Invalid request for setLanguage/)
    await expect(dispatchInvoke(backend.handlers, 'readAnyFile', {})).rejects.toThrow(
      /Unknown IPC method/
    )
  })
})

describe('user sentence rules in the user-data folder', () => {
  it('segments with <userData>/segmentation/ru.json, and reports a broken one by path', async () => {
    const userData = tempDir()
    const scratch = tempDir()
    const ru = join(scratch, 'ru.txt')
    const en = join(scratch, 'en.txt')
    await writeFile(ru, 'Первым выступил предс. Иванов. Вопросов не было.')
    await writeFile(en, 'Chairman Ivanov spoke first. There were no questions.')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(join(userData, 'segmentation'))
    const rules = join(userData, 'segmentation', 'ru.json')
    await writeFile(
      rules,
      '{"formatVersion": 1, "rules": [{"id": "x", "break": true, "before": "("}]}'
    )
    const broken = await backendFor(userData, { source: ru, target: en }).handlers.openPair({})
    expect(broken).toMatchObject({ ok: false, error: { code: 'rules-invalid', path: rules } })

    await writeFile(rules, JSON.stringify({ formatVersion: 1, lists: { titles: ['предс'] } }))
    const project = unwrap(
      (await backendFor(userData, { source: ru, target: en }).handlers.openPair(
        {}
      )) as Result<ProjectView>
    )
    expect(project.source.segments.map((s) => s.text)).toEqual([
      'Первым выступил предс. Иванов.',
      'Вопросов не было.'
    ])
  })
})
