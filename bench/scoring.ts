/**
 * Scoring speed on the real MQM TSV files of ../shared/corpora (~10k lines, 2-5 MB each): read the
 * file (already in memory) into records, build the scoring input (word counts), score every system
 * and document and build the report; median of 7 runs after 2 warm-up runs, in this process.
 *
 *   node --import tsx bench/scoring.ts
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseMqmTsv } from '@shared/mqm-tsv'
import {
  GOOGLE_WMT_MQM_PROFILE,
  UNBABEL_WMT21_MQM_PROFILE,
  buildScoreReport,
  scoringInputFromMqmRecords,
  type ScoringProfile
} from '@shared/scoring'
import { table } from './table'

const corpora = join(__dirname, '../../shared/corpora')
const FILES: readonly [string, ScoringProfile][] = [
  ['mqm_google_ted2021_ende/mqm_ted_ende.tsv', GOOGLE_WMT_MQM_PROFILE],
  ['mqm_wmt21_enru/mqm_newstest2021_enru.tsv', UNBABEL_WMT21_MQM_PROFILE],
  ['mqm_wmt21_enru/mqm_tedtalks2021_enru.tsv', UNBABEL_WMT21_MQM_PROFILE]
]

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const ms = (value: number) => value.toFixed(1)

const rows: string[][] = []
for (const [file, profile] of FILES) {
  let text: string
  try {
    text = readFileSync(join(corpora, file), 'utf8')
  } catch {
    console.log(`skipped ${file}: ${corpora} is absent`)
    continue
  }
  const times = { read: [] as number[], input: [] as number[], report: [] as number[] }
  let lines = 0
  for (let run = 0; run < 9; run++) {
    const t0 = performance.now()
    const { records } = parseMqmTsv(text)
    const t1 = performance.now()
    const input = scoringInputFromMqmRecords(records, file)
    const t2 = performance.now()
    buildScoreReport(input, profile, new Date())
    const t3 = performance.now()
    lines = records.length
    if (run < 2) continue
    times.read.push(t1 - t0)
    times.input.push(t2 - t1)
    times.report.push(t3 - t2)
  }
  const total = median(times.read) + median(times.input) + median(times.report)
  rows.push([
    file.split('/').pop()!,
    `${(text.length / 1e6).toFixed(1)}M chars`,
    String(lines),
    ms(median(times.read)),
    ms(median(times.input)),
    ms(median(times.report)),
    ms(total)
  ])
}
console.log(
  table(['file', 'size', 'lines', 'read ms', 'input ms', 'score+report ms', 'total ms'], rows)
)
