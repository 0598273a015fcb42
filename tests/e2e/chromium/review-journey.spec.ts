import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { makeHarness, openApp, repoRoot } from '../harness/bridge'
import { selectText } from '../harness/selection'

const IDIOM = 'morning chairs –money in the evening'

test('opens the sample aligned, flags the idiom calque, and the flag survives a reload and a restart', async ({
  page
}) => {
  const harness = makeHarness()
  // What main does on first launch: open the bundled sample.
  const opened = await harness.backend.handlers.openSample({})
  expect(opened.ok).toBe(true)
  await openApp(page, harness)

  const grid = page.getByRole('grid')
  const rows = grid.locator('[role="rowgroup"]').last().getByRole('row')
  await expect(rows.first()).toBeVisible()
  const rowCount = await rows.count()
  expect(rowCount).toBeGreaterThan(40)
  // Russian on the left, English on the right, in the same row.
  const idiomRow = rows.filter({ hasText: IDIOM })
  await expect(idiomRow).toHaveCount(1)
  await expect(idiomRow).toContainText('утром стулья — вечером деньги')
  const firstRow = rows.first()
  await expect(firstRow).toContainText('США и Беларусь')
  await expect(firstRow).toContainText('USA and Belarus ready to restore relations')

  // Keyboard: the first row is current; Enter marks it reviewed and moves on.
  await grid.focus()
  await page.keyboard.press('Enter')
  await expect(firstRow).toContainText('Reviewed')

  // Flag exactly the calque: select it, f, category by letter, 2 = Major, Enter.
  await idiomRow.click()
  await selectText(idiomRow.getByRole('gridcell').nth(2), IDIOM)
  await page.keyboard.press('f')
  const picker = page.getByRole('dialog')
  await expect(picker).toContainText(IDIOM)
  await page.keyboard.press('a')
  await page.keyboard.press('2')
  await page.keyboard.press('Enter')
  await expect(picker).toBeHidden()
  await expect(page.getByText(/All changes saved at/)).toBeVisible()
  await expect(idiomRow.getByLabel('1 flag', { exact: true })).toBeVisible()
  await expect(idiomRow).toContainText('Accuracy · Major')

  // It is on disk: the log holds the flag with the exact span.
  const project = opened.ok ? opened.value.project : null
  const articleDir = join(project!.dir, 'articles', project!.articles[0]!.id)
  const log = await readFile(join(articleDir, 'review.jsonl'), 'utf8')
  const flagRecord = log
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .find((r) => r.event.type === 'flag.add')
  expect(flagRecord.event.flag).toMatchObject({
    category: 'accuracy',
    severity: 'major',
    side: 'target'
  })
  expect(flagRecord.author).toBe('e2e-reviewer')

  // Reload the window over the same project folder: the log is replayed.
  await page.reload()
  await expect(idiomRow.getByLabel('1 flag', { exact: true })).toBeVisible()
  await expect(firstRow).toContainText('Reviewed')

  // Restart the app: a new backend over the same user-data folder, reopened from Recent.
  const restarted = makeHarness(harness.userDataDir)
  const fresh = await page.context().newPage()
  await openApp(fresh, restarted)
  await fresh.getByRole('button', { name: /USA and Belarus ready to restore relations/ }).click()
  const freshIdiomRow = fresh.getByRole('row').filter({ hasText: IDIOM })
  await expect(freshIdiomRow.getByLabel('1 flag', { exact: true })).toBeVisible()
  await expect(freshIdiomRow.locator('mark, .highlight, [data-severity]').first()).toContainText(
    'morning chairs'
  )

  // The screenshot in the README: the sample aligned, the flagged calque in view.
  await fresh.keyboard.press('Escape')
  await freshIdiomRow.click()
  await freshIdiomRow.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await fresh.screenshot({ path: join(repoRoot, 'docs/screenshot.png') })
})

test('an image renamed .txt chosen in Open Pair gets a specific message and the app stays usable', async ({
  page
}) => {
  const harness = makeHarness()
  await openApp(page, harness)
  const png = join(harness.userDataDir, 'article.txt')
  const { writeFile } = await import('node:fs/promises')
  await writeFile(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))
  harness.nextPair = {
    source: png,
    target: join(repoRoot, 'resources/samples/belarus-usa-ambassadors/en.txt')
  }

  await page.getByRole('button', { name: /Open Pair/ }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'article.txt: Calque cannot read this kind of file (a PNG image, named .txt)'
  )
  await expect(alert).toContainText(/source/i)

  await page.getByRole('button', { name: /Open Sample Article/ }).click()
  await expect(page.getByRole('grid')).toContainText('утром стулья — вечером деньги')
})
