/**
 * Accessibility of the review workspace, measured with axe-core in both themes: the grid, the flag
 * picker, the find bar and the track-changes view must have no serious or critical violation (colour
 * contrast included, on tinted rows too).
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { makeHarness, openApp } from '../harness/bridge'

async function seriousViolations(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`
    )
}

for (const theme of ['light', 'dark'] as const) {
  test(`workspace, flag picker, find bar and track changes have no serious axe violation (${theme})`, async ({
    page
  }) => {
    const harness = makeHarness()
    const opened = await harness.backend.handlers.openSample({})
    if (!opened.ok) throw new Error('sample')
    const { project } = opened.value
    const articleId = project.articles[0]!.id
    // Review work so that every kind of row is on screen: flagged, post-edited, reviewed, needs work.
    const post = (event: Parameters<typeof harness.backend.handlers.appendReview>[0]['event']) =>
      harness.backend.handlers.appendReview({ projectId: project.id, articleId, event })
    await post({ type: 'status.set', row: 'b0', status: 'reviewed' })
    await post({ type: 'status.set', row: 'b1', status: 'needs-work' })
    await post({ type: 'status.set', row: 'b2', status: 'confirmed' })
    await post({
      type: 'edit.set',
      row: 'b3',
      text: 'This became known after US Deputy Secretary of State David Hale visited Belarus, which ended on September 17.'
    })
    for (const [id, severity] of [
      ['f1', 'major'],
      ['f2', 'minor'],
      ['f3', 'critical']
    ] as const) {
      await post({
        type: 'flag.add',
        flag: {
          id,
          row: 'b3',
          side: 'target',
          span: [0, 20],
          category: 'accuracy/mistranslation',
          severity,
          comment: '',
          status: 'open',
          origin: 'reviewer',
          author: '',
          createdAt: '2026-12-06T10:00:00.000Z',
          updatedAt: '2026-12-06T10:00:00.000Z'
        }
      })
    }
    await openApp(page, harness)
    await expect(page.getByRole('grid')).toBeVisible()
    if (theme === 'dark') {
      await page.keyboard.press('Control+Shift+d')
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    }
    const found: string[] = []
    found.push(...(await seriousViolations(page, 'workspace')))

    await page.getByRole('grid').focus()
    await page.keyboard.press('f')
    await expect(page.getByRole('dialog')).toBeVisible()
    found.push(...(await seriousViolations(page, 'flag picker')))
    await page.keyboard.press('Escape')

    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Find' }).fill('Minsk')
    found.push(...(await seriousViolations(page, 'find bar')))
    await page.keyboard.press('Escape')

    await page.keyboard.press('Shift+T')
    found.push(...(await seriousViolations(page, 'track changes and compare')))
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    found.push(...(await seriousViolations(page, 'key overlay')))
    expect(found).toEqual([])
  })
}
