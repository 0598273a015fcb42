// Temporary: screenshots of the alignment fixes on the real backend (deleted after use).
import { chromium } from 'playwright-core'
import { makeHarness, openApp } from './tests/e2e/harness/bridge'

async function main(): Promise<void> {
  const harness = makeHarness()
  const opened = await harness.backend.handlers.openSample({})
  if (!opened.ok) throw new Error(JSON.stringify(opened.error))
  const browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--disable-gpu']
  })
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
  page.on('pageerror', (e) => console.error('pageerror', e))
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()))
  await openApp(page, harness)
  const grid = page.getByRole('grid')
  const rows = grid.locator('[role="rowgroup"]').last().getByRole('row')
  await rows.first().waitFor()
  await grid.focus()
  // Row 15: "It is too early…"; open the menu on it with a right click.
  const row15 = rows.nth(14)
  await row15.scrollIntoViewIfNeeded()
  await row15.getByRole('gridcell').nth(2).click({ button: 'right', position: { x: 120, y: 20 } })
  await page.getByRole('menu').waitFor()
  await page.keyboard.press('ArrowDown')
  await page.screenshot({ path: '/tmp/shots/menu.png' })
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await page.getByText(/All changes saved at/).waitFor()
  await page.screenshot({ path: '/tmp/shots/merged.png' })
  // Split chooser on the merged row.
  await page.keyboard.press('s')
  await page.getByRole('dialog').waitFor()
  await page.screenshot({ path: '/tmp/shots/split.png' })
  await page.keyboard.press('Escape')
  // Unlink row 17 and move: the 1-0 / 0-1 markers and the manual mark.
  await page.keyboard.press('j')
  await page.keyboard.press('u')
  await page.getByText(/All changes saved at/).waitFor()
  await page.screenshot({ path: '/tmp/shots/unlinked.png' })
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await page.getByRole('radio', { name: 'Russian' }).click()
  await grid.focus()
  await page.keyboard.press('Shift+F10')
  await page.getByRole('menu').waitFor()
  await page.screenshot({ path: '/tmp/shots/menu-ru.png' })
  await page.keyboard.press('Escape')
  await page.waitForTimeout(300)
  await page.screenshot({ path: '/tmp/shots/undone.png' })
  const count = await rows.count()
  console.log('rows after two undos', count)
  await browser.close()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
