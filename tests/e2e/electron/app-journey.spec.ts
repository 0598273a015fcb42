import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { repoRoot } from '../harness/bridge'
import { findElectronBinary } from '../harness/electron-binary'
import { invokeChannels } from '@shared/ipc/channels'

const binary = findElectronBinary()
const needsDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY

test.describe('the real Electron app', () => {
  test.skip(binary.path === null, `skipped: ${binary.path === null ? binary.reason : ''}`)
  test.skip(
    needsDisplay,
    'skipped: no display on this Linux machine; run the suite under xvfb-run -a (npm test does when xvfb-run exists)'
  )

  test('opens the sample on first launch, flags a row, and finds the flag when the app reopens it on restart', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'calque-electron-'))
    const launch = () =>
      electron.launch({
        executablePath: binary.path!,
        args: [repoRoot],
        env: { ...process.env, CALQUE_USER_DATA: userData }
      })

    let app = await launch()
    let window = await app.firstWindow()
    // Locked down as configured: no Node in the page, only the contract's bridge.
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as unknown as { calque: object }).calque).sort()
    }))
    expect(page.require).toBe('undefined')
    expect(page.process).toBe('undefined')
    expect(page.bridge).toEqual([...Object.keys(invokeChannels), 'on'].sort())

    // Find the calque (the grid only draws the rows in view), flag its row, post-edit it.
    await expect(window.getByRole('grid')).toBeVisible()
    await window.keyboard.press('Control+f')
    await window.getByRole('searchbox', { name: 'Find' }).fill('morning chairs')
    await window.keyboard.press('Escape')
    const idiomRow = window
      .getByRole('row')
      .filter({ hasText: 'утром стулья — вечером деньги' })
      .first()
    await expect(idiomRow).toContainText('morning chairs')
    await window.keyboard.press('f')
    await window.keyboard.type('mistrans')
    await window.keyboard.press('2')
    await window.keyboard.press('Enter')
    await expect(idiomRow.locator('.flag-chip')).toContainText('Mistranslation')
    await expect(window.locator('.status-bar .save-state')).toContainText(/Saved at/)
    await app.close()

    app = await launch()
    window = await app.firstWindow()
    // The app reopens the project the reviewer left, on the row where they were.
    await expect(window.locator('[role="row"][aria-selected="true"] .flag-chip')).toContainText(
      'Mistranslation'
    )
    await app.close()
  })
})
