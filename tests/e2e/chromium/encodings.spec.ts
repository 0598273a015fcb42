import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { makeHarness, menuOpen, openApp, repoRoot } from '../harness/bridge'
import { encode } from '../../helpers/encoders'

const SAMPLE = join(repoRoot, 'resources/samples/belarus-usa-ambassadors')

/** Every row's Russian and English text, as the reviewer sees them. */
async function gridTexts(page: Page): Promise<string[]> {
  const rows = page.getByRole('grid').locator('[role="rowgroup"]').last().getByRole('row')
  await expect(rows.first()).toBeVisible()
  return rows.evaluateAll((elements) =>
    elements.map((row) =>
      [...row.querySelectorAll('[role="gridcell"]')]
        .slice(1, 3)
        .map((cell) => (cell as unknown as { innerText: string }).innerText)
        .join(' | ')
    )
  )
}

test('the sample converted to Windows-1251 and to UTF-16 opens exactly like the UTF-8 original', async ({
  page
}) => {
  const harness = makeHarness()
  await openApp(page, harness)
  await page.getByRole('button', { name: /Open Sample Article/ }).click()
  const original = await gridTexts(page)
  // The rows in view (the grid is virtualised): the top of the article.
  expect(original.length).toBeGreaterThan(5)

  const ru = await readFile(join(SAMPLE, 'ru.txt'), 'utf8')
  for (const [encoding, label] of [
    ['windows-1251', 'Windows-1251'],
    ['utf-16le', 'UTF-16LE']
  ] as const) {
    const path = join(harness.userDataDir, `ru-${encoding}.txt`)
    await writeFile(path, encode(ru, encoding))
    harness.nextPair = { source: path, target: join(SAMPLE, 'en.txt') }
    await menuOpen(page, harness, 'openPair')
    await expect(page.getByText(label, { exact: true })).toBeVisible()
    // Row for row, as far as both views reach (which rows are drawn depends on measured heights).
    const converted = await gridTexts(page)
    const common = Math.min(converted.length, original.length)
    expect(common).toBeGreaterThan(5)
    expect(converted.slice(0, common)).toEqual(original.slice(0, common))
  }
})
