/**
 * The automatic checks in the review workspace, end to end in Chromium against the real backend: the
 * sample's suggestions appear (the calque, the name variants, doubled periods, guillemets), one is
 * accepted as a flag, one fix applied, one dismissed, a check switched off in the QA panel — and a
 * reload finds all of it as it was. Screenshots for the docs; axe on the QA panel in both themes.
 */
import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { makeHarness, openApp, repoRoot } from '../harness/bridge'

const grid = (page: Page) => page.getByRole('grid')
const current = (page: Page) => grid(page).locator('[role="row"][aria-selected="true"]')
const rowList = (page: Page) => current(page).getByRole('region', { name: /^Suggestions for row/ })
const focusedSuggestion = (page: Page) => rowList(page).locator('li[aria-current="true"]')
const panel = (page: Page) => page.getByRole('complementary', { name: 'Suggestions' })
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Suggestions by check' })
const saved = (page: Page) =>
  expect(page.locator('.status-bar .save-state')).toContainText(/Saved at/)

/** The text of the underlines in the current row that belong to one suggestion (by its list item). */
async function underlinedIn(page: Page, findingId: string): Promise<string> {
  return current(page).evaluate(
    (row, id) =>
      [...row.querySelectorAll('[data-suggestion-ids]')]
        .filter((e) => (e.getAttribute('data-suggestion-ids') ?? '').split(' ').includes(id))
        .map((e) => e.textContent)
        .join(''),
    findingId
  )
}

/** Walks the QA panel's list with ↓ until the active option names `text` under `check`, then Enter. */
async function goFromPanel(page: Page, check: string, text: string): Promise<void> {
  if (!(await panel(page).isVisible())) await page.keyboard.press('q')
  await listbox(page).focus()
  await page.keyboard.press('Home')
  for (let i = 0; i < 120; i++) {
    const id = await listbox(page).getAttribute('aria-activedescendant')
    const label = id ? await page.locator(`#${id}`).getAttribute('aria-label') : null
    if (label?.startsWith(`${check}.`) && label.includes(`“${text}”`)) {
      await page.keyboard.press('Enter')
      await expect(grid(page)).toBeFocused()
      return
    }
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`no ${check} suggestion on "${text}" in the QA panel`)
}

async function openSample(page: Page) {
  const harness = makeHarness()
  const opened = await harness.backend.handlers.openSample({})
  if (!opened.ok) throw new Error('the sample did not open')
  await openApp(page, harness)
  await expect(grid(page)).toBeVisible()
  await expect(page.locator('.suggestion-mark').first()).toBeVisible()
  return { harness, project: opened.value.project }
}

test('suggestions: the sample’s appear; accept, fix, dismiss, switch a check off; all still so after a reload', async ({
  page
}) => {
  const { harness, project } = await openSample(page)
  const total = Number(
    /\((\d+)\)/.exec((await page.getByRole('button', { name: /^QA \(\d+\)$/ }).textContent())!)![1]
  )
  expect(total).toBeGreaterThan(40)

  // The QA panel lists them by check: the calque, the name variants, doubled periods, guillemets.
  await page.keyboard.press('q')
  await expect(listbox(page)).toBeFocused()
  await expect(panel(page).getByRole('status')).toHaveText(`${total} suggestions in this article`)
  const headings = panel(page).locator('.qa-heading')
  await expect(headings.first()).toBeVisible()
  const checks = panel(page).getByRole('region', { name: 'Checks in this project' })
  for (const name of [
    'Word-for-word idioms',
    'Name spellings',
    'Doubled punctuation',
    'Russian typography'
  ]) {
    await expect(checks.getByRole('switch', { name })).toHaveAttribute('aria-checked', 'true')
  }

  // The calque's row: underlined on its words, listed under the row with its actions.
  await goFromPanel(page, 'Word-for-word idioms', 'morning chairs')
  await expect(focusedSuggestion(page)).toContainText('translated word for word')
  await expect(focusedSuggestion(page)).toContainText('Word-for-word idioms · Major')
  const calqueId = (await focusedSuggestion(page).getAttribute('data-finding-id'))!
  expect(await underlinedIn(page, calqueId)).toBe('morning chairs')
  await page.keyboard.press('q')
  await expect(panel(page)).toBeHidden()
  await page.screenshot({ path: join(repoRoot, 'docs/screenshot-qa.png') })

  // a: the flag picker, prefilled; Enter saves it as a flag from the check.
  await page.keyboard.press('a')
  const picker = page.getByRole('dialog', { name: /Flag an issue in row/ })
  await expect(picker.locator('blockquote')).toHaveText('morning chairs')
  await expect(picker.getByRole('option', { selected: true })).toContainText('Mistranslation')
  await expect(picker.getByRole('radio', { checked: true })).toContainText('Major')
  await page.keyboard.press('Enter')
  await expect(picker).toBeHidden()
  await saved(page)
  const chip = current(page).locator('.flag-chip')
  await expect(chip).toContainText('Mistranslation')
  await expect(chip).toContainText('check')
  await expect(current(page).locator(`[data-finding-id="${calqueId}"]`)).toHaveCount(0)

  // Shift+A: a doubled period fixed in the post-edit.
  await goFromPanel(page, 'Doubled punctuation', '..')
  const doubledId = (await focusedSuggestion(page).getAttribute('data-finding-id'))!
  const doubledRow = (await current(page).locator('.row-number').textContent())!
  await page.keyboard.press('Shift+A')
  await expect(page.getByText('Fix applied to the post-edit.')).toBeVisible()
  await saved(page)
  await expect(current(page)).toHaveClass(/review-row--edited/)
  await expect(current(page).locator(`[data-finding-id="${doubledId}"]`)).toHaveCount(0)

  // d: the minority spelling "Lukashenko" dismissed here.
  await goFromPanel(page, 'Name spellings', 'Lukashenko')
  const nameId = (await focusedSuggestion(page).getAttribute('data-finding-id'))!
  await expect(focusedSuggestion(page)).toContainText('Lukashenka')
  await page.keyboard.press('d')
  await expect(page.getByText('Suggestion dismissed.')).toBeVisible()
  await saved(page)
  expect(await underlinedIn(page, nameId)).toBe('')

  // The guillemets are there too, each with a fix.
  await goFromPanel(page, 'Russian typography', '«')
  await expect(focusedSuggestion(page).getByRole('button', { name: /^Fix/ })).toBeVisible()

  // A check switched off in the panel: off for the project.
  await expect(panel(page)).toBeVisible()
  const furniture = checks.getByRole('switch', { name: 'Page furniture' })
  const furnitureCount = Number(
    (await furniture.locator('..').locator('.qa-check__count').textContent()) ?? 0
  )
  expect(furnitureCount).toBe(3)
  await furniture.click()
  await expect(furniture).toHaveAttribute('aria-checked', 'false')
  const left = total - 1 - 1 - 1 - furnitureCount
  await expect(panel(page).getByRole('status')).toHaveText(`${left} suggestions in this article`)

  // The log and project.json hold it all: a reload finds the same.
  await page.reload()
  await expect(page.locator('.suggestion-mark').first()).toBeVisible()
  await expect(page.getByRole('button', { name: `QA (${left})` })).toBeVisible()
  await page.keyboard.press('q')
  await expect(listbox(page)).toBeFocused()
  await expect(checks.getByRole('switch', { name: 'Page furniture' })).toHaveAttribute(
    'aria-checked',
    'false'
  )
  // For the docs: a row with several suggestions, the panel beside it.
  await goFromPanel(page, 'Russian typography', '«')
  await listbox(page).focus()
  await page.keyboard.press('ArrowDown')
  await page.screenshot({ path: join(repoRoot, 'docs/screenshot-qa-panel.png') })
  await expect(page.locator(`#qa-item-${calqueId}`)).toHaveCount(0)
  await expect(page.locator(`#qa-item-${nameId}`)).toHaveCount(0)
  await expect(page.locator(`#qa-item-${doubledId}`)).toHaveCount(0)
  await page.keyboard.press('q')
  await page.keyboard.press('Control+g')
  await page.getByRole('spinbutton').fill(doubledRow)
  await page.keyboard.press('Enter')
  await expect(current(page)).toHaveClass(/review-row--edited/)
  const state = await harness.backend.handlers.currentProject({})
  expect(state?.project.settings.disabledChecks).toEqual(['boilerplate'])
  expect(project.settings.disabledChecks).toEqual([])
})

/** Whether the current row is wholly in the grid's view, below its sticky header. */
async function currentInView(page: Page): Promise<boolean> {
  return grid(page).evaluate((scroller) => {
    const row = scroller.querySelector('[role="row"][aria-selected="true"]')
    const head = scroller.querySelector('.review-grid__head')
    if (!row || !head) return false
    const r = row.getBoundingClientRect()
    return (
      r.top >= head.getBoundingClientRect().bottom - 1 &&
      r.bottom <= scroller.getBoundingClientRect().bottom + 1
    )
  })
}

test('the current row, taller with its suggestions, stays wholly in view walking down and up and jumping from the panel', async ({
  page
}) => {
  await openSample(page)
  await grid(page).focus()
  const out: string[] = []
  const check = async (what: string) => {
    // Rows measured on the way settle within a couple of frames.
    await expect
      .poll(() => currentInView(page))
      .toBe(true)
      .catch(() => out.push(what))
  }
  for (let i = 0; i < 35; i++) {
    await page.keyboard.press('j')
    await check(`j ${i}`)
  }
  for (let i = 0; i < 35; i++) {
    await page.keyboard.press('k')
    await check(`k ${i}`)
  }
  await page.keyboard.press('End')
  await check('End')
  await page.keyboard.press('Home')
  await check('Home')
  await goFromPanel(page, 'Page furniture', 'Other news')
  await check('panel, down')
  await goFromPanel(page, 'Doubled punctuation', '..')
  await check('panel, up')
  expect(out).toEqual([])
})

for (const theme of ['light', 'dark'] as const) {
  test(`the QA panel and the row’s suggestions have no serious axe violation (${theme})`, async ({
    page
  }) => {
    await openSample(page)
    if (theme === 'dark') {
      await page.keyboard.press('Control+Shift+d')
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    }
    await goFromPanel(page, 'Word-for-word idioms', 'morning chairs')
    await expect(rowList(page)).toBeVisible()
    await listbox(page).focus()
    await page.keyboard.press('ArrowDown')
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`
      )
    expect(serious).toEqual([])
  })
}
