/**
 * One run of the automatic checks, as the article checker asks for it: the rows, the checks to run,
 * the project's glossary (plain data) and whether to spell-check. `runCheckJob` does it in this
 * thread with this process's speller; the app sends the same request to a worker (`CheckWorker`), so
 * that a long article never holds up main while a save waits.
 */
import type { CalqueError } from '@shared/domain/errors'
import { toUserError } from '../../to-user-error'
import {
  runChecks,
  type CheckId,
  type Finding,
  type Glossary,
  type QaRow,
  type Speller
} from '@shared/qa'

export interface CheckJobRequest {
  readonly rows: readonly QaRow[]
  readonly enabled: readonly CheckId[]
  readonly glossary?: Glossary
  /** Spell-check (the spelling check is enabled): the runner brings its speller. */
  readonly spelling: boolean
}

export interface CheckJobResult {
  readonly findings: Finding[]
  /** The speller could not be built: the other checks ran. */
  readonly spellingError: CalqueError | null
}

export type CheckRunner = (request: CheckJobRequest) => Promise<CheckJobResult>

export async function runCheckJob(
  request: CheckJobRequest,
  speller: () => Promise<Speller>
): Promise<CheckJobResult> {
  let spelling: Speller | undefined
  let spellingError: CalqueError | null = null
  if (request.spelling) {
    try {
      spelling = await speller()
    } catch (error) {
      spellingError = toUserError(error, 'loading the English speller')
    }
  }
  const findings = runChecks(request.rows, {
    enabled: request.enabled,
    ...(request.glossary ? { glossary: request.glossary } : {}),
    ...(spelling ? { spelling } : {})
  })
  return { findings, spellingError }
}
