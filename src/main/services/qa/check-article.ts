/**
 * The automatic checks of one open article, for the review window (`checkArticle`): the rows as they
 * are now in the review state (alignment fixes applied: the same rows exports read), every check the
 * project has not switched off, the English speller and the project's glossary. The checks run where
 * `run` says: in this thread by default (tests, the CLI), in a worker in the app (`CheckWorker`), so
 * main's thread stays free for saves. Checks judge the MT, as flags do, so post-edits do not enter. A glossary that cannot be read is
 * reported with the result (the other checks still run), never thrown.
 *
 * One result is kept per article and reused while its rows, the project's check settings and the
 * glossary file stay the same: the window may ask again (a reload, a second view) without paying
 * for a new run.
 */
import { stat } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { Bead } from '@shared/domain/alignment'
import type { ArticleChecks, GlossaryState } from '@shared/ipc/contract'
import type { ProjectSettings } from '@shared/project/format'
import { CHECK_IDS, type CheckId, type Glossary, type Speller } from '@shared/qa'
import { reviewedRows } from '@shared/review/reviewed-article'
import { currentState, type OpenArticle } from '../article-store'
import { toUserError } from '../../to-user-error'
import { runCheckJob, type CheckJobRequest, type CheckRunner } from './check-job'
import { loadGlossaryFile } from './glossary-file'
import { loadEnglishSpeller } from './speller'

/** What the checks need of the project: its folder (a relative glossary path starts there) and settings. */
export interface CheckedProject {
  readonly dir: string
  readonly settings: Pick<ProjectSettings, 'disabledChecks' | 'glossary'>
}

export interface ArticleCheckerDeps {
  /** Default: the shared en-US speller of this process (for checks run in this thread). */
  readonly speller?: () => Promise<Speller>
  /** Where the checks run; default: in this thread (`runCheckJob`). The app: a worker (`CheckWorker`). */
  readonly run?: CheckRunner
  /** Default: the file system (`loadGlossaryFile`). */
  readonly glossary?: (path: string) => Promise<Glossary>
}

interface Cached {
  readonly beads: readonly Bead[]
  readonly key: string
  readonly result: ArticleChecks
}

export interface ArticleChecker {
  check(project: CheckedProject, article: OpenArticle): Promise<ArticleChecks>
}

export function createArticleChecker(deps: ArticleCheckerDeps = {}): ArticleChecker {
  const speller = deps.speller ?? loadEnglishSpeller
  const run = deps.run ?? ((request: CheckJobRequest) => runCheckJob(request, speller))
  const readGlossary = deps.glossary ?? loadGlossaryFile
  // Keyed by the open article: a reloaded article (another encoding) is a new object, so a new run.
  const cache = new WeakMap<OpenArticle, Cached>()
  const glossaries = new Map<string, { stamp: string; glossary: Promise<Glossary> }>()

  /** The glossary, read again only when its file changed (size or modification time). */
  async function glossaryAt(path: string): Promise<{ glossary: Glossary; stamp: string }> {
    const info = await stat(path).catch(() => null)
    const stamp = info ? `${info.size}:${info.mtimeMs}` : 'missing'
    let entry = glossaries.get(path)
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp, glossary: readGlossary(path) }
      glossaries.set(path, entry)
      entry.glossary.catch(() => glossaries.delete(path))
    }
    return { glossary: await entry.glossary, stamp }
  }

  return {
    async check(project, article) {
      const state = currentState(article)
      const enabled = enabledChecks(project.settings.disabledChecks)
      const glossaryPath = project.settings.glossary
        ? absolutePath(project.dir, project.settings.glossary)
        : null

      let glossary: Glossary | undefined
      let glossaryState: GlossaryState = { status: 'none' }
      let stamp = ''
      if (glossaryPath && enabled.includes('glossary')) {
        try {
          const loaded = await glossaryAt(glossaryPath)
          glossary = loaded.glossary
          stamp = loaded.stamp
          glossaryState = {
            status: 'loaded',
            path: glossaryPath,
            entries: loaded.glossary.entries.length
          }
        } catch (error) {
          glossaryState = {
            status: 'failed',
            path: glossaryPath,
            error: toUserError(error, 'reading the glossary')
          }
        }
      }

      const key = JSON.stringify([enabled, glossaryPath, stamp, glossaryState.status])
      const cached = cache.get(article)
      if (cached && cached.beads === state.beads && cached.key === key) return cached.result

      const { alignment } = article
      const rows = reviewedRows(state, {
        source: alignment.source.segments,
        target: alignment.target.segments
      })
      const { findings, spellingError } = await run({
        rows,
        enabled,
        ...(glossary ? { glossary } : {}),
        spelling: enabled.includes('spelling')
      })
      const ran = enabled.filter(
        (id) => (id !== 'glossary' || glossary) && (id !== 'spelling' || spellingError === null)
      )
      const result: ArticleChecks = {
        findings,
        ran,
        glossary: glossaryState,
        spellingError
      }
      cache.set(article, { beads: state.beads, key, result })
      return result
    }
  }
}

/** Every check but those switched off (unknown ids in the settings are ignored). */
export function enabledChecks(disabled: readonly string[]): CheckId[] {
  const off = new Set(disabled)
  return CHECK_IDS.filter((id) => !off.has(id))
}

function absolutePath(projectDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(projectDir, path)
}
