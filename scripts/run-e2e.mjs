#!/usr/bin/env node
// Runs the Playwright suites. Makes sure a Chromium is there first (Debian's, installed with apt when
// this is a root shell on Debian, as on CI), and runs under xvfb-run on a display-less Linux so the
// Electron suite can open its window wherever the Electron binary exists.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium']
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

function ensureSystemPackages() {
  const missing = []
  if (!process.env.CALQUE_CHROMIUM && !CHROMIUM.some((p) => existsSync(p))) missing.push('chromium')
  if (process.platform === 'linux' && !has('xvfb-run')) missing.push('xvfb', 'xauth')
  if (missing.length === 0) return
  if (isRoot && has('apt-get')) {
    console.log(`[e2e] installing ${missing.join(', ')} with apt-get (Debian packages)…`)
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0
    if (run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...missing])) return
  }
  if (missing.includes('chromium')) {
    console.error(
      '[e2e] Chromium is needed for the end-to-end tests and was not found.\n' +
        '      Debian/Ubuntu: sudo apt-get install -y chromium xvfb\n' +
        '      Elsewhere: set CALQUE_CHROMIUM to a Chromium or Chrome executable.'
    )
    process.exit(1)
  }
  console.log('[e2e] xvfb-run not found: the Electron suite will skip where there is no display.')
}

ensureSystemPackages()
const args = ['playwright', 'test', ...process.argv.slice(2)]
const headless = process.platform === 'linux' && !process.env.DISPLAY && has('xvfb-run')
const [cmd, cmdArgs] = headless ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args]
const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit' })
process.exit(result.status ?? 1)
