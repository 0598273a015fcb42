#!/usr/bin/env node
// A sandboxed preload can `require` nothing but 'electron' (and a few Electron-provided built-ins we do
// not use): anything else must be bundled in, or the preload throws at start and `window.calque` never
// appears. Runs after `npm run build` (via scripts/security-scan.mjs, in `npm test`).
// The same check lives in tests/unit/main/wiring/preload-bundle.test.ts for a quick local run.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const PRELOAD_BUNDLE = join(root, 'out/preload/index.js')

/** Every `require(...)` call in the code whose argument is not the string 'electron'. */
export function forbiddenRequires(code) {
  const calls = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[0])
  return calls.filter((call) => !/^require\s*\(\s*(["'`])electron\1\s*\)$/.test(call))
}

/** `node scripts/check-preload-bundle.mjs [bundle]`: the built preload unless another file is named. */
function main(bundle = PRELOAD_BUNDLE) {
  const shown = relative(process.cwd(), bundle)
  if (!existsSync(bundle)) {
    console.error(`check-preload-bundle: ${shown} does not exist; run \`npm run build\` first.`)
    return 1
  }
  const code = readFileSync(bundle, 'utf8')
  const bad = forbiddenRequires(code)
  if (bad.length > 0) {
    console.error(`check-preload-bundle: ${shown} requires more than electron:`)
    for (const call of bad) console.error(`  ${call}`)
    return 1
  }
  const electronRequires = code.match(/\brequire\s*\(/g)?.length ?? 0
  console.log(`check-preload-bundle: ok (${shown} requires only electron, ${electronRequires}x)`)
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv[2])
