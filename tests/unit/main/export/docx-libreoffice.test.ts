/**
 * The DOCX export opens in a real word processor: LibreOffice (headless) converts it to text, and the
 * text is the corrected English, paragraph for paragraph. Runs where LibreOffice is installed (`.ci/run`
 * installs Debian's libreoffice-writer-nogui) and says it was skipped elsewhere.
 *
 * `CALQUE_UPDATE_DOCS=1` also renders the first page of the track-changes export to
 * docs/export-docx.png (LibreOffice -> PDF, then pdftoppm from poppler-utils).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { correctedParagraphs } from '@shared/export/corrected-text'
import { writeDocx } from '@shared/export/docx'
import { repoRoot, tempDir } from '../../../helpers/paths'
import { sampleArticle } from '../../shared/export/sample-article'

const soffice = ['soffice', 'libreoffice'].find(
  (c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0
)
const dir = tempDir('calque-docx-lo-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** LibreOffice with a profile of its own (a user's running instance would otherwise take the job). */
function convert(file: string, to: string): string {
  const result = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      dir,
      file
    ],
    { encoding: 'utf8', timeout: 180_000 }
  )
  return `${result.stdout}${result.stderr}`
}

describe.skipIf(!soffice)(
  `DOCX in LibreOffice${soffice ? '' : ' (SKIPPED: LibreOffice is not installed)'}`,
  () => {
    it('opens, and its text is the corrected English paragraph for paragraph', async () => {
      const docx = join(dir, 'sample.docx')
      writeFileSync(docx, await writeDocx([sampleArticle]))
      const log = convert(docx, 'txt:Text')
      const txt = join(dir, 'sample.txt')
      expect(existsSync(txt), log).toBe(true)
      const lines = readFileSync(txt, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r/g, '')
        .trimEnd()
        .split('\n')
      expect(lines).toEqual(correctedParagraphs(sampleArticle).map((p) => p.text))
    })

    it.runIf(process.env.CALQUE_UPDATE_DOCS === '1')(
      'renders page 1 of the track-changes export to docs/export-docx.png',
      async () => {
        const docx = join(dir, 'tracked.docx')
        writeFileSync(docx, await writeDocx([sampleArticle], { trackChanges: true }))
        convert(docx, 'pdf')
        const result = spawnSync('pdftoppm', [
          '-png',
          '-r',
          '80',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          join(dir, 'tracked.pdf'),
          join(repoRoot, 'docs/export-docx')
        ])
        expect(result.status, String(result.stderr)).toBe(0)
      }
    )
  },
  300_000
)
