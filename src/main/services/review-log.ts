/**
 * An article's append-only review log on disk. The guarantees (docs/architecture.md, "Durability"):
 * - an append is acknowledged only once every byte of it is written at the log's end and fsynced; a
 *   short write, a full disk or a failed fsync is never acknowledged, and the log is cut back to its
 *   last good length before the error is reported;
 * - lengths are counted in bytes, and the writer checks before each append that the log is still the
 *   file it wrote (same inode, same size, same last bytes): a log changed by another program is
 *   reported and left untouched, never overwritten;
 * - opening repairs what a crash or another program can leave — a last record without its newline gets
 *   one; a torn last line and unreadable lines are moved to side files next to the log (never deleted)
 *   — and says so; a folder that cannot be written opens read-only instead.
 * Every event is checked against the article's current state in the same queue that writes it.
 */
import { basename, dirname, join } from 'node:path'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import { Draft } from '@shared/review/change'
import { checkEventOn } from '@shared/review/check-event'
import { REVIEW_LOG_FORMAT_VERSION, type LogRecord, type ReviewEvent } from '@shared/review/events'
import { replayRecords, stepRecord, type ReviewBase } from '@shared/review/apply'
import { recordLine, scanLog, type ScannedLine } from '@shared/review/log-scan'
import type { LogNotice } from '@shared/review/notices'
import type { ReviewState } from '@shared/review/state'
import type { Typology } from '@shared/typology/profile'
import { errnoOf, fsError, fsFailure } from './fs-errors'
import { nodeFs, writeFileAtomic, writeFully, type FsPort } from './fs-port'

/** Bytes at the log's end compared before each append (a cheap fingerprint of "still our file"). */
const TAIL_BYTES = 512

export interface LogOptions {
  readonly now: () => Date
  readonly base: ReviewBase
  readonly typology?: Typology
  readonly fs?: FsPort
  /** Open without writing anything (another instance holds the project, or the user asked). */
  readonly readOnly?: CalqueError
  /** A new article: a missing log is expected, not news. */
  readonly expectNew?: boolean
  /** Throws unless this process still holds the project's lock (checked before every append). */
  readonly assertLock?: () => Promise<void>
}

export interface OpenedLog {
  readonly state: ReviewState
  /** The records that applied, in order: the renderer replays exactly these. */
  readonly records: readonly LogRecord[]
  readonly notices: readonly LogNotice[]
  /** `null` when the log is open read-only (`readOnly` says why). */
  readonly writer: ReviewLogWriter | null
  readonly readOnly?: CalqueError
}

const decoder = new TextDecoder()

export async function openReviewLog(path: string, options: LogOptions): Promise<OpenedLog> {
  const fs = options.fs ?? nodeFs
  const notices: LogNotice[] = []
  let readOnly = options.readOnly
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(path)
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw fsFailure(error, path, 'read')
    bytes = new Uint8Array()
    if (!options.expectNew) notices.push({ kind: 'log-missing' })
    if (!readOnly) readOnly = await createEmpty(fs, path)
  }

  const lines = scanLog(bytes)
  const newer = newestVersion(lines, bytes)
  if (newer !== null) {
    readOnly = { code: 'project-newer-version', path, detail: String(newer) }
  }
  const plan = repairPlan(lines)
  if (!readOnly && plan.needed) {
    readOnly = await repair(fs, path, bytes, lines, plan, options.now(), notices)
  } else {
    for (const line of plan.bad) notices.push(badLineNotice(line))
    if (plan.torn) notices.push({ kind: 'torn-last-line', line: plan.torn.number })
  }

  const good = lines.flatMap((l) => (l.content.kind === 'record' ? [l.content.record] : []))
  const replayed = replayRecords(good, options.base)
  const skipped = new Set(replayed.skipped.map((s) => s.seq))
  for (const s of replayed.skipped)
    notices.push({ kind: 'skipped-event', seq: s.seq, reason: s.reason })
  const records = good.filter((r) => !skipped.has(r.seq))

  if (readOnly) return { state: replayed.state, records, notices, writer: null, readOnly }
  const identity = await fs.stat(path).catch((error: unknown) => {
    throw fsFailure(error, path, 'read')
  })
  const tail = await readTail(fs, path, identity.size)
  const writer = new ReviewLogWriter(path, fs, identity, tail, replayed.state, options)
  return { state: replayed.state, records, notices, writer }
}

export class ReviewLogWriter {
  /** Appends are serialised: two quick clicks must not interleave their bytes or their seq numbers. */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly draft: Draft
  private size: number
  private broken: CalqueError | null = null
  /** Records acknowledged since the log was opened, in order. */
  readonly appended: LogRecord[] = []

  constructor(
    readonly path: string,
    private readonly fs: FsPort,
    private readonly identity: {
      readonly size: number
      readonly ino: number
      readonly dev: number
    },
    private tail: Uint8Array,
    state: ReviewState,
    private readonly options: LogOptions
  ) {
    this.size = identity.size
    this.draft = new Draft(state)
  }

  /** The review state after every record appended so far. */
  get state(): ReviewState {
    return this.draft.toState()
  }

  append(event: ReviewEvent, author: string, at: Date): Promise<LogRecord> {
    const run = this.queue.then(() => this.appendNow(event, author, at))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** How many records the log holds (read on opening plus appended): any review work at all. */
  get recordCount(): number {
    return this.draft.lastSeq + 1
  }

  /**
   * Runs `work` in the append queue: no append starts before it ends (re-encoding an article checks
   * that the log is empty and rewrites the rows without an append slipping in between).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Resolves once every append asked for so far has finished (acknowledged or refused). */
  async flushed(): Promise<void> {
    await this.queue
  }

  private async appendNow(event: ReviewEvent, author: string, at: Date): Promise<LogRecord> {
    if (this.broken) throw new CalqueFailure(this.broken)
    const misfit = checkEventOn(this.draft, event, {
      sides: this.options.base,
      ...(this.options.typology ? { typology: this.options.typology } : {})
    })
    if (misfit) throw new CalqueFailure({ code: 'invalid-request', detail: misfit })
    await this.options.assertLock?.()
    await this.assertUnchanged()
    const record: LogRecord = {
      formatVersion: REVIEW_LOG_FORMAT_VERSION,
      seq: this.draft.lastSeq + 1,
      at: at.toISOString(),
      author,
      event
    }
    const line = new TextEncoder().encode(recordLine(record))
    await this.writeAt(line)
    this.size += line.length
    this.tail = lastBytes(concat(this.tail, line), TAIL_BYTES)
    stepRecord(this.draft, record, this.options.base)
    this.appended.push(record)
    return record
  }

  /** Writes and fsyncs `line` at the end; on any failure cuts the log back and reports, unacknowledged. */
  private async writeAt(line: Uint8Array): Promise<void> {
    let handle
    try {
      handle = await this.fs.open(this.path, 'r+')
    } catch (error) {
      throw fsFailure(error, this.path, 'write')
    }
    try {
      await writeFully(handle, line, this.size)
      await handle.sync()
    } catch (error) {
      const reported = fsError(error, this.path, 'write')
      try {
        await handle.truncate(this.size)
        await handle.sync()
      } catch (repairError) {
        // The log may now end in a torn line: refuse further appends until it is reopened (and repaired).
        this.broken = { code: 'write-failed', path: this.path, detail: describe(repairError) }
      }
      throw new CalqueFailure(reported)
    } finally {
      await handle.close().catch(() => undefined)
    }
  }

  private async assertUnchanged(): Promise<void> {
    let current
    try {
      current = await this.fs.stat(this.path)
    } catch {
      throw this.changed('the file is gone')
    }
    if (current.ino !== this.identity.ino || current.dev !== this.identity.dev) {
      throw this.changed('the file was replaced')
    }
    if (current.size !== this.size) {
      throw this.changed(`expected ${this.size} bytes, found ${current.size}`)
    }
    const tail = await readTail(this.fs, this.path, this.size)
    if (!sameBytes(tail, this.tail)) throw this.changed('its last bytes differ')
  }

  private changed(detail: string): CalqueFailure {
    return new CalqueFailure({ code: 'log-changed-on-disk', path: this.path, detail })
  }
}

interface RepairPlan {
  readonly needed: boolean
  /** A last line cut off mid-record. */
  readonly torn: ScannedLine | null
  /** A complete last record that lacks its newline. */
  readonly unterminated: ScannedLine | null
  /** Complete lines that are not records. */
  readonly bad: readonly ScannedLine[]
}

function repairPlan(lines: readonly ScannedLine[]): RepairPlan {
  const last = lines.at(-1)
  const open = last && !last.terminated ? last : null
  const torn = open && open.content.kind !== 'record' && open.content.kind !== 'blank' ? open : null
  const unterminated = open && open.content.kind === 'record' ? open : null
  const bad = lines.filter(
    (l) => l !== torn && (l.content.kind === 'undecodable' || l.content.kind === 'invalid')
  )
  return { needed: !!torn || !!unterminated || bad.length > 0, torn, unterminated, bad }
}

/** Applies the plan; returns a read-only reason when the folder cannot be written. */
async function repair(
  fs: FsPort,
  path: string,
  bytes: Uint8Array,
  lines: readonly ScannedLine[],
  plan: RepairPlan,
  now: Date,
  notices: LogNotice[]
): Promise<CalqueError | undefined> {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const side = (kind: string): string => join(dirname(path), `${basename(path)}.${kind}-${stamp}`)
  try {
    if (plan.bad.length > 0) {
      // Keep the unreadable lines exactly as they were, then write the log without them.
      const quarantine = side('quarantine')
      await writeFileAtomic(fs, quarantine, concat(...plan.bad.map((l) => withNewline(bytes, l))))
      if (plan.torn)
        await writeFileAtomic(fs, side('torn'), bytes.subarray(plan.torn.start, plan.torn.end))
      const keep = lines.filter((l) => l.content.kind === 'record' || l.content.kind === 'blank')
      await writeFileAtomic(
        fs,
        path,
        concat(...keep.filter((l) => l !== plan.torn).map((l) => lineBytes(bytes, l)))
      )
      for (const line of plan.bad) notices.push(badLineNotice(line, quarantine))
      if (plan.torn)
        notices.push({ kind: 'torn-last-line', line: plan.torn.number, savedTo: side('torn') })
      if (plan.unterminated)
        notices.push({ kind: 'unterminated-last-line', line: plan.unterminated.number })
      return undefined
    }
    const handle = await fs.open(path, 'r+')
    try {
      if (plan.torn) {
        const saved = side('torn')
        await writeFileAtomic(fs, saved, bytes.subarray(plan.torn.start, plan.torn.end))
        await handle.truncate(plan.torn.start)
        notices.push({ kind: 'torn-last-line', line: plan.torn.number, savedTo: saved })
      } else if (plan.unterminated) {
        await writeFully(handle, new Uint8Array([0x0a]), bytes.length)
        notices.push({ kind: 'unterminated-last-line', line: plan.unterminated.number })
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    return undefined
  } catch (error) {
    const reason = fsError(error, path, 'write')
    if (reason.code !== 'folder-read-only' && reason.code !== 'disk-full')
      throw new CalqueFailure(reason)
    // Nothing could be repaired on disk: the same lines are skipped in memory, and nothing is saved.
    for (const line of plan.bad) notices.push(badLineNotice(line))
    if (plan.torn) notices.push({ kind: 'torn-last-line', line: plan.torn.number })
    return reason
  }
}

function badLineNotice(line: ScannedLine, savedTo?: string): LogNotice {
  const saved = savedTo ? { savedTo } : {}
  return line.content.kind === 'invalid'
    ? { kind: 'invalid-line', line: line.number, reason: line.content.reason, ...saved }
    : { kind: 'undecodable-line', line: line.number, ...saved }
}

/**
 * The highest record format version above ours, or `null`: a log written by a newer Calque is opened
 * read-only rather than having lines it cannot read set aside.
 */
function newestVersion(lines: readonly ScannedLine[], bytes: Uint8Array): number | null {
  let newest: number | null = null
  for (const line of lines) {
    if (line.content.kind !== 'invalid') continue
    try {
      const version = (
        JSON.parse(decoder.decode(bytes.subarray(line.start, line.end))) as {
          formatVersion?: unknown
        }
      ).formatVersion
      if (typeof version === 'number' && version > REVIEW_LOG_FORMAT_VERSION)
        newest = Math.max(newest ?? 0, version)
    } catch {
      // Not JSON: an unreadable line, not a newer one.
    }
  }
  return newest
}

async function createEmpty(fs: FsPort, path: string): Promise<CalqueError | undefined> {
  try {
    const handle = await fs.open(path, 'wx')
    await handle.sync()
    await handle.close()
    await fs.syncDir(dirname(path))
    return undefined
  } catch (error) {
    const reason = fsError(error, path, 'write')
    if (reason.code === 'folder-read-only') return reason
    throw new CalqueFailure(reason)
  }
}

async function readTail(fs: FsPort, path: string, size: number): Promise<Uint8Array> {
  const length = Math.min(size, TAIL_BYTES)
  const out = new Uint8Array(length)
  if (length === 0) return out
  const handle = await fs.open(path, 'r')
  try {
    let done = 0
    while (done < length) {
      const read = await handle.read(out, done, length - done, size - length + done)
      if (read <= 0) break
      done += read
    }
    return done === length ? out : out.subarray(0, done)
  } finally {
    await handle.close()
  }
}

function lineBytes(bytes: Uint8Array, line: ScannedLine): Uint8Array {
  return withNewline(bytes, line)
}

function withNewline(bytes: Uint8Array, line: ScannedLine): Uint8Array {
  return concat(bytes.subarray(line.start, line.end), new Uint8Array([0x0a]))
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function lastBytes(bytes: Uint8Array, n: number): Uint8Array {
  return bytes.length <= n ? bytes : bytes.slice(bytes.length - n)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
