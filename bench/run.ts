/**
 * `npm run bench`: sentence alignment of 1k, 10k and 100k RU-EN segment pairs built from the WMT
 * corpus (clean and perturbed like MT output), Calque against a naive full-matrix Gale–Church, with
 * time, peak memory and strict F1; and segmentation throughput. Each measurement runs in a process
 * of its own (see measure.ts). Then the automatic checks (100k rows; one article through main's
 * checker), exports and re-imports, and MQM scoring, each by its own script in its own process.
 * Plain text tables on stdout.
 *
 *   npm run bench               everything (the naive aligner at 10k takes a minute or so)
 *   npm run bench -- --quick    1k and 10k only, naive at 1k only; checks over 10k rows
 */
import { spawnSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { hasWmt, wmtTsv, type Variant } from './inputs'
import type { Aligner, Measurement, Task } from './measure'
import { naiveLatticeBytes } from './naive-gale-church'
import { table } from './table'

const quick = process.argv.includes('--quick')
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]
const VARIANTS: Variant[] = ['clean', 'perturbed']
/** Above this the naive lattice is not even tried. */
const NAIVE_LIMIT_BYTES = quick ? 50e6 : 2e9
const RUNS = 3

const ALIGNERS: readonly { readonly id: Aligner; readonly name: string }[] = [
  { id: 'calque', name: 'Calque: length + anchors' },
  { id: 'calque-length', name: 'Calque: length only' },
  { id: 'naive', name: 'Gale–Church, full matrix' }
]

function run(task: Task): Measurement {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(__dirname, 'measure.ts'), JSON.stringify(task)],
    { encoding: 'utf8', maxBuffer: 1 << 20 }
  )
  if (child.status !== 0) throw new Error(`measurement failed: ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Measurement
}

const seconds = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`)
const megabytes = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.max(0, bytes / 1e6).toFixed(0)} MB`
/** Below this, RSS growth is mostly the garbage collector's mood: shown as such, not compared. */
const MEMORY_NOISE = 10e6
const memory = (bytes: number) =>
  bytes < MEMORY_NOISE ? `< ${megabytes(MEMORY_NOISE)}` : megabytes(bytes)

function alignmentTable(): string {
  const rows: string[][] = []
  for (const size of SIZES) {
    for (const variant of VARIANTS) {
      let calque: Measurement | undefined
      for (const aligner of ALIGNERS) {
        const label = [size >= 1000 ? `${size / 1000}k` : `${size}`, variant, aligner.name]
        if (aligner.id === 'naive') {
          const bytes = naiveLatticeBytes(size, size)
          if (bytes > NAIVE_LIMIT_BYTES) {
            rows.push([
              ...label,
              '',
              '',
              '',
              '',
              `skipped: the lattice would need ${megabytes(bytes)}`
            ])
            continue
          }
        }
        const runs = aligner.id === 'naive' && size > 1000 ? 1 : RUNS
        const m = run({ kind: 'align', aligner: aligner.id, size, variant, runs })
        if (aligner.id === 'calque') calque = m
        const memoryRatio =
          calque && calque.peakGrowthBytes >= MEMORY_NOISE
            ? `, ${(m.peakGrowthBytes / calque.peakGrowthBytes).toFixed(0)}× memory`
            : ''
        const ratio =
          aligner.id === 'naive' && calque
            ? `${(m.seconds / calque.seconds).toFixed(0)}× time${memoryRatio}`
            : ''
        rows.push([
          ...label,
          `${m.source}×${m.target}`,
          seconds(m.seconds),
          memory(m.peakGrowthBytes),
          m.strictF1!.toFixed(4),
          ratio
        ])
        process.stderr.write('.')
      }
    }
  }
  process.stderr.write('\n')
  return table(
    ['pairs', 'input', 'aligner', 'segments', 'time', 'peak memory', 'strict F1', 'naive ÷ Calque'],
    rows
  )
}

function segmentationTable(): string {
  const rows = (['ru', 'en'] as const).map((side) => {
    const m = run({ kind: 'segment', side, runs: RUNS })
    return [
      side,
      `${(m.source / 1e6).toFixed(2)} M chars`,
      `${m.target} segments`,
      seconds(m.seconds),
      `${(m.source / 1e6 / m.seconds).toFixed(1)} M chars/s`,
      `${Math.round(m.target / m.seconds).toLocaleString('en')} segments/s`
    ]
  })
  return table(['language', 'text', 'output', 'time', 'throughput', ''], rows)
}

function main(): void {
  if (!hasWmt) {
    console.log(`skipped: ${wmtTsv} is absent (the benchmark builds its inputs from that corpus)`)
    return
  }
  console.log(
    `Calque benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${megabytes(totalmem())} RAM`
  )
  console.log(
    `Inputs: WMT21-23 RU-EN documents (${wmtTsv}) concatenated; "perturbed" = 10 % of English sentences\n` +
      'merged into the next and 5 % lost, per document (seed 42). Time: median of 3 runs (1 for the naive\n' +
      'aligner above 1k) after a warm-up; peak memory: peak RSS minus RSS once the inputs are built. Each\n' +
      'measurement in its own process. Strict F1 against the gold links of the input.\n'
  )
  console.log(alignmentTable())
  console.log(
    '\nReference from the issue: hunalign (C++, no dictionary) on a 96k-line stream here: 27 s, 1.9 GB.\n'
  )
  console.log(
    'Segmentation (buildDocument: paragraphs and sentences) of the whole corpus, one side:'
  )
  console.log(segmentationTable())
  for (const [title, script, args] of OTHER_BENCHMARKS) {
    console.log(`\n${title}`)
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, script), ...args],
      { stdio: 'inherit' }
    )
    if (child.status !== 0) throw new Error(`${script} failed (exit ${child.status})`)
  }
}

/** The other benchmarks, as `node --import tsx bench/<script>` would run them alone. */
const OTHER_BENCHMARKS: readonly (readonly [string, string, readonly string[]])[] = [
  ['Automatic checks (bench/qa.ts):', 'qa.ts', [quick ? '10000' : '100000']],
  ['One article through the checker (bench/qa-article.ts):', 'qa-article.ts', []],
  ['Exports and re-imports (bench/export.ts):', 'export.ts', []],
  ['MQM scoring (bench/scoring.ts):', 'scoring.ts', []],
  ['Opening an article: the review log replayed (bench/replay.ts):', 'replay.ts', []]
]

main()
