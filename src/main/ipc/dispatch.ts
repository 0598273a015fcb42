/**
 * One request, from any transport (Electron IPC, the end-to-end bridge): check that the method exists,
 * validate its argument against the contract, run the handler. No electron import, so it is tested and
 * used by the end-to-end harness exactly as main uses it.
 */
import { invokeChannels, type InvokeMethod } from '@shared/ipc/channels'
import { requestSchemas, type Handlers } from '@shared/ipc/contract'
import { CalqueFailure, fail } from '@shared/ipc/errors'

/** Methods whose response is a `Result`: their failures travel as data, not exceptions. */
export const RESULT_METHODS: ReadonlySet<InvokeMethod> = new Set<InvokeMethod>([
  'openSample',
  'openPair',
  'openBilingual',
  'reopenWithEncoding',
  'openRecent',
  'appendReview',
  'chooseProjectsRoot'
])

export function isInvokeMethod(method: string): method is InvokeMethod {
  return Object.prototype.hasOwnProperty.call(invokeChannels, method)
}

export async function dispatchInvoke(
  handlers: Handlers,
  method: string,
  raw: unknown
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
    if (!RESULT_METHODS.has(method)) throw error
    if (error instanceof CalqueFailure) return fail(error.error)
    // A bug, not bad input: keep the stack where a developer will look for it.
    console.error(`[calque] ${method} failed:`, error)
    return fail({
      code: 'internal',
      detail: error instanceof Error ? error.message : String(error)
    })
  }
}
