/**
 * The built preload must `require` only electron: a sandboxed preload cannot load anything else, and
 * would fail silently at start (no `window.calque`). Needs `npm run build`; `npm test` also runs the
 * same check after its build step (scripts/check-preload-bundle.mjs).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const BUNDLE = join(__dirname, '../../../../out/preload/index.js')

function requireCalls(code: string): string[] {
  return [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[0].replace(/\s+/g, ''))
}

describe.skipIf(!existsSync(BUNDLE))(
  'out/preload/index.js (skipped: not built; run `npm run build`)',
  () => {
    const code = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : ''

    it('requires electron and nothing else', () => {
      const calls = requireCalls(code)
      expect(calls.length).toBeGreaterThan(0)
      expect(new Set(calls.map((c) => c.replaceAll("'", '"')))).toEqual(
        new Set(['require("electron")'])
      )
    })

    it('bundles the channel names and no validation library', () => {
      expect(code).toContain('project:open-sample')
      expect(code).toContain('exposeInMainWorld')
      expect(code).not.toMatch(/\bzod\b|ZodError/)
    })
  }
)

describe('the check itself', () => {
  it('catches a require of anything but electron', () => {
    const sample =
      'const e = require("electron"); const z = require("zod"); const f = require(name)'
    expect(requireCalls(sample)).toEqual(['require("electron")', 'require("zod")', 'require(name)'])
  })
})
