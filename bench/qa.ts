/**
 * `node --import tsx bench/qa.ts`: every automatic check over 100,000 rows (the WMT RU-EN corpus beside
 * the repo, cycled, with the sample article's rows mixed in), as one document: the time of each check
 * alone and of all together, and how many findings they make. The cycled corpus repeats each row
 * about twenty times, which the engine turns to account (a repeated row is checked once); the last
 * line makes every row different to show the cost without that. Building the speller from the
 * Hunspell files is timed apart (it happens once per process).
 *
 *   node --import tsx bench/qa.ts            100,000 rows
 *   node --import tsx bench/qa.ts 10000      another size
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { QA_CHECKS, createSpeller, runChecks, type QaRow } from '@shared/qa'
import { hasWmt, loadWmtDocs } from '../tests/unit/shared/align/corpora'
import { sampleEn, sampleRu } from '../tests/helpers/paths'
import { table } from './table'

const size = Number(process.argv[2] ?? 100_000)
const RUNS = 3

function corpusRows(): { source: string; target: string; paragraph: number }[] {
  const rows: { source: string; target: string; paragraph: number }[] = []
  if (hasWmt) {
    let paragraph = 0
    for (const doc of loadWmtDocs()) {
      doc.ru.forEach((ru, k) =>
        rows.push({ source: ru, target: doc.en[k]!, paragraph: paragraph + doc.paragraph[k]! })
      )
      paragraph += doc.paragraph.at(-1)! + 1
    }
  }
  // The sample's paragraphs, side by side (26 on each side, in the same order).
  const ru = readFileSync(sampleRu, 'utf8').trim().split(/\n\n/)
  const en = readFileSync(sampleEn, 'utf8').trim().split(/\n\n/)
  ru.forEach((text, k) => rows.push({ source: text, target: en[k]!, paragraph: 1_000_000 + k }))
  return rows
}

/**
 * `unique`: every row made different from the others (its number before both texts), so that nothing
 * is saved by the engine checking a repeated row once.
 */
function build(count: number, unique: boolean): QaRow[] {
  const base = corpusRows()
  return Array.from({ length: count }, (_, index) => {
    const { source, target, paragraph } = base[index % base.length]!
    const cycle = Math.floor(index / base.length)
    const prefix = unique ? `${index}. ` : ''
    return {
      id: `b${index}`,
      index,
      source: prefix + source,
      target: prefix + target,
      sourceSegments: [index],
      targetSegments: [index],
      confidence: 1,
      sourceParagraph: paragraph + cycle * 2_000_000,
      targetParagraph: paragraph + cycle * 2_000_000
    }
  })
}

/** Best wall time of RUNS runs, and the process CPU time of that run (all threads: GC included). */
function best(task: () => number): { ms: number; cpuMs: number; findings: number } {
  let ms = Infinity
  let cpuMs = 0
  let findings = 0
  for (let r = 0; r < RUNS; r++) {
    const cpu = process.cpuUsage()
    const start = performance.now()
    findings = task()
    const wall = performance.now() - start
    if (wall < ms) {
      ms = wall
      const used = process.cpuUsage(cpu)
      cpuMs = (used.user + used.system) / 1000
    }
  }
  return { ms, cpuMs, findings }
}

const started = performance.now()
const dictionary = dirname(createRequire(__filename).resolve('dictionary-en'))
const speller = createSpeller(
  readFileSync(join(dictionary, 'index.aff'), 'utf8'),
  readFileSync(join(dictionary, 'index.dic'), 'utf8')
)
const spellerMs = performance.now() - started
const rows = build(size, false)
const uniqueRows = build(size, true)
const chars = rows.reduce((n, row) => n + row.source.length + row.target.length, 0)
console.log(
  `QA checks: ${rows.length.toLocaleString('en')} rows (${(chars / 1e6).toFixed(1)} M characters)${hasWmt ? '' : ' — WMT corpus absent, sample rows only'}`
)
console.log(
  `speller built from dictionary-en in ${spellerMs.toFixed(0)} ms (once per process, not in the times below)`
)
console.log(
  `${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other processes slow the wall times down)\n`
)
const lines: string[][] = []
for (const check of QA_CHECKS) {
  if (check.id === 'glossary') continue
  const { ms, cpuMs, findings } = best(
    () => runChecks(rows, { spelling: speller, enabled: [check.id] }).length
  )
  lines.push([check.id, `${ms.toFixed(0)} ms`, `${cpuMs.toFixed(0)} ms`, String(findings)])
}
const all = best(() => runChecks(rows, { spelling: speller }).length)
lines.push([
  'all checks together',
  `${all.ms.toFixed(0)} ms`,
  `${all.cpuMs.toFixed(0)} ms`,
  String(all.findings)
])
const allUnique = best(() => runChecks(uniqueRows, { spelling: speller }).length)
lines.push([
  'all checks, no two rows alike',
  `${allUnique.ms.toFixed(0)} ms`,
  `${allUnique.cpuMs.toFixed(0)} ms`,
  String(allUnique.findings)
])
console.log(
  table(
    ['check (alone, with the tokenising it needs)', 'time (best of 3)', 'CPU', 'findings'],
    lines
  )
)
