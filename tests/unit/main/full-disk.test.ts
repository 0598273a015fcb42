/**
 * A real full disk, not an injected one: a small tmpfs is mounted, a project made on it, the rest of
 * the space filled, and the reviewer keeps working. The append that no longer fits is refused with
 * `disk-full`, the log holds exactly the acknowledged records (no partial line), project.json is left
 * whole, and once space is freed work goes on and reopening finds everything.
 *
 * Mounting needs root (and a container that allows it): elsewhere the test is skipped, and says so.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmdirSync } from 'node:fs'
import { open, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPairArticle } from '../../../src/main/services/article-build'
import { ensurePairProject } from '../../../src/main/services/project-create'
import { ProjectRegistry } from '../../../src/main/services/project-session'
import { REVIEW_LOG_FILE } from '@shared/project/format'
import type { ReviewEvent } from '@shared/review/events'
import { recordLine } from '@shared/review/log-scan'
import { flagList } from '@shared/review/state'
import { sampleEn, sampleRu } from '../../helpers/paths'

const clock = () => new Date('2026-12-06T10:00:00.000Z')
const mountPoint = mkdtempSync(join(tmpdir(), 'calque-tmpfs-'))
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
let mounted = false
let reason = 'not root'

if (isRoot && process.platform === 'linux') {
  // 1 MiB: room for the sample project and a few hundred records.
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], {
    encoding: 'utf8'
  })
  mounted = result.status === 0
  if (!mounted) reason = `mount failed: ${(result.stderr || result.error?.message || '').trim()}`
} else if (process.platform !== 'linux') reason = `${process.platform} has no tmpfs`

if (!mounted) {
  console.log(`[full-disk] SKIPPED: cannot mount a small tmpfs here (${reason}).`)
}

afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint])
  try {
    rmdirSync(mountPoint)
  } catch {
    // still mounted or not empty: left for the OS to clean
  }
})

/** Fills the file system to the last byte: writes until ENOSPC. */
async function fill(path: string): Promise<void> {
  const handle = await open(path, 'w')
  const chunk = Buffer.alloc(4096, 0x20)
  try {
    for (;;) await handle.write(chunk)
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
  } finally {
    await handle.close()
  }
}

function flag(id: string, row: string): ReviewEvent {
  const at = clock().toISOString()
  return {
    type: 'flag.add',
    flag: {
      id,
      row,
      side: 'target',
      span: [0, 4],
      category: 'accuracy/mistranslation',
      severity: 'major',
      comment: `«утром стулья — вечером деньги» rendered word for word (${id})`,
      status: 'open',
      origin: 'reviewer',
      author: 'anna',
      createdAt: at,
      updatedAt: at
    }
  }
}

describe.skipIf(!mounted)('a project on a disk that fills up (real tmpfs)', () => {
  let dir = ''

  beforeAll(async () => {
    dir = await ensurePairProject(
      mountPoint,
      await buildPairArticle({ sourcePath: sampleRu, targetPath: sampleEn }),
      clock
    )
  })

  it('refuses the append that does not fit, keeps every acknowledged one, and goes on once there is room', async () => {
    const registry = new ProjectRegistry({ now: clock })
    const session = await registry.open(dir)
    const article = await session.article(session.file.articles[0]!.id)
    const writer = article.log.writer!
    const rows = writer.state.beads.map((b) => b.id)
    const acknowledged: string[] = []
    for (let i = 0; i < 3; i++) {
      acknowledged.push(
        recordLine(await writer.append(flag(`before${i}`, rows[i]!), 'anna', clock()))
      )
    }
    const projectJson = await readFile(join(dir, 'project.json'))

    const filler = join(mountPoint, 'filler.bin')
    await fill(filler)

    // Appends go on while the log's last page has room; then one is refused as disk-full.
    let refused: unknown = null
    for (let i = 0; i < 100 && !refused; i++) {
      try {
        acknowledged.push(
          recordLine(
            await writer.append(flag(`full${i}`, rows[(10 + i) % rows.length]!), 'anna', clock())
          )
        )
      } catch (error) {
        refused = error
      }
    }
    expect(refused).toMatchObject({ error: { code: 'disk-full' } })
    expect(await readFile(join(article.dir, REVIEW_LOG_FILE), 'utf8')).toBe(acknowledged.join(''))

    // A settings change cannot be written either: project.json stays whole, no temporary left.
    await expect(
      session.updateFile((file) => ({ ...file, settings: { ...file.settings, reviewer: 'anna' } }))
    ).rejects.toMatchObject({ error: { code: 'disk-full' } })
    expect(await readFile(join(dir, 'project.json'))).toEqual(projectJson)
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([])

    await rm(filler)
    acknowledged.push(recordLine(await writer.append(flag('after', rows[5]!), 'anna', clock())))
    await registry.closeAll()

    const again = new ProjectRegistry({ now: clock })
    const reopened = await (await again.open(dir)).article(session.file.articles[0]!.id)
    expect(reopened.log.notices).toEqual([])
    expect(await readFile(join(article.dir, REVIEW_LOG_FILE), 'utf8')).toBe(acknowledged.join(''))
    expect(flagList(reopened.log.state).map((f) => f.id)).toContain('after')
    expect(reopened.log.records).toHaveLength(acknowledged.length)
    await again.closeAll()
  })
})

// Where mounting is impossible the suite above is skipped; this says why in the test report too.
if (!mounted) {
  describe('full disk on a real tmpfs', () => {
    it.skip(`skipped: cannot mount a small tmpfs here (${reason})`, () => {})
  })
}
