/**
 * The version in package.json. Found by walking up from this module, which works both from the
 * sources (tests) and from the bundle in out/main/ (the bin script).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function readVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === 'calque' && pkg.version) return pkg.version
    } catch {
      // no package.json here (or not ours): keep walking up
    }
    if (dirname(dir) === dir) return 'unknown'
  }
}
