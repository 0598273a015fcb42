/** A real backend on a temporary user-data folder, and the review state a window would replay. */
import { join } from 'node:path'
import { createBackend, type BackendDeps, type PairChoice } from '../../src/main/backend'
import type { Result } from '@shared/domain/errors'
import type { ArticleView } from '@shared/domain/project'
import type { OpenedProject } from '@shared/ipc/contract'
import { replay } from '@shared/review/apply'
import type { ReviewEvent } from '@shared/review/events'
import { rowText } from '@shared/review/row-text'
import type { ReviewState } from '@shared/review/state'
import { repoRoot } from './paths'

export const samplesDir = join(repoRoot, 'resources/samples')
export const fixedClock = (): Date => new Date('2026-11-27T10:00:00.000Z')

export interface Choices {
  pair?: PairChoice | null
  bilingual?: string | null
  projectFolder?: string | null
  folderOfPairs?: string | null
}

export function backendFor(
  userDataDir: string,
  choices: Choices = {},
  extra: Partial<BackendDeps> = {}
) {
  return createBackend({
    userDataDir,
    samplesDir,
    choosePair: async () => choices.pair ?? null,
    chooseBilingualFile: async () => choices.bilingual ?? null,
    chooseDirectory: async () => null,
    chooseProjectFolder: async () => choices.projectFolder ?? null,
    chooseFolderOfPairs: async () => choices.folderOfPairs ?? null,
    systemLocale: 'ru-BY',
    author: 'anna',
    now: fixedClock,
    // In this thread: the worker path is tested on its own (backend-import-job.test.ts) and end to end.
    importInWorker: false,
    ...extra
  })
}

export type TestBackend = ReturnType<typeof backendFor>

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value
}

/** Opens the sample and its one article. */
export async function openSampleArticle(
  backend: TestBackend
): Promise<{ opened: OpenedProject; article: ArticleView }> {
  const opened = unwrap(await backend.handlers.openSample({}))
  const article = unwrap(
    await backend.handlers.openArticle({
      projectId: opened.project.id,
      articleId: opened.project.articles[0]!.id
    })
  )
  return { opened, article }
}

/** The review state the renderer builds from an article view (the same replay main runs). */
export function stateOf(article: ArticleView): ReviewState {
  return replay(article.records, {
    beads: article.beads,
    source: article.source.segments,
    target: article.target.segments
  })
}

/** The current row whose English contains `phrase`. */
export function rowWith(article: ArticleView, state: ReviewState, phrase: string) {
  const bead = state.beads.find((b) => rowText(article.target.segments, b.target).includes(phrase))
  if (!bead) throw new Error(`no row with "${phrase}"`)
  return bead
}

/** A reviewer's flag on `phrase` in the English of its row. */
export function flagOnPhrase(
  article: ArticleView,
  state: ReviewState,
  phrase: string,
  id = 'flag-1'
): ReviewEvent {
  const bead = rowWith(article, state, phrase)
  const start = rowText(article.target.segments, bead.target).indexOf(phrase)
  return {
    type: 'flag.add',
    flag: {
      id,
      row: bead.id,
      side: 'target',
      span: [start, start + phrase.length],
      category: 'accuracy/mistranslation',
      severity: 'major',
      comment: '',
      status: 'open',
      origin: 'reviewer',
      author: 'someone else',
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z'
    }
  }
}
