/// <reference types="node" />
/**
 * The dashboard's component tests run over the real backend (tests/helpers/dashboard-backend.ts),
 * which imports main: the web TypeScript project may not include main's files, so the module is
 * loaded at run time by path and typed here by what the tests use of it.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReviewedArticle } from '@shared/domain/article'
import type { CalqueApi, Handlers } from '@shared/ipc/contract'

export interface TestBackend {
  readonly api: CalqueApi
  readonly backend: { readonly handlers: Handlers }
  readonly userDataDir: string
  /** Every request sent, in order: `[method, request]`. */
  readonly calls: [string, unknown][]
}

export interface SampleFlag {
  readonly phrase: string
  readonly occurrence?: number
  readonly category: string
  readonly severity: 'minor' | 'major' | 'critical'
  readonly comment?: string
}

export interface SeededSample {
  readonly projectId: string
  readonly articleId: string
  /** 1-based row of each flag. */
  readonly rows: readonly number[]
  readonly ids: readonly string[]
}

/** What the dashboard tests take from the Node side. */
export interface RealBackend {
  testBackend(dialogs?: {
    choosePair?: () => Promise<{ source: string; target: string } | null>
    chooseSavePath?: (request: { defaultName: string }) => Promise<string | null>
    chooseMqmFile?: () => Promise<string | null>
  }): TestBackend
  /** The sample opened through the backend and flagged on real errors (`[]`: not flagged). */
  seedSample(handlers: Handlers, flags?: readonly SampleFlag[]): Promise<SeededSample>
  /** The published WMT21 TED en-de MQM scores per system (tests/unit/shared/scoring/published.ts). */
  readonly GOOGLE_TED_ENDE_PUBLISHED: Readonly<Record<string, number>>
  /** The sample as a ReviewedArticle with flags on real errors (tests/unit/shared/scoring). */
  sampleArticle(
    flags?: readonly unknown[],
    edits?: Readonly<Record<number, string>>
  ): ReviewedArticle
  readonly SCORING_SAMPLE_FLAGS: readonly unknown[]
}

const MODULE = resolve(__dirname, '../../../helpers/dashboard-backend.ts')

export async function realBackend(): Promise<RealBackend> {
  return (await import(/* @vite-ignore */ MODULE)) as RealBackend
}

/** The third-party corpora beside the repo (`../shared`), never inside it. */
export const corporaDir = resolve(__dirname, '../../../../../shared/corpora')
export const hasCorpora = existsSync(corporaDir)
export const SKIP_NO_CORPORA = `skipped: ${corporaDir} is absent (the third-party corpora are not in this checkout)`
