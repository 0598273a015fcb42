/**
 * `npm run bench:ui`: how the review workspace feels on long articles, measured in the built renderer
 * in Chromium, with the real main-process handlers behind the bridge (the same harness as the
 * end-to-end tests). For pairs of 1k, 10k and 100k rows built from the RU-EN corpus in `../shared`
 * (the sample article cycled where the corpus is absent, said so in the output):
 *
 *  - open: the backend reading, segmenting, aligning and saving the pair; the backend opening the
 *    article (read, replay, build the view); the window, from the article's arrival (a User Timing
 *    mark) to the frame after its first rows are in the DOM. The harness's own transfer of the article
 *    into the page (JSON through the DevTools protocol, much slower than Electron's IPC) is shown
 *    apart, in brackets, and counted in neither;
 *  - scroll: the grid scrolled top to bottom in 240 frames — frame times and long tasks (> 50 ms,
 *    PerformanceObserver `longtask`), the most rows ever in the DOM;
 *  - typing: 40 characters typed into the post-edit field of a row in the middle — for each key, the
 *    time from the key event to the frame after it (a `requestAnimationFrame`, then a task: the paint
 *    that shows the character has been produced);
 *  - find: a word typed into the find bar, until the hit count is on screen.
 *
 *   npm run bench:ui                 1k, 10k, 100k
 *   npm run bench:ui -- --quick      1k and 10k
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { chromiumExecutable } from '../../tests/e2e/harness/chromium-path'
import { makeHarness, openApp, samplesDir } from '../../tests/e2e/harness/bridge'
import { createBackend } from '../../src/main/backend'
import { alignInput, hasWmt } from '../inputs'
import { table } from '../table'

const quick = process.argv.includes('--quick')
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]
const SENTENCES_PER_PARAGRAPH = 4

interface Pair {
  readonly ru: string
  readonly en: string
}

/** About `size` sentence pairs as two running texts, four sentences to a paragraph. */
function pairOf(size: number): Pair {
  if (hasWmt) {
    const input = alignInput(size, 'clean')
    return { ru: paragraphs(input.source), en: paragraphs(input.target) }
  }
  const dir = join(samplesDir, 'belarus-usa-ambassadors')
  const ru = readFileSync(join(dir, 'ru.txt'), 'utf8').trim()
  const en = readFileSync(join(dir, 'en.txt'), 'utf8').trim()
  const copies = Math.ceil(size / 50)
  return {
    ru: Array.from({ length: copies }, () => ru).join('\n\n'),
    en: Array.from({ length: copies }, () => en).join('\n\n')
  }
}

function paragraphs(sentences: readonly string[]): string {
  const out: string[] = []
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) {
    out.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' '))
  }
  return out.join('\n\n')
}

const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`)
const seconds = (value: number) =>
  value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`

interface Result {
  readonly rows: number
  readonly importMs: number
  /** The backend opening the project and its article cold (read, replay, build the view). */
  readonly backendMs: number
  /** The harness carrying the article into the page (JSON over the DevTools protocol); not Electron IPC. */
  readonly transferMs: number
  /** From the article arriving in the window to the frame after its first rows are in the DOM. */
  readonly renderMs: number
  readonly frames: readonly number[]
  readonly longTasks: readonly number[]
  readonly maxDomRows: number
  readonly keyLatencies: readonly number[]
  readonly findMs: number
  readonly findCount: string
}

/**
 * The few browser globals the in-page probes use (this file compiles against Node's types). The probes
 * define no named functions: the TypeScript runner would wrap them in a helper the page lacks.
 */
interface PageGlobals {
  readonly document: {
    querySelector(selector: string): { querySelector(selector: string): unknown } | null
    getElementById(id: string): { textContent: string | null } | null
    addEventListener(
      type: 'keydown',
      listener: (event: { timeStamp: number }) => void,
      options: { capture: boolean }
    ): void
  }
  requestAnimationFrame(callback: (time: number) => void): number
  PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
    observe(options: { type: string }): void
  }
  [probe: `__${string}`]: unknown
}
const grid = (page: Page) => page.getByRole('grid')
const bodyRows = (page: Page) => grid(page).locator('[role="rowgroup"]').last().getByRole('row')

/** Counts long tasks from here on (the page keeps them in `__longTasks`). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    const store: number[] = []
    page.__longTasks = store
    new page.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
}

async function scrollThrough(page: Page): Promise<{ frames: number[]; maxDomRows: number }> {
  return grid(page).evaluate(async (element) => {
    const FRAMES = 240
    const scroller = element as unknown as {
      scrollTop: number
      scrollHeight: number
      clientHeight: number
      querySelectorAll(selector: string): { length: number }
    }
    const step = (scroller.scrollHeight - scroller.clientHeight) / FRAMES
    const frames: number[] = []
    let maxDomRows = 0
    let last = performance.now()
    for (let i = 1; i <= FRAMES; i++) {
      scroller.scrollTop = Math.round(step * i)
      await new Promise((resolve) =>
        (globalThis as unknown as PageGlobals).requestAnimationFrame(resolve)
      )
      const now = performance.now()
      frames.push(now - last)
      last = now
      maxDomRows = Math.max(maxDomRows, scroller.querySelectorAll('[role="row"]').length)
    }
    return { frames, maxDomRows }
  })
}

/** Per key: key event → the task after the next animation frame (the frame showing it is done). */
async function typeLatencies(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    const store: number[] = []
    page.__keyLatencies = store
    page.document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp
        page.requestAnimationFrame(() => setTimeout(() => store.push(performance.now() - start)))
      },
      { capture: true }
    )
  })
  for (const character of text) {
    await page.keyboard.type(character)
    await page.waitForTimeout(20)
  }
  await page.waitForTimeout(100)
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__keyLatencies as number[])
}

async function measure(size: number, pair: Pair): Promise<Result> {
  const workDir = mkdtempSync(join(tmpdir(), 'calque-bench-ui-'))
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
    const harness = makeHarness(join(workDir, 'user-data'))
    writeFileSync(join(workDir, 'ru.txt'), pair.ru)
    writeFileSync(join(workDir, 'en.txt'), pair.en)
    await openApp(page, harness)

    harness.nextPair = { source: join(workDir, 'ru.txt'), target: join(workDir, 'en.txt') }
    const started = performance.now()
    const opened = await harness.backend.handlers.openPair({})
    const imported = performance.now()
    if (!opened.ok || opened.value === null)
      throw new Error(`open failed: ${JSON.stringify(opened)}`)
    // The backend opening the project and its article cold, as after a restart (read the files,
    // replay the log, build the view): a second backend on the same folders, once the first let go.
    const projectDir = opened.value.project.dir
    await harness.backend.close()
    const cold = createBackend({
      userDataDir: harness.userDataDir,
      samplesDir,
      choosePair: async () => null,
      chooseBilingualFile: async () => null,
      chooseDirectory: async () => null,
      chooseProjectFolder: async () => projectDir,
      systemLocale: 'en-US',
      author: 'bench'
    })
    const backendStarted = performance.now()
    const reopened = await cold.handlers.openProjectFolder({})
    if (!reopened.ok || reopened.value === null) throw new Error('the project did not reopen')
    const article = await cold.handlers.openArticle({
      projectId: reopened.value.project.id,
      articleId: reopened.value.project.articles[0]!.id
    })
    if (!article.ok) throw new Error('the article did not open')
    const backendMs = performance.now() - backendStarted
    // The window talks to the backend that has the project open now.
    Object.assign(harness, { backend: cold })

    // Polls every frame for the first body row; resolves at the frame after it is there.
    await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals
      page.__firstRows = (async () => {
        for (;;) {
          await new Promise((resolve) => page.requestAnimationFrame(resolve))
          const grid = page.document.querySelector('[role="grid"]')
          if (grid?.querySelector('[role="rowgroup"]:last-child [role="row"]')) break
        }
        await new Promise((resolve) => page.requestAnimationFrame(resolve))
        return performance.now()
      })()
    })
    // The window is told, as main tells it after File › Open Pair…, and asks for the article.
    await page.evaluate(
      (payload) =>
        (globalThis as unknown as { __calqueEmit: (e: string, p: unknown) => void }).__calqueEmit(
          'projectOpened',
          payload
        ),
      reopened.value as unknown
    )
    const timing = await page.evaluate(async () => {
      const drawn = await ((globalThis as unknown as PageGlobals).__firstRows as Promise<number>)
      const [requested, received] = ['calque:article-requested', 'calque:article-received'].map(
        (name) => performance.getEntriesByName(name).at(-1)!.startTime
      ) as [number, number]
      return { transferMs: received - requested, renderMs: drawn - received }
    })
    // aria-rowcount counts the header row too.
    const rows = Number(await grid(page).getAttribute('aria-rowcount')) - 1

    await watchLongTasks(page)
    const { frames, maxDomRows } = await scrollThrough(page)
    const longTasks = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__longTasks as number[]
    )

    // The post-edit field of a row in the middle of the article.
    await grid(page).evaluate((element) => {
      const scroller = element as unknown as { scrollTop: number; scrollHeight: number }
      scroller.scrollTop = scroller.scrollHeight / 2
    })
    await page.waitForTimeout(200)
    await bodyRows(page).nth(3).click()
    await page.keyboard.press('Enter')
    await page.getByRole('textbox').first().waitFor()
    await page.keyboard.press('End')
    const keyLatencies = await typeLatencies(page, ' and then some more words typed here')
    await page.keyboard.press('Escape')

    await grid(page).focus()
    await page.keyboard.press('Control+f')
    const field = page.getByRole('searchbox', { name: 'Find' })
    await field.waitFor()
    const findStarted = performance.now()
    await field.fill('Moscow')
    await page.waitForFunction(() =>
      /\d/.test(
        (globalThis as unknown as PageGlobals).document.getElementById('find-count')?.textContent ??
          ''
      )
    )
    const findMs = performance.now() - findStarted
    const findCount = (await page.locator('#find-count').textContent()) ?? ''

    return {
      rows,
      importMs: imported - started,
      backendMs,
      transferMs: timing.transferMs - backendMs,
      renderMs: timing.renderMs,
      frames,
      longTasks,
      maxDomRows,
      keyLatencies,
      findMs,
      findCount
    }
  } finally {
    await browser.close()
    rmSync(workDir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  console.log(
    hasWmt
      ? 'Input: WMT21–23 RU-EN documents from ../shared/corpora, cycled to size.'
      : 'Input: ../shared/corpora is absent — the sample article cycled to size instead.'
  )
  const rows: string[][] = []
  for (const size of SIZES) {
    const result = await measure(size, pairOf(size))
    rows.push([
      `${result.rows.toLocaleString('en')}`,
      seconds(result.importMs),
      seconds(result.backendMs),
      seconds(result.renderMs),
      seconds(result.transferMs),
      `${ms(percentile(result.frames, 50))} / ${ms(percentile(result.frames, 95))} / ${ms(Math.max(...result.frames))}`,
      `${result.longTasks.length} (max ${ms(result.longTasks.length ? Math.max(...result.longTasks) : 0)})`,
      `${result.maxDomRows}`,
      `${ms(percentile(result.keyLatencies, 50))} / ${ms(percentile(result.keyLatencies, 95))}`,
      `${seconds(result.findMs)} (${result.findCount})`
    ])
    console.log(`  measured ${size.toLocaleString('en')}`)
  }
  console.log(
    table(
      [
        'rows',
        'import pair',
        'open article (main)',
        'article → first rows',
        '(harness transfer)',
        'scroll frame p50/p95/max',
        'long tasks while scrolling',
        'rows in DOM (max)',
        'key → frame p50/p95',
        'find "Moscow"'
      ],
      rows
    )
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
