#!/usr/bin/env node
// Electron security scan for `npm test`: runs @doyensec/electronegativity over src/, prints the
// findings by severity, and fails on any HIGH finding that has not been reviewed below. Then checks
// that the built preload requires nothing but electron (scripts/check-preload-bundle.mjs).
//
// The scanner is called through its documented programmatic API rather than its CLI: with `-o` the
// CLI drops parse errors silently, and a file the scanner could not parse is a file it did not scan.
// The CSV report is still written, for anyone who wants the full detail.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

// `--input <dir>` scans another folder (e.g. a deliberately unsafe fixture, to see the scan fail);
// `--skip-bundle-check` leaves out the preload check when nothing has been built.
const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: join(root, 'src') },
    'skip-bundle-check': { type: 'boolean', default: false }
  }
})
const input = resolve(args.input)

/**
 * Findings a person has looked at and judged. Each entry names one check in one file and says why it
 * is acceptable; nothing is ignored wholesale. A reviewed finding is still printed, marked as such.
 */
const REVIEWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'src/main/window.ts',
    why:
      'Only URLs that pass isSafeExternalUrl (https:, no credentials) reach shell.openExternal; ' +
      'http, file, javascript: and custom schemes are refused (tests/unit/main/wiring/window.test.ts).'
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'src/renderer/index.html',
    why:
      "Flags style-src 'unsafe-inline'. Scripts stay 'self' only; inline styles are needed by Vite's " +
      'dev-mode style injection and cannot run code. The policy is the project-wide one (src/main/csp.ts).'
  }
]

const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']

/** The scanner reports paths relative to its input; show and match them relative to the repo. */
function relativeToRoot(file) {
  // Global checks (e.g. "no navigation limits anywhere") have no file: the scanner says N/A.
  if (file === 'N/A') return '(whole app)'
  return relative(root, join(input, file)).replaceAll('\\', '/')
}

function reviewOf(issue) {
  return REVIEWED.find((r) => r.check === issue.id && r.file === relativeToRoot(issue.file))
}

async function scan() {
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8')
  ).version
  const run = require('@doyensec/electronegativity')
  mkdirSync(join(root, '.tmp'), { recursive: true })
  const csv = join(root, '.tmp', 'electronegativity-report.csv')
  const result = await run(
    {
      input,
      output: csv,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      isRelative: true,
      electronVersionOverride: electronVersion,
      parserPlugins: []
    },
    false
  )
  return { ...result, csv, electronVersion }
}

function report({ issues, errors, csv, electronVersion, globalChecks, atomicChecks }) {
  console.log(
    `electronegativity: ${globalChecks + atomicChecks} checks over ${relative(root, input) || '.'} ` +
      `for Electron ${electronVersion}`
  )
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
  for (const issue of issues) counts[issue.severity.name] = (counts[issue.severity.name] ?? 0) + 1
  console.log(`  by severity: ${SEVERITIES.map((s) => `${s} ${counts[s]}`).join(', ')}`)

  const sorted = [...issues].sort(
    (a, b) => SEVERITIES.indexOf(a.severity.name) - SEVERITIES.indexOf(b.severity.name)
  )
  for (const issue of sorted) {
    const where = `${relativeToRoot(issue.file)}:${issue.location.line}:${issue.location.column}`
    const review = reviewOf(issue)
    console.log(
      `  ${issue.severity.name.padEnd(6)} ${issue.id} ${where}${review ? ' (reviewed)' : ''}`
    )
    console.log(`         ${review ? review.why : issue.description}`)
  }
  console.log(`  full report: ${relative(root, csv)}`)

  let failed = false
  for (const error of errors) {
    const line = `  could not parse ${error.file}: ${error.message}`
    if (error.tolerable) console.warn(`${line} (tolerated by the scanner)`)
    else {
      console.error(`${line}: that file was NOT scanned`)
      failed = true
    }
  }
  const highs = issues.filter((i) => i.severity.name === 'HIGH' && !reviewOf(i))
  if (highs.length > 0) {
    console.error(`electronegativity: ${highs.length} unreviewed HIGH finding(s):`)
    for (const h of highs) console.error(`  ${h.id} ${relativeToRoot(h.file)}:${h.location.line}`)
    failed = true
  }
  for (const entry of REVIEWED) {
    if (!issues.some((i) => reviewOf(i) === entry)) {
      console.log(
        `  note: reviewed entry ${entry.check} in ${entry.file} matched nothing; remove it?`
      )
    }
  }
  return failed ? 1 : 0
}

function checkPreloadBundle() {
  const result = spawnSync(process.execPath, [join(root, 'scripts/check-preload-bundle.mjs')], {
    stdio: 'inherit'
  })
  return result.status ?? 1
}

const scanStatus = report(await scan())
const bundleStatus = args['skip-bundle-check'] ? 0 : checkPreloadBundle()
process.exitCode = scanStatus === 0 && bundleStatus === 0 ? 0 : 1
