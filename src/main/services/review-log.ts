/**
 * The append-only review log on disk. Each record is appended and fsynced before the call returns, so
 * anything the UI shows as saved survives a crash or a kill. Another program changing the log between
 * our writes is detected (size check) and refused, never overwritten.
 *
 * Opened with its project's rows (`base`), the writer also holds the current review state: every
 * event is checked against it (`checkEvent`) in the same queue that writes it, so two quick fixes on
 * the same row can never both be accepted against a state that no longer exists.
 */
import { copyFile, open, readFile, stat, truncate } from 'node:fs/promises'
import { CalqueFailure } from '@shared/ipc/errors'
import { REVIEW_LOG_FORMAT_VERSION, type LogRecord, type ReviewEvent } from '@shared/review/events'
import { checkEvent } from '@shared/review/check-event'
import {
  applyRecord,
  parseLog,
  replayLog,
  type LogNotice,
  type ReviewBase,
  type ReviewState
} from '@shared/review/replay'

/** A log opened on its own (tools, tests): no rows to check events against. */
const NO_BASE: ReviewBase = { beads: [], source: [], target: [] }

export interface OpenedLog {
  readonly state: ReviewState
  readonly notices: readonly LogNotice[]
  readonly writer: ReviewLogWriter
}

/**
 * Reads the log, repairs a torn tail (keeping a copy of the original), replays it over `base` and
 * returns a writer. Without `base` the writer appends whatever it is given, unchecked.
 */
export async function openReviewLog(
  path: string,
  now: () => Date,
  base?: ReviewBase
): Promise<OpenedLog> {
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
  const replayed = replayLog(parsed.records, base ?? NO_BASE)
  return {
    state: replayed.state,
    notices: [...parsed.notices, ...replayed.notices],
    writer: new ReviewLogWriter(path, size, replayed.state, base ?? null)
  }
}

export class ReviewLogWriter {
  /** Appends are serialised: two quick clicks must not interleave their bytes or their seq numbers. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    readonly path: string,
    private expectedSize: number,
    private current: ReviewState,
    /** The project's rows and segments; `null`: append without checking. */
    private readonly base: ReviewBase | null
  ) {}

  /** The review state after every record appended so far. */
  get state(): ReviewState {
    return this.current
  }

  append(event: ReviewEvent, author: string, at: Date): Promise<LogRecord> {
    const run = this.queue.then(() => this.appendNow(event, author, at))
    this.queue = run.catch(() => undefined)
    return run
  }

  private async appendNow(event: ReviewEvent, author: string, at: Date): Promise<LogRecord> {
    const misfit = this.base && checkEvent(this.current, event, this.base)
    if (misfit) throw new CalqueFailure({ code: 'invalid-request', detail: misfit })
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
      seq: this.current.lastSeq + 1,
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
    this.current = applyRecord(this.current, record, this.base ?? NO_BASE)
    return record
  }
}
