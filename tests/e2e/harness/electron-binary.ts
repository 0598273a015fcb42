import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Where the Electron binary is, without triggering its lazy download (`require('electron')` would try
 * to fetch it). `null` with a reason when it is not installed, as on the project's CI machines.
 */
export function findElectronBinary(): { path: string } | { path: null; reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  let pkgDir: string
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { path: null, reason: 'the electron package is not installed' }
  }
  const pathFile = join(pkgDir, 'path.txt')
  if (!existsSync(pathFile)) {
    return {
      path: null,
      reason: `the Electron binary has not been downloaded (${pathFile} is missing; Electron fetches it on first run, which needs the internet)`
    }
  }
  const relative = readFileSync(pathFile, 'utf8').trim()
  const full = override ? join(override, relative) : join(pkgDir, 'dist', relative)
  return existsSync(full)
    ? { path: full }
    : { path: null, reason: `the Electron binary is missing at ${full}` }
}
