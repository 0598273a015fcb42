import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { makeHarness, menuOpen, openApp, repoRoot } from '../harness/bridge'

const SAMPLE = join(repoRoot, 'resources/samples/belarus-usa-ambassadors')
const DROPPED = ' A candidate for this post must first pass Senate approval.'
const SHORTENED = [
  'The politician believes that Washington sent a diplomatic mission with a fairly clear message.',
  'The politician believes this.'
] as const

/**
 * The sample's English as a worse MT would have it: one sentence dropped, one cut short. The reviewer
 * must see both: a Russian sentence with no translation, and a row the aligner is unsure of.
 */
async function damagedEnglish(dir: string): Promise<string> {
  const en = await readFile(join(SAMPLE, 'en.txt'), 'utf8')
  expect(en).toContain(DROPPED)
  expect(en).toContain(SHORTENED[0])
  const path = join(dir, 'en-damaged.txt')
  await writeFile(path, en.replace(DROPPED, '').replace(SHORTENED[0], SHORTENED[1]))
  return path
}

test('marks the sentence the MT dropped and the row the aligner doubts; moving a sentence by hand fixes it for good', async ({
  page
}) => {
  const harness = makeHarness()
  await openApp(page, harness)
  harness.nextPair = {
    source: join(SAMPLE, 'ru.txt'),
    target: await damagedEnglish(harness.userDataDir)
  }
  await menuOpen(page, harness, 'openPair')

  const rows = page.getByRole('grid').locator('[role="rowgroup"]').last().getByRole('row')
  const goTo = async (text: string): Promise<void> => {
    await expect(page.getByRole('grid')).toBeVisible()
    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Find' }).fill(text)
    await page.keyboard.press('Escape')
  }
  await expect(page.getByRole('grid')).toBeVisible()

  // The dropped sentence: a Russian sentence with no translation, marked.
  await goTo('Кандидат на этот пост сначала должен пройти')
  const dropped = rows.filter({ hasText: 'Кандидат на этот пост сначала должен пройти' })
  await expect(dropped).toContainText('No translation for this sentence')
  // The doubtful row is just above it: the shortened sentence's row holds two English sentences.
  const doubtful = rows.filter({ has: page.getByRole('img', { name: /Low alignment confidence/ }) })
  await expect(doubtful.first()).toBeVisible()

  // The screenshot for the docs: both markers in view.
  await page.screenshot({ path: join(repoRoot, 'docs/screenshot-alignment.png') })

  // Fix it by hand, as a reviewer would: the doubtful row holds two English sentences and the next
  // row none; `]` moves the last English sentence down, where it belongs.
  const shortened = rows.filter({ hasText: 'Политик считает, что Вашингтон направил' })
  await doubtful.first().click()
  await page.keyboard.press(']')
  await expect(shortened).toContainText(SHORTENED[1])
  await expect(shortened).not.toContainText('No translation for this sentence')
  await expect(page.locator('.status-bar .save-state')).toContainText(/Saved at/)

  // The fix is in the review log: a reload replays it, and Ctrl+Z takes it back.
  await page.reload()
  await goTo('Политик считает, что Вашингтон направил')
  await expect(shortened).toContainText(SHORTENED[1])
  await page.getByRole('grid').focus()
  await page.keyboard.press('Control+z')
  await expect(shortened).toContainText('No translation for this sentence')
})
