/**
 * Durability as a property: random sequences of what happens to a project in real life — reviewers
 * appending, disks failing one write (ENOSPC, a short write, fsync), processes killed with half a
 * record written, clean reopens, re-decoding an article, a second Calque opening the same project,
 * someone breaking the lock — on a real two-article project. After EVERY step, reading the log files
 * as bytes: every acknowledged record is there byte for byte, none appears twice, seqs run 0, 1, 2 …
 * without a gap, and nothing whose append was refused is there.
 *
 * Processes are simulated in this one: each "process" is a ProjectRegistry with its own pid for the
 * lock (`LockEnv.pid` / `isAlive`), so a kill is: stop using it, and its pid stops being alive.
 */
import { createHash } from 'node:crypto'
import { cp, readFile, rm, writeFile, appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPairArticle } from '../../../src/main/services/article-build'
import {
  addArticle,
  ensurePairProject,
  reencodeArticle
} from '../../../src/main/services/project-create'
import { LOCK_FILE } from '../../../src/main/services/project-lock'
import { ProjectRegistry, type ProjectSession } from '../../../src/main/services/project-session'
import { loadUserRules } from '../../../src/main/services/segmentation-rules'
import { REVIEW_LOG_FILE } from '@shared/project/format'
import type { ReviewEvent } from '@shared/review/events'
import { recordLine, scanLog } from '@shared/review/log-scan'
import { rowText } from '@shared/review/row-text'
import { encode } from '../../helpers/encoders'
import { faultyFs, type FaultRule, type FaultyFs } from '../../helpers/fault-fs'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'

const RUNS = Number(process.env['CALQUE_PROPERTY_RUNS'] ?? 40)
const clock = () => new Date()
const hash = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 16)

type Step =
  | { readonly kind: 'append'; readonly article: number; readonly flag: boolean }
  | {
      readonly kind: 'fault'
      readonly article: number
      readonly rule: 'ENOSPC' | 'short' | 'sync' | 'EROFS'
    }
  | { readonly kind: 'torn-kill'; readonly article: number; readonly cut: number }
  | { readonly kind: 'kill' }
  | { readonly kind: 'reopen' }
  | { readonly kind: 're-decode'; readonly encoding: 'koi8-r' | 'windows-1251' }
  | { readonly kind: 'second-writer' }
  | { readonly kind: 'lock-broken' }

const article = fc.integer({ min: 0, max: 1 })
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('append' as const), article, flag: fc.boolean() })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fault' as const),
      article,
      rule: fc.constantFrom('ENOSPC' as const, 'short' as const, 'sync' as const, 'EROFS' as const)
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('torn-kill' as const),
      article,
      cut: fc.integer({ min: 1, max: 400 })
    })
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'kill' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('re-decode' as const),
      encoding: fc.constantFrom('koi8-r' as const, 'windows-1251' as const)
    })
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'second-writer' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'lock-broken' as const }) }
)

/** One simulated Calque process. */
interface Proc {
  readonly pid: number
  readonly fs: FaultyFs
  readonly registry: ProjectRegistry
  session: ProjectSession | null
}

let template = ''

beforeAll(async () => {
  // Built once, copied for each run: two articles, the second's Russian in Windows-1251.
  const root = tempDir()
  template = await ensurePairProject(
    root,
    await buildPairArticle({ sourcePath: sampleRu, targetPath: sampleEn }),
    clock
  )
  const ru1251 = join(tempDir(), 'ru-1251.txt')
  await writeFile(ru1251, encode(await readFile(sampleRu, 'utf8'), 'windows-1251'))
  const registry = new ProjectRegistry({ now: clock })
  const session = await registry.open(template)
  await addArticle(
    session,
    await buildPairArticle({ sourcePath: ru1251, targetPath: sampleEn }),
    clock
  )
  await registry.closeAll()
}, 60_000)

class World {
  readonly alive = new Set<number>()
  private nextPid = 400_000
  private nextId = 0
  live: Proc | null = null
  /** Per article folder: hashes of acknowledged lines. */
  readonly acknowledged = new Map<string, string[]>()
  /** Flag ids whose append was refused (or never finished): they must never be on disk. */
  readonly refused = new Set<string>()
  articleDirs: string[] = []
  private readonly spans = new Set<string>()

  constructor(readonly dir: string) {}

  spawn(): Proc {
    const pid = this.nextPid++
    this.alive.add(pid)
    const fs = faultyFs()
    const registry = new ProjectRegistry({
      now: clock,
      fs,
      lock: { pid, hostname: 'this-host', isAlive: (p) => this.alive.has(p) }
    })
    return { pid, fs, registry, session: null }
  }

  /** The live writer, starting one (taking over whatever lock a dead process left) if there is none. */
  async writer(): Promise<ProjectSession> {
    if (!this.live) {
      const proc = this.spawn()
      proc.session = await proc.registry.open(this.dir)
      expect(proc.session.readOnly).toBeNull()
      this.live = proc
      this.articleDirs = []
      for (const entry of proc.session.file.articles) {
        this.articleDirs.push((await proc.session.article(entry.id)).dir)
      }
    }
    return this.live.session!
  }

  kill(): void {
    if (!this.live) return
    // Nothing is closed or flushed: the process is simply gone, its lock file left behind.
    this.alive.delete(this.live.pid)
    this.live = null
  }

  event(session: ProjectSession, index: number, flag: boolean, id: string): Promise<ReviewEvent> {
    return session.article(session.file.articles[index]!.id).then((open) => {
      const state = open.log.writer!.state
      const bead = state.beads[(this.nextId * 7) % state.beads.length]!
      if (!flag) {
        return {
          type: 'status.set',
          row: bead.id,
          status: this.nextId % 2 ? 'reviewed' : 'needs-work'
        }
      }
      // A span no flag of this run has had on this row (two identical flags are refused).
      const text = rowText(open.base.target, bead.target)
      let start = this.nextId % Math.max(1, text.length - 1)
      while (this.spans.has(`${open.dir} ${bead.id} ${start}`)) start++
      this.spans.add(`${open.dir} ${bead.id} ${start}`)
      const at = clock().toISOString()
      return {
        type: 'flag.add',
        flag: {
          id,
          row: bead.id,
          side: 'target',
          span: [start, start + 1],
          category: 'linguistic-conventions/punctuation',
          severity: 'minor',
          comment: `«утром стулья — вечером деньги» ${id}`,
          status: 'open',
          origin: 'reviewer',
          author: 'anna',
          createdAt: at,
          updatedAt: at
        }
      }
    })
  }

  async append(index: number, flag: boolean): Promise<void> {
    const session = await this.writer()
    const open = await session.article(session.file.articles[index]!.id)
    const record = await open.log.writer!.append(
      await this.event(session, index, flag, `f${this.nextId++}`),
      'anna',
      clock()
    )
    this.ack(open.dir, recordLine(record))
  }

  ack(dir: string, line: string): void {
    const list = this.acknowledged.get(dir) ?? []
    list.push(hash(line))
    this.acknowledged.set(dir, list)
  }

  async run(step: Step): Promise<void> {
    switch (step.kind) {
      case 'append':
        return this.append(step.article, step.flag)
      case 'fault': {
        const session = await this.writer()
        const open = await session.article(session.file.articles[step.article]!.id)
        const id = `refused${this.nextId++}`
        // 'short': part of the line is written, then the disk fills (the rest fails).
        const rules: FaultRule[] =
          step.rule === 'short'
            ? [
                { op: 'write', path: REVIEW_LOG_FILE, nth: 1, short: 17 },
                { op: 'write', path: REVIEW_LOG_FILE, nth: 2, error: 'ENOSPC' }
              ]
            : step.rule === 'sync'
              ? [{ op: 'sync', path: REVIEW_LOG_FILE, nth: 1 }]
              : [{ op: 'write', path: REVIEW_LOG_FILE, nth: 1, error: step.rule }]
        this.live!.fs.rules = rules
        try {
          await expect(
            open.log.writer!.append(
              await this.event(session, step.article, true, id),
              'anna',
              clock()
            )
          ).rejects.toMatchObject({ error: { code: expect.any(String) } })
        } finally {
          this.live!.fs.rules = []
        }
        this.refused.add(id)
        // The writer cut the log back, so the next append goes on where the last acknowledged one ended.
        return this.append(step.article, true)
      }
      case 'torn-kill': {
        // Killed in the middle of writing a record: part of its line is on disk, it was never acknowledged.
        const session = await this.writer()
        const open = await session.article(session.file.articles[step.article]!.id)
        const id = `torn${this.nextId++}`
        const event = await this.event(session, step.article, true, id)
        const line = recordLine({
          formatVersion: 2,
          seq: open.log.writer!.recordCount,
          at: clock().toISOString(),
          author: 'anna',
          event
        })
        const bytes = Buffer.from(line)
        await appendFile(
          join(open.dir, REVIEW_LOG_FILE),
          bytes.subarray(0, Math.min(step.cut, bytes.length - 2))
        )
        this.refused.add(id)
        return this.kill()
      }
      case 'kill':
        return this.kill()
      case 'reopen': {
        if (this.live) {
          await this.live.registry.closeAll()
          this.alive.delete(this.live.pid)
          this.live = null
        }
        await this.writer()
        return
      }
      case 're-decode': {
        const session = await this.writer()
        const second = session.file.articles[1]!.id
        const open = await session.article(second)
        const before = await readFile(join(open.dir, REVIEW_LOG_FILE))
        const hasReview = open.log.writer!.recordCount > 0
        const attempt = reencodeArticle(
          session,
          second,
          'source',
          step.encoding,
          await loadUserRules(tempDir()),
          this.live!.fs
        )
        if (hasReview) {
          // Review work is anchored to the rows: re-decoding is refused and the log is untouched.
          await expect(attempt).rejects.toMatchObject({ error: { code: 'project-has-review' } })
          expect(Buffer.compare(await readFile(join(open.dir, REVIEW_LOG_FILE)), before)).toBe(0)
        } else {
          await attempt
        }
        return
      }
      case 'second-writer': {
        // Another Calque opens the project: read-only while a live process holds it, never a writer.
        const other = this.spawn()
        const session = await other.registry.open(this.dir)
        if (this.live) {
          expect(session.readOnly).toMatchObject({ code: 'project-locked' })
          const open = await session.article(session.file.articles[0]!.id)
          expect(open.log.writer).toBeNull()
          await other.registry.closeAll()
          this.alive.delete(other.pid)
        } else {
          // Nobody live: it takes the project over and becomes the writer.
          expect(session.readOnly).toBeNull()
          other.session = session
          this.live = other
          this.articleDirs = []
          for (const entry of session.file.articles)
            this.articleDirs.push((await session.article(entry.id)).dir)
        }
        return
      }
      case 'lock-broken': {
        // Someone deletes the lock file and another Calque takes the project: the old writer's next
        // append is refused (it checks the lock before every write), and nothing of it lands.
        const oldSession = await this.writer()
        await rm(join(this.dir, LOCK_FILE), { force: true })
        const thief = this.spawn()
        thief.session = await thief.registry.open(this.dir)
        expect(thief.session.readOnly).toBeNull()
        const open = await oldSession.article(oldSession.file.articles[0]!.id)
        const id = `stale${this.nextId++}`
        await expect(
          open.log.writer!.append(await this.event(oldSession, 0, true, id), 'anna', clock())
        ).rejects.toMatchObject({ error: { code: 'project-locked' } })
        this.refused.add(id)
        this.live = thief
        return
      }
    }
  }

  /** The invariant, read from the bytes on disk. */
  async check(): Promise<void> {
    for (const dir of this.articleDirs) {
      const bytes = await readFile(join(dir, REVIEW_LOG_FILE))
      const lines = scanLog(bytes)
      const complete = lines.filter((l) => l.terminated && l.content.kind === 'record')
      // Only the last line may be anything else (a torn tail a kill left, until the next open).
      expect(lines.length - complete.length).toBeLessThanOrEqual(1)
      if (lines.length > complete.length) expect(lines.at(-1)!.terminated).toBe(false)
      const seqs = complete.map((l) => (l.content.kind === 'record' ? l.content.record.seq : -1))
      expect(seqs).toEqual(seqs.map((_, i) => i))
      const onDisk = complete.map((l) => hash(bytes.subarray(l.start, l.end + 1)))
      const counts = new Map<string, number>()
      for (const h of onDisk) counts.set(h, (counts.get(h) ?? 0) + 1)
      for (const h of this.acknowledged.get(dir) ?? []) expect(counts.get(h)).toBe(1)
      for (const line of complete) {
        const event = line.content.kind === 'record' ? line.content.record.event : null
        if (event?.type === 'flag.add') expect(this.refused.has(event.flag.id)).toBe(false)
      }
    }
  }
}

describe('the review log under random interleavings of appends, faults, kills and other writers', () => {
  it(`keeps every acknowledged record exactly once and nothing refused (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        const dir = join(tempDir(), 'project')
        await cp(template, dir, { recursive: true })
        const world = new World(dir)
        try {
          await world.writer()
          for (const s of steps) {
            await world.run(s)
            await world.check()
          }
          // And a final clean open sees exactly what the bytes say.
          world.kill()
          const session = await world.writer()
          for (const entry of session.file.articles) {
            const open = await session.article(entry.id)
            expect(open.log.notices.filter((n) => n.kind !== 'torn-last-line')).toEqual([])
          }
          await world.check()
        } finally {
          await world.live?.registry.closeAll()
        }
      }),
      { numRuns: RUNS }
    )
  }, 300_000)
})
