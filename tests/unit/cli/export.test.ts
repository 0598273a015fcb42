import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInterchange } from '@shared/interchange'
import { flagSchema } from '@shared/review/events'
import { main } from '../../../src/cli/index'
import { openOrCreatePairProject, type OpenedPairProject } from '../../helpers/projects'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'
import { sampleFlags } from '../shared/export/sample-article'

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const dir = tempDir('calque-cli-export-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const now = () => new Date('2026-11-27T10:00:00.000Z')

let project: OpenedPairProject
beforeAll(async () => {
  project = await openOrCreatePairProject(join(dir, 'projects'), sampleRu, sampleEn, now)
  const flag = sampleFlags[0]!
  await project.log.append({ type: 'flag.add', flag: flagSchema.parse(flag) }, 'anna', now())
  await project.log.append({ type: 'status.set', row: 'b2', status: 'confirmed' }, 'anna', now())
})

describe('calque export SOURCE TARGET (no review yet)', () => {
  it('prints the corrected English (here: the MT) as Markdown', async () => {
    const { code, stdout, stderr } = await run('export', sampleRu, sampleEn, '--to', 'md')
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(
      stdout.startsWith(
        'USA and Belarus ready to restore relations at the level of ambassadors\n\n'
      )
    ).toBe(true)
    expect(stdout).toContain('"morning chairs –money in the evening"')
  })

  it('writes XLIFF 2.1 to a file with -o, every row unreviewed', async () => {
    const out = join(dir, 'pair.xlf')
    const { code, stderr } = await run('export', sampleRu, sampleEn, '--to', 'xliff21', '-o', out)
    expect(code).toBe(0)
    expect(stderr).toBe(`calque: Exported 1 article to ${out}.\n`)
    const [article] = readInterchange(readFileSync(out, 'utf8')).articles
    expect(article!.rows).toHaveLength(50)
    expect(
      article!.rows.every(
        (r) => r.status === 'unreviewed' && r.flags.length === 0 && r.edit === null
      )
    ).toBe(true)
  })
})

describe('calque export PROJECT', () => {
  it('exports the review: flags in XLIFF 1.2, confirmed rows in TMX, full JSON', async () => {
    const xlf = await run('export', project.dir, '--to', 'xliff12')
    expect(xlf.code).toBe(0)
    expect(xlf.stdout).toContain('its:locQualityIssueType="mistranslation"')
    const tmx = await run('export', project.dir, '--to', 'tmx')
    expect(tmx.stdout.match(/<tu /g)).toHaveLength(1)
    const json = await run(
      'export',
      project.dir,
      '--to',
      'json',
      '--article',
      project.manifest.name
    )
    const [article] = readInterchange(json.stdout).articles
    expect(article!.rows[25]!.flags.map((f) => f.id)).toEqual(['f-calque'])
    expect(article!.rows[2]!.status).toBe('confirmed')
  })

  it('writes DOCX and XLSX only to a file', async () => {
    expect(await run('export', project.dir, '--to', 'docx')).toMatchObject({
      code: 2,
      stderr: 'calque: docx is a binary format: give an output file with -o FILE.\n'
    })
    const out = join(dir, 'article.docx')
    expect(
      (await run('export', project.dir, '--to', 'docx', '--track-changes', '-o', out)).code
    ).toBe(0)
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(out))))).toContain('word/document.xml')
    const xlsx = join(dir, 'article.xlsx')
    expect((await run('export', project.dir, '--to', 'xlsx', '--output', xlsx)).code).toBe(0)
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK')
  })

  it('prints the flags table as CSV', async () => {
    const { code, stdout } = await run('export', project.dir, '--to', 'csv', '--table', 'flags')
    expect(code).toBe(0)
    expect(stdout.trimEnd().split('\r\n')).toHaveLength(2)
    expect(stdout).toContain('f-calque')
  })
})

describe('calque export: wrong command lines (exit 2) and files (exit 1)', () => {
  it.each([
    [['export', 'project-folder'], /needs --to FORMAT/],
    [['export', 'a', '--to', 'pdf'], /unknown format "pdf"/],
    [['export', '--to', 'txt'], /needs a project folder, or SOURCE/],
    [['export', 'a', 'b', 'c', '--to', 'txt'], /needs a project folder, or SOURCE/],
    [['export', 'a', '--to', 'csv', '--table', 'cells'], /--table is rows or flags/],
    [['export', 'a', '--to', 'xliff12', '--profile', 'loose'], /--profile is its or strict/]
  ])('%j -> 2', async (argv, message) => {
    const result = await run(...(argv as string[]))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it('an unknown article -> 2, naming the articles there are', async () => {
    const result = await run('export', project.dir, '--to', 'txt', '--article', 'Nope')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `There is no article “Nope” in this project. Articles: “${project.manifest.name}”.`
    )
  })

  it('a missing file, a file that is not a project, an unwritable output -> 1', async () => {
    expect(await run('export', join(dir, 'nothing'), '--to', 'txt')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/File not found/)
    })
    const file = join(dir, 'plain.txt')
    writeFileSync(file, 'hello')
    expect(await run('export', file, '--to', 'txt')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/is not a Calque project folder/)
    })
    expect(await run('export', sampleRu, join(dir, 'nothing.txt'), '--to', 'txt')).toMatchObject({
      code: 1
    })
    expect(
      await run('export', project.dir, '--to', 'txt', '-o', join(dir, 'no', 'such', 'dir.txt'))
    ).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /dir\.txt could not be written: its folder does not exist.*Nothing was changed\./
      )
    })
  })

  it('is listed in calque --help', async () => {
    const { stdout } = await run('--help')
    expect(stdout).toContain('export PROJECT --to FORMAT [-o FILE]')
  })
})
