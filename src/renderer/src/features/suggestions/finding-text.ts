/** A finding's message in the UI language: its key in the `qa` namespace and its parameters. */
import type { Finding } from '@shared/qa'

/** Any i18next `t` (whatever namespaces it was made for). */
type Translate = (key: never, options: never) => unknown

export function findingMessage(t: Translate, finding: Finding): string {
  return String(t(`qa:${finding.message.key}` as never, finding.message.params as never))
}
