/**
 * A real v1 project folder made from the sample pair, with review work in its log (flags, statuses,
 * an alignment fix), read back as the article the exporters get.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Flag } from '@shared/domain/review'
import { CalqueFailure } from '@shared/domain/errors'
import { flagSchema } from '@shared/review/events'
import { loadProjectArticles } from '../../../../src/main/services/export/load-project'
import { openOrCreatePairProject, type OpenedPairProject } from '../../../helpers/projects'
import { sampleEn, sampleRu, tempDir } from '../../../helpers/paths'
import { sampleFlags } from '../../shared/export/sample-article'

const root = tempDir('calque-export-project-')
afterAll(() => rmSync(root, { recursive: true, force: true }))
const now = () => new Date('2026-11-27T10:00:00.000Z')

let project: OpenedPairProject
beforeAll(async () => {
  project = await openOrCreatePairProject(join(root, 'projects'), sampleRu, sampleEn, now)
  const calque = sampleFlags.find((f) => f.id === 'f-calque')!
  const omission = sampleFlags.find((f) => f.id === 'f-omission')!
  for (const flag of [calque, omission])
    await project.log.append({ type: 'flag.add', flag: flagSchema.parse(flag) }, 'anna', now())
  await project.log.append({ type: 'status.set', row: 'b25', status: 'needs-work' }, 'anna', now())
  await project.log.append({ type: 'status.set', row: 'b0', status: 'confirmed' }, 'anna', now())
  // Merge the two sentences of the third paragraph into one row.
  await project.log.append({ type: 'align.merge', row: 'b2' }, 'anna', now())
})

describe('loadProjectArticles on a v1 project', () => {
  it('gives one article named after the project, rows as they are after the merge', async () => {
    const [article, ...more] = await loadProjectArticles(project.dir)
    expect(more).toEqual([])
    expect(article!.id).toBe(project.manifest.id)
    expect(article!.name).toBe(project.manifest.name)
    expect([article!.sourceFile, article!.targetFile]).toEqual(['ru.txt', 'en.txt'])
    expect(article!.rows).toHaveLength(49)
    const merged = article!.rows[2]!
    expect(merged.sourceSegments).toEqual([2, 3])
    expect(merged.target).toMatch(/^Minsk and Washington agreed .* ended on September 17\.\.$/)
    expect(merged.origin).toBe('manual')
    expect(article!.rows.map((r) => r.index)).toEqual(article!.rows.map((_, k) => k))
  })

  it('carries the log’s flags and statuses; no post-edits yet', async () => {
    const [article] = await loadProjectArticles(project.dir)
    const b25 = article!.rows.find((r) => r.id === 'b25')!
    expect(b25.status).toBe('needs-work')
    expect(b25.flags.map((f: Flag) => f.id)).toEqual(['f-calque'])
    expect(b25.target.slice(...b25.flags[0]!.span)).toBe('morning chairs –money in the evening')
    const b34 = article!.rows.find((r) => r.id === 'b34')!
    expect(b34.flags[0]!.side).toBe('source')
    expect(article!.rows.find((r) => r.id === 'b0')!.status).toBe('confirmed')
    expect(article!.rows.every((r) => r.edit === null)).toBe(true)
    expect(article!.rows.filter((r) => r.status === 'unreviewed')).toHaveLength(47)
  })

  it('refuses a folder that is not a project', async () => {
    await expect(loadProjectArticles(root)).rejects.toBeInstanceOf(CalqueFailure)
    await expect(loadProjectArticles(root)).rejects.toMatchObject({
      error: { code: 'project-corrupt' }
    })
  })
})
