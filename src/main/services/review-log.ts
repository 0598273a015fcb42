/**
 * The append-only review log on disk. Each record is appended and fsynced before the call returns, so
 * anything the UI shows as saved survives a crash or a kill. Another program changing the log between
 * our writes is detected (size check) and refused, never overwritten.
 */
import { copyFile, open, readFile, stat, truncate } from 'node:fs/promises'
import { CalqueFailure } from '../../shared/ipc/errors'
import {
  REVIEW_LOG_FORMAT_VERSION,
  type LogRecord,
  type ReviewEvent
} from '../../shared/review/events'
import { parseLog, replay, type LogNotice, type ReviewState } from '../../shared/review/replay'

export interface OpenedLog {
  readonly state: ReviewState
  readonly notices: readonly LogNotice[]
  readonly writer: ReviewLogWriter
}

/** Reads the log, repairs a torn tail (keeping a copy of the original), and returns a writer. */
export async function openReviewLog(path: string, now: () => Date): Promise<OpenedLog> {
  let text = ''
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const created = await open(path, 'a')
    await created.close()
  }
  const parsed = parseLog(text)
  let size = Buffer.byteLength(text, 'utf8')
  if (parsed.validLength < text.length && parsed.notices.some((n) => n.kind === 'torn-last-line')) {
    // Keep the evidence, then cut the torn fragment so the next append starts on a fresh line.
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    await copyFile(path, `${path}.torn-${stamp}`)
    size = Buffer.byteLength(text.slice(0, parsed.validLength), 'utf8')
    await truncate(path, size)
  }
  const state = replay(parsed.records)
  return { state, notices: parsed.notices, writer: new ReviewLogWriter(path, size, state.lastSeq) }
}

export class ReviewLogWriter {
  /** Appends are serialised: two quick clicks must not interleave their bytes or their seq numbers. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    readonly path: string,
    private expectedSize: number,
    private lastSeq: number
  ) {}

  append(event: ReviewEvent, author: string, at: Date): Promise<LogRecord> {
    const run = this.queue.then(() => this.appendNow(event, author, at))
    this.queue = run.catch(() => undefined)
    return run
  }

  private async appendNow(event: ReviewEvent, author: string, at: Date): Promise<LogRecord> {
    const current = await stat(this.path).catch(() => null)
    if (!current || current.size !== this.expectedSize) {
      throw new CalqueFailure({
        code: 'log-changed-on-disk',
        path: this.path,
        detail: current
          ? `expected ${this.expectedSize} bytes, found ${current.size}`
          : 'the file is gone'
      })
    }
    const record: LogRecord = {
      formatVersion: REVIEW_LOG_FORMAT_VERSION,
      seq: this.lastSeq + 1,
      at: at.toISOString(),
      author,
      event
    }
    const line = JSON.stringify(record) + '\n'
    const handle = await open(this.path, 'a')
    try {
      await handle.write(line)
      await handle.sync()
    } finally {
      await handle.close()
    }
    this.expectedSize += Buffer.byteLength(line, 'utf8')
    this.lastSeq = record.seq
    return record
  }
}
