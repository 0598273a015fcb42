import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openOrCreatePairProject } from '../../../src/main/services/project-create'
import { openProject } from '../../../src/main/services/project-store'
import { CalqueFailure } from '@shared/ipc/errors'
import { alignmentFileSchema, manifestSchema } from '@shared/project/format'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'

const clock = () => new Date('2026-11-27T10:00:00.000Z')

async function expectFailure(work: Promise<unknown>, code: string, side?: string): Promise<void> {
  const error = await work.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(CalqueFailure)
  expect((error as CalqueFailure).error.code).toBe(code)
  if (side) expect((error as CalqueFailure).error.side).toBe(side)
}

describe('project folders', () => {
  it('makes a project from the sample pair: manifest, exact copies, alignment, empty log', async () => {
    const root = tempDir()
    const project = await openOrCreatePairProject(root, sampleRu, sampleEn, clock)
    const files = (await readdir(project.dir)).sort()
    expect(files).toEqual([
      'alignment.json',
      'manifest.json',
      'review.jsonl',
      'source.txt',
      'target.txt'
    ])
    expect(await readFile(join(project.dir, 'target.txt'))).toEqual(await readFile(sampleEn))
    expect(await readFile(join(project.dir, 'source.txt'))).toEqual(await readFile(sampleRu))

    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(project.dir, 'manifest.json'), 'utf8'))
    )
    expect(manifest.name).toBe(
      'USA and Belarus ready to restore relations at the level of ambassadors'
    )
    expect(manifest.id).toMatch(
      /^usa-and-belarus-ready-to-restore-relations-at-the-level-of-[0-9a-f]{8}$/
    )
    expect(manifest.target.sha256).toMatch(/^[0-9a-f]{64}$/)
    const alignment = alignmentFileSchema.parse(
      JSON.parse(await readFile(join(project.dir, 'alignment.json'), 'utf8'))
    )
    expect(alignment.beads.length).toBeGreaterThan(30)
    expect(project.view.target.segments.some((s) => s.text.includes('morning chairs'))).toBe(true)
    expect(project.view.source.segments.some((s) => s.text.includes('утром стулья'))).toBe(true)
  })

  it('reopens the same pair as the same project instead of making another', async () => {
    const root = tempDir()
    const first = await openOrCreatePairProject(root, sampleRu, sampleEn, clock)
    await first.log.append({ type: 'status.set', row: 'b0', status: 'reviewed' }, 'anna', clock())
    const second = await openOrCreatePairProject(root, sampleRu, sampleEn, clock)
    expect(second.dir).toBe(first.dir)
    expect(second.view.review.statuses).toEqual({ b0: 'reviewed' })
    expect((await readdir(root)).filter((f) => !f.startsWith('.'))).toHaveLength(1)
  })

  describe('bad input leaves the projects folder untouched', () => {
    const cases: [string, (dir: string) => Promise<[string, string]>, string, string][] = [
      ['a missing source', async (d) => [join(d, 'nope.txt'), sampleEn], 'file-missing', 'source'],
      [
        'an empty target',
        async (d) => {
          await writeFile(join(d, 'empty.txt'), '')
          return [sampleRu, join(d, 'empty.txt')]
        },
        'file-empty',
        'target'
      ],
      [
        'a PNG renamed .txt',
        async (d) => {
          const png = Buffer.from(
            '89504e470d0a1a0a0000000d4948445200000001000000010806000000',
            'hex'
          )
          await writeFile(join(d, 'photo.txt'), png)
          return [sampleRu, join(d, 'photo.txt')]
        },
        'file-format-unsupported',
        'target'
      ],
      [
        'a PDF named .txt',
        async (d) => {
          await writeFile(
            join(d, 'scan.txt'),
            Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1')
          )
          return [join(d, 'scan.txt'), sampleEn]
        },
        'file-format-unsupported',
        'source'
      ],
      ['the same file twice', async () => [sampleEn, sampleEn], 'pair-same-file', '']
    ]
    for (const [name, make, code, side] of cases) {
      it(`${name} -> ${code}`, async () => {
        const scratch = tempDir()
        const root = join(tempDir(), 'projects')
        const [src, tgt] = await make(scratch)
        await expectFailure(openOrCreatePairProject(root, src, tgt, clock), code, side || undefined)
        expect(await readdir(root).catch(() => [])).toEqual([])
      })
    }
  })

  it('reports a damaged manifest as a corrupt project, not a crash', async () => {
    const root = tempDir()
    const project = await openOrCreatePairProject(root, sampleRu, sampleEn, clock)
    await writeFile(join(project.dir, 'manifest.json'), '{"formatVersion": 99')
    await expectFailure(openProject(project.dir, clock), 'project-corrupt')
  })

  it('keeps working from its own copies when the original files move away', async () => {
    const scratch = tempDir()
    const ru = join(scratch, 'ru.txt')
    const en = join(scratch, 'en.txt')
    await copyFile(sampleRu, ru)
    await copyFile(sampleEn, en)
    const root = tempDir()
    const made = await openOrCreatePairProject(root, ru, en, clock)
    await writeFile(en, 'overwritten by someone else')
    const reopened = await openProject(made.dir, clock)
    expect(reopened.view.target.segments).toEqual(made.view.target.segments)
  })
})
