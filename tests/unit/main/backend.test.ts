/**
 * The backend's handlers on a real temporary user-data folder: open, review, restart; refusals with
 * specific errors; one writer per project within a process, a lock across processes.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatchInvoke } from '../../../src/main/ipc/dispatch'
import { flagList, statusOf } from '@shared/review/state'
import { backendFor, flagOnPhrase, openSampleArticle, stateOf, unwrap } from '../../helpers/backend'
import { repoRoot, sampleEn, tempDir } from '../../helpers/paths'

const IDIOM = 'morning chairs –money in the evening'

describe('backend handlers', () => {
  it('opens the sample, records a flag, and a restarted app finds it again', async () => {
    const userData = tempDir()
    const first = backendFor(userData)
    const { opened, article } = await openSampleArticle(first)
    expect(opened.project.articles).toHaveLength(1)
    const saved = unwrap(
      await first.handlers.appendReview({
        projectId: opened.project.id,
        articleId: article.id,
        event: flagOnPhrase(article, stateOf(article), IDIOM)
      })
    )
    expect(saved.seq).toBe(0)
    await first.close()

    const restarted = backendFor(userData)
    expect(await restarted.handlers.currentProject({})).toBeNull()
    const recent = await restarted.handlers.listRecent({})
    expect(recent.map((r) => r.id)).toEqual([opened.project.id])
    const again = unwrap(await restarted.handlers.openRecent({ projectId: opened.project.id }))
    expect(again.project.articles[0]).toMatchObject({ flags: 1, openFlags: 1 })
    const view = unwrap(
      await restarted.handlers.openArticle({ projectId: again.project.id, articleId: article.id })
    )
    // main, not the renderer, says who flagged it and when
    expect(flagList(stateOf(view))[0]).toMatchObject({
      author: 'anna',
      createdAt: '2026-11-27T10:00:00.000Z',
      category: 'accuracy/mistranslation'
    })
  })

  it('refuses a flag on a missing row, past the row end, with a made-up category, or a prototype id', async () => {
    const backend = backendFor(tempDir())
    const { opened, article } = await openSampleArticle(backend)
    const good = flagOnPhrase(article, stateOf(article), IDIOM) as Extract<
      ReturnType<typeof flagOnPhrase>,
      { type: 'flag.add' }
    >
    const variants = [
      { ...good.flag, row: 'b9999' },
      { ...good.flag, span: [0, 100000] as [number, number] },
      { ...good.flag, category: 'made-up' },
      { ...good.flag, origin: 'anything goes' },
      { ...good.flag, status: 'resolved' as const },
      { ...good.flag, id: '__proto__' }
    ]
    for (const flag of variants) {
      const result = await dispatchInvoke(backend.handlers, 'appendReview', {
        projectId: opened.project.id,
        articleId: article.id,
        event: { type: 'flag.add', flag }
      })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
    const reopened = unwrap(
      await backend.handlers.openArticle({ projectId: opened.project.id, articleId: article.id })
    )
    expect(reopened.records).toEqual([])
  })

  it('answers a bad file chosen in Open Pair with a specific error and keeps the open project', async () => {
    const png = join(tempDir(), 'article.txt')
    await writeFile(png, Buffer.from('89504e470d0a1a0a', 'hex'))
    const backend = backendFor(tempDir(), { pair: { source: png, target: sampleEn } })
    const { opened } = await openSampleArticle(backend)
    const result = await backend.handlers.openPair({})
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'file-format-unsupported', side: 'source' })
    })
    expect((await backend.handlers.currentProject({}))?.project.id).toBe(opened.project.id)
  })

  it('follows the OS locale until the user picks a language, then remembers it', async () => {
    const userData = tempDir()
    expect((await backendFor(userData).handlers.getSettings({})).language).toBe('ru')
    await backendFor(userData).handlers.setLanguage({ language: 'en' })
    expect((await backendFor(userData).handlers.getSettings({})).language).toBe('en')
  })

  it('validates every request before a handler sees it', async () => {
    const backend = backendFor(tempDir())
    const bad = await dispatchInvoke(backend.handlers, 'appendReview', {
      projectId: '../../etc',
      articleId: 'x',
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

  it('remembers where the reviewer was in a project', async () => {
    const userData = tempDir()
    const backend = backendFor(userData)
    const { opened, article } = await openSampleArticle(backend)
    await backend.handlers.rememberPlace({
      projectId: opened.project.id,
      articleId: article.id,
      row: 'b17'
    })
    await backend.close()
    const again = unwrap(await backendFor(userData).handlers.openSample({}))
    expect(again.place).toEqual({ articleId: article.id, row: 'b17' })
  })
})

describe('one writer per project', () => {
  it('reopening the open project during saves reuses its writer: all 50 saves acknowledged (case 5)', async () => {
    const backend = backendFor(tempDir())
    const { opened, article } = await openSampleArticle(backend)
    const projectId = opened.project.id
    const saves = Array.from({ length: 50 }, (_, i) =>
      backend.handlers.appendReview({
        projectId,
        articleId: article.id,
        event: { type: 'status.set', row: `b${i % 50}`, status: i % 2 ? 'reviewed' : 'needs-work' }
      })
    )
    // What a renderer reload and Open Recent do while the saves are in flight.
    const reopens = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? backend.handlers.currentProject({}) : backend.handlers.openRecent({ projectId })
    )
    const results = await Promise.all(saves)
    await Promise.all(reopens)
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(new Set(results.map((r) => (r.ok ? r.value.seq : -1))).size).toBe(50)
    const view = unwrap(await backend.handlers.openArticle({ projectId, articleId: article.id }))
    expect(view.records).toHaveLength(50)
  })

  it('a second process gets the project read-only, and its saves are refused (case 6)', async () => {
    const userData = tempDir()
    const backend = backendFor(userData)
    const { opened } = await openSampleArticle(backend)
    const dir = opened.project.dir
    await backend.close()
    // Another Calque process opens the project and keeps it.
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'fixtures/project-holder.ts'), dir],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] }
    )
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d) =>
          String(d).includes('holding') ? resolve() : reject(new Error(String(d)))
        )
        holder.on('exit', (code) => reject(new Error(`holder exited with ${code}`)))
      })
      const second = backendFor(tempDir(), { projectFolder: dir })
      const reopened = unwrap(await second.handlers.openProjectFolder({}))!
      expect(reopened.project.readOnly).toMatchObject({ code: 'project-locked' })
      expect(reopened.project.readOnly?.detail).toContain(`process ${holder.pid}`)
      const articleId = reopened.project.articles[0]!.id
      const refused = await second.handlers.appendReview({
        projectId: reopened.project.id,
        articleId,
        event: { type: 'status.set', row: 'b0', status: 'reviewed' }
      })
      expect(refused).toMatchObject({ ok: false, error: { code: 'project-read-only' } })
    } finally {
      holder.kill('SIGKILL')
    }
    // Once the other process is gone (even killed), the lock is stale and the project writable again.
    await new Promise((resolve) => holder.on('exit', resolve))
    const third = backendFor(tempDir(), { projectFolder: dir })
    const writable = unwrap(await third.handlers.openProjectFolder({}))!
    expect(writable.project.readOnly).toBeNull()
  }, 30_000)
})

describe('re-reading with another encoding (case 2)', () => {
  it('is refused once the article has review work in this very session, and the menu knows why', async () => {
    const backend = backendFor(tempDir())
    const { opened, article } = await openSampleArticle(backend)
    const ids = { projectId: opened.project.id, articleId: article.id }
    unwrap(
      await backend.handlers.appendReview({
        ...ids,
        event: flagOnPhrase(article, stateOf(article), IDIOM)
      })
    )
    unwrap(
      await backend.handlers.appendReview({ ...ids, event: { type: 'align.merge', row: 'b14' } })
    )
    const alignmentBefore = await readFile(
      join(opened.project.dir, 'articles', article.id, 'alignment.json')
    )
    const result = await backend.handlers.reopenWithEncoding({
      ...ids,
      side: 'source',
      encoding: 'koi8-r'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'project-has-review', detail: '2' } })
    expect(
      await readFile(join(opened.project.dir, 'articles', article.id, 'alignment.json'))
    ).toEqual(alignmentBefore)
    const view = unwrap(await backend.handlers.openArticle(ids))
    expect(statusOf(stateOf(view), 'b0')).toBe('unreviewed')
    expect(flagList(stateOf(view))).toHaveLength(1)
  })

  it('is done when the article has no review work', async () => {
    const backend = backendFor(tempDir())
    const { opened, article } = await openSampleArticle(backend)
    const view = unwrap(
      await backend.handlers.reopenWithEncoding({
        projectId: opened.project.id,
        articleId: article.id,
        side: 'source',
        encoding: 'windows-1251'
      })
    )
    expect(view.source.encoding).toEqual({ name: 'windows-1251', source: 'user', confidence: 1 })
  })
})

describe('projects with many articles', () => {
  it('adds a folder of pairs (name.ru/name.en and ru/ + en/), reporting what it could not add', async () => {
    const folder = tempDir()
    const ru = await readFile(join(repoRoot, 'resources/samples/belarus-usa-ambassadors/ru.txt'))
    const en = await readFile(sampleEn)
    await writeFile(join(folder, 'first.ru.txt'), ru)
    await writeFile(join(folder, 'first.en.txt'), en)
    await mkdir(join(folder, 'ru'))
    await mkdir(join(folder, 'en'))
    await writeFile(join(folder, 'ru', 'second.md'), ru)
    await writeFile(join(folder, 'en', 'second.md'), en)
    await writeFile(join(folder, 'broken.ru.txt'), ru)
    await writeFile(join(folder, 'broken.en.txt'), '')
    await writeFile(join(folder, 'lonely.ru.txt'), ru)
    const backend = backendFor(tempDir(), { folderOfPairs: folder })
    const { opened } = await openSampleArticle(backend)
    const added = unwrap(await backend.handlers.addArticleFolder({ projectId: opened.project.id }))!
    expect(added.project.articles).toHaveLength(3)
    expect(added.project.notices).toEqual([
      {
        kind: 'articles-not-added',
        items: [{ file: 'broken.en.txt', error: expect.objectContaining({ code: 'file-empty' }) }]
      },
      { kind: 'files-without-pair', files: ['lonely.ru.txt'] }
    ])
    for (const summary of added.project.articles) expect(summary.rows).toBe(50)
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
    await mkdir(join(userData, 'segmentation'))
    const rules = join(userData, 'segmentation', 'ru.json')
    await writeFile(
      rules,
      '{"formatVersion": 1, "rules": [{"id": "x", "break": true, "before": "("}]}'
    )
    const broken = await backendFor(userData, {
      pair: { source: ru, target: en }
    }).handlers.openPair({})
    expect(broken).toMatchObject({ ok: false, error: { code: 'rules-invalid', path: rules } })

    await writeFile(rules, JSON.stringify({ formatVersion: 1, lists: { titles: ['предс'] } }))
    const backend = backendFor(userData, { pair: { source: ru, target: en } })
    const opened = unwrap(await backend.handlers.openPair({}))!
    const article = unwrap(
      await backend.handlers.openArticle({
        projectId: opened.project.id,
        articleId: opened.project.articles[0]!.id
      })
    )
    expect(article.source.segments.map((s) => s.text)).toEqual([
      'Первым выступил предс. Иванов.',
      'Вопросов не было.'
    ])
  })
})
