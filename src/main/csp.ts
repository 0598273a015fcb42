/**
 * The renderer's Content Security Policy. It is applied twice on purpose: as a response header for
 * anything served over HTTP (the dev server) and as a `<meta>` tag in `src/renderer/index.html` for the
 * built app, which loads over `file://` where there are no response headers. A test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export type ResponseHeaders = Record<string, string | string[]>

/**
 * The response headers with our policy added. A policy the server already sent is kept beside ours:
 * the browser enforces every policy it receives, so adding can only tighten, never loosen.
 */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined): ResponseHeaders {
  const result: ResponseHeaders = { ...headers }
  const key =
    Object.keys(result).find((k) => k.toLowerCase() === 'content-security-policy') ??
    'Content-Security-Policy'
  const existing = result[key] ?? []
  result[key] = [...(typeof existing === 'string' ? [existing] : existing), CONTENT_SECURITY_POLICY]
  return result
}
