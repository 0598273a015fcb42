/**
 * One measurement, in a process of its own so that its peak memory is its own: `node --expose-gc
 * --import tsx bench/measure.ts '<task as JSON>'` prints one JSON line. Time is the median of the
 * runs (after one warm-up run on a small input, so that the JIT has compiled the code); memory is
 * the peak resident set (`process.resourceUsage().maxRSS`) minus the resident set once the inputs
 * are built and garbage-collected: what the work itself added.
 */
import { alignSegments, alignTexts, strictScore, type Link } from '@shared/align'
import { buildDocument } from '@shared/segment/document'
import { alignInput, corpusText, type Variant } from './inputs'
import { naiveGaleChurch } from './naive-gale-church'

export type Aligner = 'calque' | 'calque-length' | 'naive'

export type Task =
  | {
      readonly kind: 'align'
      readonly aligner: Aligner
      readonly size: number
      readonly variant: Variant
      readonly runs: number
    }
  | { readonly kind: 'segment'; readonly side: 'ru' | 'en'; readonly runs: number }

export interface Measurement {
  readonly seconds: number
  readonly peakGrowthBytes: number
  /** Align: segments on each side and strict F1 against the gold; segment: characters and segments. */
  readonly source: number
  readonly target: number
  readonly strictF1?: number
}

const lengths = (texts: readonly string[]) => texts.map((text) => text.length)

function aligned(aligner: Aligner, source: string[], target: string[]): Link[] {
  if (aligner === 'calque') return alignTexts(source, target)
  if (aligner === 'calque-length') return alignSegments(lengths(source), lengths(target))
  return naiveGaleChurch(lengths(source), lengths(target))
}

function measure(task: Task): Measurement {
  const gc = (globalThis as { gc?: () => void }).gc
  if (task.kind === 'align') {
    const input = alignInput(task.size, task.variant)
    const warmUp = alignInput(1000, task.variant)
    aligned(task.aligner, warmUp.source, warmUp.target)
    gc?.()
    const before = process.memoryUsage().rss
    const seconds: number[] = []
    let links: Link[] = []
    for (let run = 0; run < task.runs; run++) {
      const started = performance.now()
      links = aligned(task.aligner, input.source, input.target)
      seconds.push((performance.now() - started) / 1000)
    }
    return {
      seconds: median(seconds),
      peakGrowthBytes: process.resourceUsage().maxRSS * 1024 - before,
      source: input.source.length,
      target: input.target.length,
      strictF1: strictScore(links, input.gold).f1
    }
  }
  const text = corpusText(task.side)
  buildDocument(text.slice(0, 20_000), task.side)
  gc?.()
  const before = process.memoryUsage().rss
  const seconds: number[] = []
  let segments = 0
  for (let run = 0; run < task.runs; run++) {
    const started = performance.now()
    segments = buildDocument(text, task.side).segments.length
    seconds.push((performance.now() - started) / 1000)
  }
  return {
    seconds: median(seconds),
    peakGrowthBytes: process.resourceUsage().maxRSS * 1024 - before,
    source: text.length,
    target: segments
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

process.stdout.write(`${JSON.stringify(measure(JSON.parse(process.argv[2]!) as Task))}\n`)
