/**
 * `npm run bench:hostile`: time and peak memory of the import path on hostile inputs (and on large
 * legitimate ones beside them), each at two sizes so that super-linear growth shows, each run in a
 * process of its own. Inputs are generated into a temporary folder and deleted afterwards.
 *
 *   npm run bench:hostile                  every case
 *   npm run bench:hostile -- md-emphasis   only the cases whose id contains one of the words given
 *
 * Target: no input up to 50 MB takes more than 5 s per 10 MB, or more than 10 times its size in
 * memory over the runtime's own. A case over its 120 s budget is stopped and shown as such.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { table } from '../table'
import { CASES } from './cases'
import type { CaseMeasurement, CaseTask } from './measure-case'

const BUDGET_MS = 120_000
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const cases = CASES.filter((c) => filters.length === 0 || filters.some((f) => c.id.includes(f)))

const mb = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`

function measure(task: CaseTask): CaseMeasurement | string {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'measure-case.ts'), JSON.stringify(task)],
    { encoding: 'utf8', maxBuffer: 1 << 20, timeout: BUDGET_MS }
  )
  if (child.error) return `stopped after ${BUDGET_MS / 1000} s`
  if (child.status !== 0)
    return `died: ${(child.stderr || `exit ${child.status}`).trim().split('\n').pop()}`
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as CaseMeasurement
}

const rows: string[][] = []
for (const hostile of cases) {
  for (const scale of [1, 2]) {
    const dir = mkdtempSync(join(tmpdir(), 'calque-hostile-'))
    try {
      const { work, inputBytes } = hostile.generate(dir, scale)
      const result = measure({ work, dir })
      const label = [scale === 1 ? hostile.id : '', `${scale}x`, mb(inputBytes)]
      if (typeof result === 'string') {
        rows.push([...label, '-', '-', '-', '-', '-', '-', result])
      } else {
        const work = Math.max(0, result.peakRssBytes - result.baselineRssBytes)
        rows.push([
          ...label,
          `${result.seconds.toFixed(2)} s`,
          `${result.readSeconds.toFixed(2)} s`,
          `${((result.seconds / inputBytes) * 10 * 1024 * 1024).toFixed(2)} s`,
          mb(result.peakRssBytes),
          mb(work),
          `${(work / inputBytes).toFixed(1)}x`,
          result.outcome
        ])
      }
      console.error(`${hostile.id} ${scale}x: ${rows[rows.length - 1]!.slice(3).join(' | ')}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

console.log(
  `Hostile input (${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.version}); each size in a process of its own.`
)
console.log(
  'time: reading one side as the app does (decode, read, segment), or a whole job (both sides, aligning,\n' +
    'alignment.json); reading: of that, before aligning began; per 10 MB: time scaled to 10 MB of input; peak:\n' +
    "the process's peak RSS; work: peak minus the RSS before the work (runtime and loaded code); ratio: work /\n" +
    'input size. The budget per run is 120 s.\n'
)
console.log(
  table(
    [
      'case',
      'size',
      'input',
      'time',
      'reading',
      'per 10 MB',
      'peak RSS',
      'work',
      'ratio',
      'outcome'
    ],
    rows
  )
)
console.log('\nCases:')
for (const hostile of cases) console.log(`  ${hostile.id.padEnd(22)} ${hostile.what}`)
