/**
 * The translator's day, end to end in Chromium against the real backend: walk rows from the keyboard,
 * flag the calque on its exact words, post-edit the row and see the track changes, change, resolve and
 * reopen the flag, undo and redo across all of it, filter, find and replace a name variant — then a
 * reload and a restart find everything as it was. Screenshots for the docs are taken on the way.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { makeHarness, openApp, repoRoot } from '../harness/bridge'
import { selectText } from '../harness/selection'

const IDIOM = 'morning chairs –money in the evening'
const IDIOMATIC =
  'To the Belarusian oppositionist, such a combination seems right: «In plain language, Washington says: "first deliver, then get paid".'

const grid = (page: Page) => page.getByRole('grid')
const rowWith = (page: Page, text: string | RegExp) =>
  grid(page).getByRole('row').filter({ hasText: text })
const current = (page: Page) => grid(page).locator('[role="row"][aria-selected="true"]')
const saved = (page: Page) =>
  expect(page.locator('.status-bar .save-state')).toContainText(/Saved at/)

async function findAndGo(page: Page, text: string): Promise<void> {
  await expect(grid(page)).toBeVisible()
  await page.keyboard.press('Control+f')
  const field = page.getByRole('searchbox', { name: 'Find' })
  await field.fill(text)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(current(page)).toContainText(text)
}

test('a day of review: flag, post-edit, change and resolve, undo/redo, filter, replace; all still there after a reload and a restart', async ({
  page
}) => {
  const harness = makeHarness()
  const opened = await harness.backend.handlers.openSample({})
  expect(opened.ok).toBe(true)
  await openApp(page, harness)
  await expect(grid(page)).toBeVisible()

  // Only the rows in view are in the DOM (50 in the article).
  const inDom = await grid(page).locator('[role="rowgroup"]').last().getByRole('row').count()
  expect(inDom).toBeGreaterThan(5)
  expect(inDom).toBeLessThan(40)

  // Walk from the keyboard: j three times, r marks reviewed, nothing else changes a status.
  await grid(page).focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('j')
  await expect(current(page).locator('.row-number')).toHaveText('4')
  await page.keyboard.press('r')
  await expect(current(page)).toContainText('Reviewed')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  await expect(current(page)).toContainText('Reviewed')

  // Flag exactly the calque: find its row, select the words, f, search the category, Major, comment.
  await findAndGo(page, IDIOM)
  const idiomRow = rowWith(page, 'Простым, доступным языком')
  await selectText(idiomRow.locator('.cell--target'), IDIOM)
  await page.keyboard.press('f')
  const picker = page.getByRole('dialog', { name: /Flag an issue in row/ })
  await expect(picker).toContainText(IDIOM)
  await page.keyboard.type('mistrans')
  await expect(picker.getByRole('option', { selected: true })).toContainText('Mistranslation')
  await page.keyboard.press('2')
  await picker
    .getByLabel('Comment (optional)')
    .fill('Word-for-word calque of «утром стулья — вечером деньги»')
  await page.screenshot({ path: join(repoRoot, 'docs/screenshot-flag-picker.png') })
  await page.keyboard.press('Enter')
  await expect(picker).toBeHidden()
  await saved(page)
  const chip = idiomRow.locator('.flag-chip')
  await expect(chip).toContainText('Mistranslation')
  await expect(chip).toContainText('Major')
  await expect(idiomRow.locator('mark.flag-mark').first()).toHaveText(/morning chairs/)

  // Post-edit the row: Enter opens the field, Enter saves; the row shows the changes over the MT.
  await page.keyboard.press('Enter')
  const field = idiomRow.getByRole('textbox')
  await expect(field).toBeFocused()
  await field.fill(IDIOMATIC)
  await page.keyboard.press('Enter')
  await saved(page)
  await expect(idiomRow.locator('del.diff-del').first()).toBeVisible()
  await expect(idiomRow.locator('ins.diff-ins', { hasText: 'first deliver' })).toBeVisible()
  // The flag still judges the MT, and is marked as rewritten by the post-edit.
  await expect(chip).toContainText('rewritten')
  await page.keyboard.press('Shift+T')
  await expect(page.getByRole('complementary', { name: /compared/ })).toContainText(
    'of the MT changed'
  )
  await page.screenshot({ path: join(repoRoot, 'docs/screenshot-diff.png') })
  await page.keyboard.press('Shift+T')

  // Open the flag from the keyboard (Tab reaches the current row's flags), make it Minor, resolve it, reopen it.
  await grid(page).focus()
  await page.keyboard.press('Tab')
  await expect(page.locator('.flag-chip:focus')).toHaveCount(1)
  await page.keyboard.press('Enter')
  const editor = page.getByRole('dialog', { name: /Flag in row/ })
  await editor.getByRole('radio', { name: 'Minor' }).click()
  await editor.getByRole('button', { name: 'Save changes' }).click()
  await expect(chip).toContainText('Minor')
  await editor.getByLabel('Note').fill('fixed in the post-edit')
  await editor.getByRole('button', { name: 'Resolve' }).click()
  await expect(chip).toContainText('Resolved')
  await editor.getByRole('button', { name: 'Reopen' }).click()
  await expect(chip).not.toContainText('Resolved')
  await editor.getByRole('button', { name: 'Close' }).click()
  await saved(page)

  // Undo walks back through reopen, resolve, severity, post-edit; redo walks forward again.
  await grid(page).focus()
  await page.keyboard.press('Control+z')
  await expect(chip).toContainText('Resolved')
  await page.keyboard.press('Control+z')
  await expect(chip).not.toContainText('Resolved')
  await page.keyboard.press('Control+z')
  await expect(chip).toContainText('Major')
  await page.keyboard.press('Control+z')
  await expect(idiomRow.locator('ins.diff-ins')).toHaveCount(0)
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+z')
  await expect(idiomRow.locator('ins.diff-ins', { hasText: 'first deliver' })).toBeVisible()
  await expect(chip).toContainText('Minor')
  await saved(page)

  // Filter to flagged rows: one row, and the keyboard walks only it.
  await page.getByRole('button', { name: 'Filters' }).click()
  await page.getByRole('combobox', { name: 'Flags' }).selectOption('flagged')
  await expect(grid(page).locator('[role="rowgroup"]').last().getByRole('row')).toHaveCount(1)
  await page.getByRole('button', { name: 'Clear filters' }).click()

  // Find a name spelled three ways and make one variant the other, through the preview, as one step.
  await page.keyboard.press('Control+h')
  await page.getByRole('searchbox', { name: 'Find' }).fill('Nikolai Statkevich')
  await expect(page.locator('#find-count')).toHaveText('1 of 1')
  await page.getByRole('textbox', { name: 'Replace with' }).fill('Nikolay Statkevich')
  await page.screenshot({ path: join(repoRoot, 'docs/screenshot-find.png') })
  await page.getByRole('button', { name: 'Replace all…' }).click()
  const preview = page.getByRole('dialog', { name: /Replace/ })
  await expect(preview).toContainText('Nikolay')
  await preview.getByRole('button', { name: /Replace 1/ }).click()
  await saved(page)
  await page.keyboard.press('Escape')

  // On disk: the log holds each action once, stamped by main.
  const project = opened.ok ? opened.value.project : null
  const articleDir = join(project!.dir, 'articles', project!.articles[0]!.id)
  const log = (await readFile(join(articleDir, 'review.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  const types = log.map((r) => r.event.type)
  expect(types.filter((t) => t === 'flag.add')).toHaveLength(1)
  expect(types).toContain('edit.batch')
  expect(log.find((r) => r.event.type === 'flag.add').event.flag).toMatchObject({
    category: 'accuracy/mistranslation',
    severity: 'major',
    side: 'target',
    author: 'e2e-reviewer'
  })

  // A reload replays the log: everything as it was.
  await page.reload()
  await findAndGo(page, 'first deliver')
  await expect(rowWith(page, 'Простым, доступным языком').locator('.flag-chip')).toContainText(
    'Minor'
  )
  await findAndGo(page, 'Nikolay Statkevich concluded')

  // A restart: the app quits (pending saves flushed, the project lock released), then a new backend
  // over the same user-data folder reopens it from Recent, on the same row.
  await harness.backend.close()
  const restarted = makeHarness(harness.userDataDir)
  const fresh = await page.context().newPage()
  await openApp(fresh, restarted)
  await fresh.getByRole('button', { name: /USA and Belarus ready to restore relations/ }).click()
  await expect(current(fresh)).toContainText('Nikolay Statkevich')
  await expect(fresh.getByText(/open read-only/)).toHaveCount(0)
  await findAndGo(fresh, 'first deliver')
  await expect(rowWith(fresh, 'Простым, доступным языком').locator('.flag-chip')).toContainText(
    'Minor'
  )
  await fresh.screenshot({ path: join(repoRoot, 'docs/screenshot.png') })
  await fresh.keyboard.press('Control+Shift+d')
  await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'dark')
  await fresh.screenshot({ path: join(repoRoot, 'docs/screenshot-dark.png') })
})

test('an image renamed .txt chosen in New Project from Pair gets a specific message and the app stays usable', async ({
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

  await page.getByRole('button', { name: /New Project from Pair/ }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'article.txt: Calque cannot read this kind of file (a PNG image, named .txt)'
  )
  await expect(alert).toContainText(/source/i)

  await page.getByRole('button', { name: /Open Sample Article/ }).click()
  await expect(grid(page)).toContainText('США и Беларусь')
})
