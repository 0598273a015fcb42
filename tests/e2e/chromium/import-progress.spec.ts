/**
 * A long import, as the user sees it: the progress bar names what is being done (reading, segmenting,
 * aligning) while main works in its worker, Cancel stops it, the window says so and nothing is made.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { makeHarness, menuOpen, openApp, repoRoot, samplesDir } from '../harness/bridge'

const SAMPLE = join(samplesDir, 'belarus-usa-ambassadors')

test('a long import shows its progress and can be cancelled; nothing is left behind', async ({
  page
}) => {
  const harness = makeHarness()
  await openApp(page, harness)
  const [ru, en] = await Promise.all([
    readFile(join(SAMPLE, 'ru.txt'), 'utf8'),
    readFile(join(SAMPLE, 'en.txt'), 'utf8')
  ])
  // The sample 600 times over: a few seconds of reading and aligning.
  const source = join(harness.userDataDir, 'long-ru.txt')
  const target = join(harness.userDataDir, 'long-en.txt')
  await writeFile(source, Array.from({ length: 600 }, () => ru).join('\n\n'))
  await writeFile(target, Array.from({ length: 600 }, () => en).join('\n\n'))
  harness.nextPair = { source, target }

  const opening = menuOpen(page, harness, 'openPair')
  const bar = page.getByRole('status', { name: 'Import progress' })
  await expect(bar).toBeVisible({ timeout: 20_000 })
  await expect(bar).toContainText(/Reading the|Splitting into sentences|Aligning the sentences/)
  await page.screenshot({ path: join(repoRoot, 'test-results/import-progress.png') })
  await bar.getByRole('button', { name: 'Cancel' }).click()
  await opening

  await expect(bar).toBeHidden()
  await expect(page.getByRole('alert')).toContainText(
    'The import was cancelled; nothing was changed.'
  )
  const settings = await harness.backend.handlers.getSettings({})
  expect(await readdir(settings.projectsRoot).catch(() => [])).toEqual([])
  // The start screen is still there, ready for the next try.
  await expect(page.getByRole('button', { name: /Open Sample Article/ })).toBeVisible()
})
