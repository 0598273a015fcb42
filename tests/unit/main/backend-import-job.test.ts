/**
 * Opening files the way the app does: reading, segmenting and aligning in a worker thread, progress
 * pushed for the window, and Cancel — which leaves nothing behind, not even a half-made project.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '@shared/ipc/contract'
import { backendFor, unwrap } from '../../helpers/backend'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'

/** The sample article repeated: large enough that the import is still running when cancelled. */
async function longPair(copies: number): Promise<{ source: string; target: string }> {
  const dir = tempDir()
  const [ru, en] = await Promise.all([readFile(sampleRu, 'utf8'), readFile(sampleEn, 'utf8')])
  const source = join(dir, 'long-ru.txt')
  const target = join(dir, 'long-en.txt')
  await writeFile(source, Array.from({ length: copies }, () => ru).join('\n\n'))
  await writeFile(target, Array.from({ length: copies }, () => en).join('\n\n'))
  return { source, target }
}

describe('imports in a worker thread', () => {
  it('opens a pair, reporting each phase in order, and ends with done', async () => {
    const progress: ImportProgress[] = []
    const userData = tempDir()
    const backend = backendFor(
      userData,
      { pair: { source: sampleRu, target: sampleEn } },
      { importInWorker: true, onImportProgress: (p) => progress.push(p) }
    )
    const opened = unwrap(await backend.handlers.openPair({}))!
    expect(opened.project.articles).toHaveLength(1)
    expect(opened.project.articles[0]!.rows).toBeGreaterThan(40)
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])
    expect(phases).toEqual([
      'reading-source',
      'segmenting',
      'reading-target',
      'segmenting',
      'aligning',
      'writing',
      'done'
    ])
    await backend.close()
  }, 60_000)

  it('cancels a running import: an import-cancelled error, and no project folder at all', async () => {
    const pair = await longPair(400)
    const userData = tempDir()
    let cancelled = false
    const backend = backendFor(
      userData,
      { pair },
      {
        importInWorker: true,
        onImportProgress: () => {
          // As the Cancel button does, once the window has shown the progress.
          if (!cancelled) {
            cancelled = true
            void backend.handlers.cancelImport({})
          }
        }
      }
    )
    const result = await backend.handlers.openPair({})
    expect(result).toMatchObject({ ok: false, error: { code: 'import-cancelled' } })
    const settings = await backend.handlers.getSettings({})
    const left = await readdir(settings.projectsRoot).catch(() => [])
    expect(left).toEqual([])
    // And the next import runs normally.
    const again = backendFor(
      userData,
      { pair: { source: sampleRu, target: sampleEn } },
      { importInWorker: true }
    )
    expect(unwrap(await again.handlers.openPair({}))!.project.articles).toHaveLength(1)
    await Promise.all([backend.close(), again.close()])
  }, 60_000)
})
