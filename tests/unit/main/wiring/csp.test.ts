import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../../../src/main/csp'

const RENDERER_HTML = join(__dirname, '../../../../src/renderer/index.html')

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values] as const
    })
  )

  it('allows scripts only from the app and nothing as objects, frames or forms', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/)
  })
})

describe('withContentSecurityPolicy', () => {
  it('adds the policy when there is none', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
    })
  })

  it("keeps a server's own policy beside ours (both are enforced), whatever its header case", () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': "img-src 'none'" })
    expect(headers).toEqual({
      'content-security-policy': ["img-src 'none'", CONTENT_SECURITY_POLICY]
    })
  })
})

describe.skipIf(!existsSync(RENDERER_HTML))(
  'src/renderer/index.html (skipped until the renderer helper has written it)',
  () => {
    it('carries exactly the same policy in its <meta> tag', () => {
      const html = readFileSync(RENDERER_HTML, 'utf8')
      const metas = [
        ...html.matchAll(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)
      ]
      expect(metas).toHaveLength(1)
      const content = /\bcontent="([^"]*)"/i.exec(metas[0]?.[0] ?? '')?.[1]
      expect(content).toBe(CONTENT_SECURITY_POLICY)
    })
  }
)
