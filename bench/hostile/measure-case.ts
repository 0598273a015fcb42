/**
 * One hostile case in a process of its own, so its peak memory is its own: `node --import tsx
 * bench/hostile/measure-case.ts '<task as JSON>'` runs the import on the files already written and
 * prints one JSON line: time, peak resident set (`process.resourceUsage().maxRSS`) and the resident set
 * before the work (the runtime and the loaded code), and what happened.
 */
import { runCase, type Work } from './cases'

export interface CaseTask {
  readonly work: Work
  readonly dir: string
}

export interface CaseMeasurement {
  readonly seconds: number
  /** Of which reading and segmenting (the rest: aligning and writing alignment.json). */
  readonly readSeconds: number
  readonly peakRssBytes: number
  readonly baselineRssBytes: number
  readonly outcome: string
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2]!) as CaseTask
  const baselineRssBytes = process.memoryUsage().rss
  const started = performance.now()
  const { outcome, readSeconds } = await runCase(task.work, task.dir)
  const seconds = (performance.now() - started) / 1000
  const measurement: CaseMeasurement = {
    seconds,
    readSeconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    baselineRssBytes,
    outcome
  }
  console.log(JSON.stringify(measurement))
}

void main()
