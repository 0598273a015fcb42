import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { makeHarness, openApp, repoRoot } from '../harness/bridge'
import { seedSample } from './dashboard-seed'

test('scratch', async ({ page }) => {
  const harness = makeHarness()
  await seedSample(harness)
  await openApp(page, harness)
  await expect(page.getByRole('grid')).toBeVisible()
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('region', { name: 'QA dashboard' })).toBeVisible()
  await page.waitForTimeout(500)
  await page.screenshot({ path: '/tmp/dash-overview.png' })
  await page.getByRole('tab', { name: /Flag tracker/ }).click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: '/tmp/dash-tracker.png' })
  void join, repoRoot
})
