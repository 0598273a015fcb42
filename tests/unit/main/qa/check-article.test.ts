/**
 * `checkArticle` on the sample through the real backend: the checks run on the rows of the live review
 * state (an alignment fix changes them), without the checks the project switched off, with the
 * English speller and the project's glossary — and a glossary that cannot be read is reported, not
 * fatal.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatchInvoke } from '../../../../src/main/ipc/dispatch'
import { openProjectSession } from '../../../../src/main/services/project-session'
import { createArticleChecker } from '../../../../src/main/services/qa/check-article'
import { CalqueFailure } from '@shared/domain/errors'
import type { ArticleChecks } from '@shared/ipc/contract'
import type { Finding } from '@shared/qa'
import {
  backendFor,
  fixedClock,
  openSampleArticle,
  rowWith,
  stateOf,
  unwrap
} from '../../../helpers/backend'
import { tempDir } from '../../../helpers/paths'

async function sampleSession() {
  const backend = backendFor(tempDir())
  const { opened, article } = await openSampleArticle(backend)
  const ids = { projectId: opened.project.id, articleId: article.id }
  const check = async (): Promise<ArticleChecks> => unwrap(await backend.handlers.checkArticle(ids))
  return { backend, opened, article, ids, check }
}

const texts = (findings: readonly Finding[], check: string): string[] =>
  findings.filter((f) => f.check === check).map((f) => f.text)

describe('checkArticle', () => {
  it('reports the sample’s calque, name variants, doubled periods and guillemets, on the MT', async () => {
    const { article, check, backend } = await sampleSession()
    const { findings, ran, glossary, spellingError } = await check()
    expect(texts(findings, 'calque')).toContain('morning chairs')
    // The majority spelling is the reference: the one "Lukashenko" is the variant.
    const lukashenko = findings.find(
      (f) => f.check === 'name-consistency' && f.text === 'Lukashenko'
    )
    expect(lukashenko?.fix?.replacement).toBe('Lukashenka')
    expect(
      findings.filter((f) => f.text === '..' && f.check === 'doubled-punctuation').length
    ).toBe(5)
    expect(findings.filter((f) => f.message.key === 'message.guillemet').length).toBe(
      stateOf(article).beads.reduce(
        (n, bead) =>
          n +
          bead.target
            .map((i) => article.target.segments[i]!.text)
            .join(' ')
            .replace(/[^«»]/g, '').length,
        0
      )
    )
    // Every span indexes its row's text on its side.
    const state = stateOf(article)
    for (const finding of findings) {
      const bead = state.beads.find((b) => b.id === finding.rowId)!
      const segments = finding.side === 'target' ? article.target.segments : article.source.segments
      const text = bead[finding.side].map((i) => segments[i]!.text).join(' ')
      expect(text.slice(finding.span[0], finding.span[1])).toBe(finding.text)
    }
    expect(ran).toContain('spelling')
    expect(ran).not.toContain('glossary')
    expect(glossary).toEqual({ status: 'none' })
    expect(spellingError).toBeNull()
    await backend.close()
  })

  it('reports the Statkevich name variants through the Russian name they translate', async () => {
    const { check, backend } = await sampleSession()
    const { findings } = await check()
    const names = findings.filter((f) => f.check === 'name-consistency').map((f) => f.text)
    // Николай Статкевич: "Nikolay" in most rows, "Mikola" and "Nikolai" once each.
    expect(names).toEqual(expect.arrayContaining(['Mikola', 'Nikolai']))
    await backend.close()
  })

  it('leaves out the checks the project switched off, and runs them again when switched on', async () => {
    const { opened, check, backend } = await sampleSession()
    unwrap(
      await backend.handlers.updateProjectSettings({
        projectId: opened.project.id,
        settings: { disabledChecks: ['calque', 'doubled-punctuation'] }
      })
    )
    const off = await check()
    expect(texts(off.findings, 'calque')).toEqual([])
    expect(texts(off.findings, 'doubled-punctuation')).toEqual([])
    expect(off.ran).not.toContain('calque')
    expect(texts(off.findings, 'name-consistency')).toContain('Lukashenko')

    unwrap(
      await backend.handlers.updateProjectSettings({
        projectId: opened.project.id,
        settings: { disabledChecks: [] }
      })
    )
    expect(texts((await check()).findings, 'calque')).toContain('morning chairs')
    await backend.close()
  })

  it('checks the rows as they are after an alignment fix: a merged row’s findings carry its new id', async () => {
    const { article, ids, check, backend } = await sampleSession()
    const before = await check()
    const calque = before.findings.find((f) => f.text === 'morning chairs')!
    const row = rowWith(article, stateOf(article), 'morning chairs')
    expect(calque.rowId).toBe(row.id)
    unwrap(
      await backend.handlers.appendReview({ ...ids, event: { type: 'align.merge', row: row.id } })
    )
    const view = unwrap(await backend.handlers.openArticle(ids))
    const merged = rowWith(view, stateOf(view), 'morning chairs')
    expect(merged.id).not.toBe(row.id)

    const after = await check()
    const moved = after.findings.find((f) => f.check === 'calque' && f.text === 'morning chairs')
    expect(moved?.rowId).toBe(merged.id)
    expect(after.findings.some((f) => f.rowId === row.id)).toBe(false)
    // The calque's row comes first in the merged row, so its offsets stay.
    expect(moved?.span).toEqual(calque.span)
    await backend.close()
  })

  it('uses the project glossary, and reports one that cannot be read while the other checks still run', async () => {
    const { opened, check, backend } = await sampleSession()
    const dir = opened.project.dir
    await writeFile(join(dir, 'terms.csv'), 'ru,en,status\nпосол,ambassador,preferred\n', 'utf8')
    unwrap(
      await backend.handlers.updateProjectSettings({
        projectId: opened.project.id,
        settings: { glossary: 'terms.csv' }
      })
    )
    const loaded = await check()
    expect(loaded.glossary).toEqual({ status: 'loaded', path: join(dir, 'terms.csv'), entries: 1 })
    expect(loaded.ran).toContain('glossary')

    unwrap(
      await backend.handlers.updateProjectSettings({
        projectId: opened.project.id,
        settings: { glossary: join(dir, 'missing.tbx') }
      })
    )
    const failed = await check()
    expect(failed.glossary).toMatchObject({
      status: 'failed',
      path: join(dir, 'missing.tbx'),
      error: { code: 'file-missing' }
    })
    expect(failed.ran).not.toContain('glossary')
    expect(texts(failed.findings, 'calque')).toContain('morning chairs')
    await backend.close()
  })

  it('runs once per change: asked again with the same rows and settings, it answers the same result', async () => {
    let spellerLoads = 0
    const checker = createArticleChecker({
      speller: async () => {
        spellerLoads++
        throw new CalqueFailure({ code: 'file-missing', path: '/nowhere/index.dic' })
      }
    })
    const { backend, opened, ids } = await sampleSession()
    await backend.close()
    const session = await openProjectSession(opened.project.dir, { now: fixedClock })
    const article = await session.article(ids.articleId)
    const project = { dir: session.dir, settings: session.file.settings }

    const first = await checker.check(project, article)
    // No dictionary: said so, and the other checks still ran.
    expect(first.spellingError).toMatchObject({ code: 'file-missing' })
    expect(first.ran).not.toContain('spelling')
    expect(texts(first.findings, 'calque')).toContain('morning chairs')
    expect(await checker.check(project, article)).toBe(first)
    expect(spellerLoads).toBe(1)

    const fewer = { ...project, settings: { ...project.settings, disabledChecks: ['calque'] } }
    const second = await checker.check(fewer, article)
    expect(second).not.toBe(first)
    expect(texts(second.findings, 'calque')).toEqual([])
    await session.close()
  })

  it('refuses a request that is not an article id', async () => {
    const { backend } = await sampleSession()
    const result = await dispatchInvoke(backend.handlers, 'checkArticle', {
      projectId: 'belarus-usa-ambassadors',
      articleId: '../../etc'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    await backend.close()
  })
})
