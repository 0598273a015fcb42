/**
 * `node --import tsx bench/replay.ts`: opening an article replays its whole review log. A 10,000-row
 * article with 15,000, 30,000 and 60,000 records (statuses, flags, post-edits in turn), replayed as
 * opening does (`replayRecords`); median of 3.
 */
import type { Bead } from '@shared/domain/alignment'
import { replayRecords } from '@shared/review/apply'
import type { LogRecord, ReviewEvent } from '@shared/review/events'
import { REVIEW_LOG_FORMAT_VERSION } from '@shared/review/events'
import { table } from './table'

const ROWS = 10_000
const beads: Bead[] = Array.from({ length: ROWS }, (_, i) => ({
  id: `b${i + 1}`,
  source: [i],
  target: [i],
  confidence: 1,
  origin: 'auto'
}))
const segments = Array.from({ length: ROWS }, (_, i) => ({
  text: `The talks resumed on Monday in Minsk, sentence ${i}.`,
  paragraph: i
}))

function event(k: number): ReviewEvent {
  const row = `b${(k % ROWS) + 1}`
  switch (k % 3) {
    case 0:
      return { type: 'status.set', row, status: 'reviewed' }
    case 1:
      return {
        type: 'edit.set',
        row,
        text: `The talks resumed on Tuesday in Minsk, sentence ${k}.`
      }
    default:
      return {
        type: 'flag.add',
        flag: {
          id: `f${k}`,
          row,
          side: 'target',
          span: [4, 9],
          category: 'accuracy/mistranslation',
          severity: 'minor',
          comment: '',
          status: 'open',
          origin: 'reviewer',
          author: 'bench',
          createdAt: '2026-12-06T10:00:00.000Z'
        }
      } as ReviewEvent
  }
}

const lines: string[][] = []
for (const count of [15_000, 30_000, 60_000]) {
  const records: LogRecord[] = Array.from({ length: count }, (_, k) => ({
    formatVersion: REVIEW_LOG_FORMAT_VERSION,
    seq: k,
    at: '2026-12-06T10:00:00.000Z',
    author: 'bench',
    event: event(k)
  }))
  const times: number[] = []
  let skipped = 0
  for (let run = 0; run < 3; run++) {
    const start = performance.now()
    skipped = replayRecords(records, { beads, source: segments, target: segments }).skipped.length
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  lines.push([count.toLocaleString('en'), `${times[1]!.toFixed(0)} ms`, String(skipped)])
}
console.log(
  `Review log replay on opening a ${ROWS.toLocaleString('en')}-row article (median of 3):`
)
console.log(table(['records', 'replay', 'skipped'], lines))
