/**
 * One request, from any transport (Electron IPC, the end-to-end bridge): check that the method exists,
 * validate its argument against the contract, run the handler. No electron import, so it is tested and
 * used by the end-to-end harness exactly as main uses it.
 */
import { invokeChannels, type InvokeMethod } from '@shared/ipc/channels'
import { requestSchemas, type Handlers } from '@shared/ipc/contract'
import { fail } from '@shared/domain/errors'
import { toUserError, type ErrorLogger } from '../to-user-error'

/** Methods whose response is a `Result`: their failures travel as data, not exceptions. */
export const RESULT_METHODS: ReadonlySet<InvokeMethod> = new Set<InvokeMethod>([
  'openSample',
  'openPair',
  'openBilingual',
  'openProjectFolder',
  'openRecent',
  'openArticle',
  'addArticlePair',
  'addArticleFolder',
  'appendReview',
  'reopenWithEncoding',
  'updateProjectSettings',
  'exportArticles',
  'importReviewedFile',
  'saveReport',
  'importMqmEvaluation',
  'saveScoringProfile',
  'checkArticle',
  'chooseProjectsRoot'
])

export function isInvokeMethod(method: string): method is InvokeMethod {
  return Object.prototype.hasOwnProperty.call(invokeChannels, method)
}

export async function dispatchInvoke(
  handlers: Handlers,
  method: string,
  raw: unknown,
  log?: ErrorLogger
): Promise<unknown> {
  if (!isInvokeMethod(method)) throw new Error(`Unknown IPC method: ${method}`)
  const parsed = requestSchemas[method].safeParse(raw)
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`)
      .join('; ')
    if (RESULT_METHODS.has(method)) return fail({ code: 'invalid-request', detail })
    throw new Error(`Invalid request for ${method}: ${detail}`)
  }
  const handler = handlers[method] as (request: unknown) => Promise<unknown>
  try {
    return await handler(parsed.data)
  } catch (error) {
    const failure = toUserError(error, method, log)
    if (!RESULT_METHODS.has(method)) throw new Error(failure.detail ?? failure.code)
    return fail(failure)
  }
}
