/**
 * `npm run bench:ui`: how the review workspace feels on long articles, measured in the built renderer
 * in Chromium, with the real main-process handlers behind the bridge (the same harness as the
 * end-to-end tests) and the built import worker. For pairs of 1k, 10k and 100k rows built from the
 * RU-EN corpus in `../shared` (the sample article cycled where the corpus is absent, said so):
 *
 *  - files chosen → first rows (two seconds after the app opened, as when a person picks the files, so
 *    the import worker started with the backend is ready): main reading, segmenting and aligning in its worker, writing and opening
 *    the project; main building the article's view; the window drawing it (from the article's arrival,
 *    a User Timing mark, to the frame after its first rows are in the DOM). The harness's own transfer
 *    of the article into the page (JSON through the DevTools protocol, far slower than Electron's IPC)
 *    is shown apart, in brackets, and counted in none of them;
 *  - reopen: after a restart, main opening the project and its article cold;
 *  - scroll: the grid scrolled top to bottom in 240 frames (a scrollbar drag: every frame new rows) —
 *    frame times, long tasks (over 50 ms, PerformanceObserver `longtask`), the most rows in the DOM;
 *  - typing: 36 characters typed into the post-edit field of a row in the middle — per key, the
 *    renderer's main-thread work from the key to the frame that shows it (from a performance trace:
 *    handlers, React, style, layout, paint) and the wall time to that frame (which adds the wait for
 *    the next frame, up to 16.7 ms);
 *  - find: a word typed into the find bar, from the input event to the frame showing the count.
 *
 *   npm run bench:ui                 1k, 10k, 100k
 *   npm run bench:ui -- --quick      1k and 10k
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumExecutable } from '../../tests/e2e/harness/chromium-path'
import { makeHarness, openApp, repoRoot, samplesDir } from '../../tests/e2e/harness/bridge'
import { createBackend } from '../../src/main/backend'
import type { WorkerEntry } from '../../src/main/services/import-job'
import { alignInput, hasWmt } from '../inputs'
import { table } from '../table'
import { keyWorkFromTrace } from './key-trace'

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
  /** Main: read, segment and align in the worker, write the project, open it. */
  readonly importMs: number
  /** Main: the article's view for the window (rows, segments, log records). */
  readonly articleMs: number
  /** The window: from the article's arrival (a User Timing mark) to the frame after its first rows. */
  readonly renderMs: number
  /** The harness carrying the article into the page (JSON over the DevTools protocol); not Electron IPC. */
  readonly bridgeMs: number
  /** Main, after a restart: the project and its article opened cold. */
  readonly reopenMs: number
  readonly frames: readonly number[]
  readonly longTasks: readonly number[]
  readonly maxDomRows: number
  /** Per key: the renderer's main-thread work it causes, up to the frame that shows it (traced). */
  readonly keyWork: readonly number[]
  /** Per key: up to the frame that shows it. */
  readonly keyFrame: readonly number[]
  readonly findMs: number
  readonly findCount: string
  /** `j` in the grid, per press: key event to the frame that shows the new current row. */
  readonly moveMs: readonly number[]
  /** `m` (merge with the next row): key event to the frame with one row fewer. */
  readonly mergeMs: number
}

/**
 * The few browser globals the in-page probes use (this file compiles against Node's types). The probes
 * define no named functions: the TypeScript runner would wrap them in a helper the page lacks.
 */
interface PageGlobals {
  readonly document: {
    querySelector(selector: string): {
      querySelector(selector: string): unknown
      addEventListener(
        type: 'input',
        listener: (event: { timeStamp: number }) => void,
        options: { capture: boolean; once: boolean }
      ): void
    } | null
    getElementById(id: string): { textContent: string | null } | null
    addEventListener(
      type: 'keydown',
      listener: (event: { timeStamp: number }) => void,
      options: { capture: boolean; once?: boolean }
    ): void
  }
  requestAnimationFrame(callback: (time: number) => void): number
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null }
    port2: { postMessage(message: null): void }
  }
  MutationObserver: new (callback: () => void) => {
    observe(
      target: unknown,
      options: {
        childList: boolean
        characterData: boolean
        subtree: boolean
        attributes?: boolean
      }
    ): void
    disconnect(): void
  }
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

/**
 * Per key typed into the post-edit field: the renderer's main-thread work it causes, up to the frame
 * that shows it (from a performance trace, `key-trace.ts`), and the wall time to that frame (a
 * `requestAnimationFrame`, then a task), which also holds the wait for the next frame.
 */
async function typeLatencies(
  page: Page,
  browser: Browser,
  text: string
): Promise<{ work: number[]; frame: number[] }> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    const frame: number[] = []
    page.__keyFrame = frame
    page.document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp
        page.requestAnimationFrame(() => setTimeout(() => frame.push(performance.now() - start)))
      },
      { capture: true }
    )
  })
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline']
  })
  for (const character of text) {
    await page.keyboard.type(character)
    await page.waitForTimeout(20)
  }
  await page.waitForTimeout(100)
  const work = keyWorkFromTrace(await browser.stopTracing())
  const frame = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).__keyFrame as number[]
  )
  return { work, frame }
}

/**
 * Presses `key` `times` times in the grid; per press, the time from the key event to the frame after
 * the grid changed (the current row moved, or, with `rowCount`, the grid has that many rows).
 */
async function keyToFrame(
  page: Page,
  key: string,
  times: number,
  rowCount?: () => number
): Promise<number[]> {
  const latencies: number[] = []
  for (let i = 0; i < times; i++) {
    await page.evaluate((expected) => {
      const page = globalThis as unknown as PageGlobals
      const grid = page.document.querySelector('[role="grid"]') as unknown as {
        getAttribute(name: string): string | null
      }
      const before = grid.getAttribute('aria-activedescendant')
      page.__key = new Promise<number>((resolve) => {
        page.document.addEventListener(
          'keydown',
          (event) => {
            const start = event.timeStamp
            const observer = new page.MutationObserver(() => {
              const done =
                expected === null
                  ? grid.getAttribute('aria-activedescendant') !== before
                  : grid.getAttribute('aria-rowcount') === String(expected + 1)
              if (!done) return
              observer.disconnect()
              page.requestAnimationFrame(() => resolve(performance.now() - start))
            })
            observer.observe(grid, {
              childList: true,
              characterData: true,
              subtree: true,
              attributes: true
            })
          },
          { capture: true, once: true }
        )
      })
    }, rowCount?.() ?? null)
    await page.keyboard.press(key)
    latencies.push(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).__key as Promise<number>)
    )
  }
  return latencies
}

/** The built import worker when there is one (as in the app); else it starts from source. */
function importWorker(): WorkerEntry | undefined {
  const built = join(repoRoot, 'out/main/import-worker.js')
  return existsSync(built) ? { file: built, data: {} } : undefined
}

function backendFor(userDataDir: string, projectDir: string | null, pair: Pair & { dir: string }) {
  const worker = importWorker()
  return createBackend({
    userDataDir,
    samplesDir,
    choosePair: async () => ({
      source: join(pair.dir, 'ru.txt'),
      target: join(pair.dir, 'en.txt')
    }),
    chooseBilingualFile: async () => null,
    chooseDirectory: async () => null,
    chooseProjectFolder: async () => projectDir,
    systemLocale: 'en-US',
    author: 'bench',
    ...(worker ? { importWorker: worker } : {})
  })
}

/** Resolves (in the page) at the frame after the grid's first body row is in the DOM. */
async function watchFirstRows(page: Page): Promise<void> {
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
}

/** Time from the find field's input event to the frame showing the new count, in the page. */
async function findLatency(page: Page, query: string): Promise<{ ms: number; count: string }> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    const field = page.document.querySelector('input[type="search"]')!
    const count = page.document.getElementById('find-count')!
    page.__find = new Promise<number>((resolve) => {
      field.addEventListener(
        'input',
        (event) => {
          const start = event.timeStamp
          const observer = new page.MutationObserver(() => {
            if (!/\d/.test(count.textContent ?? '')) return
            observer.disconnect()
            page.requestAnimationFrame(() => resolve(performance.now() - start))
          })
          observer.observe(count, { childList: true, characterData: true, subtree: true })
        },
        { capture: true, once: true }
      )
    })
  })
  await page.getByRole('searchbox', { name: 'Find' }).fill(query)
  const ms = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).__find as Promise<number>
  )
  return { ms, count: (await page.locator('#find-count').textContent()) ?? '' }
}

/** How long the app has been open when the files are chosen (see `measure`). */
const WORKER_START_MS = 2000

async function measure(size: number, pair: Pair): Promise<Result> {
  const workDir = mkdtempSync(join(tmpdir(), 'calque-bench-ui-'))
  const files = { ...pair, dir: workDir }
  writeFileSync(join(workDir, 'ru.txt'), pair.ru)
  writeFileSync(join(workDir, 'en.txt'), pair.en)
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
    const harness = makeHarness(join(workDir, 'user-data'))
    await harness.backend.close()
    Object.assign(harness, { backend: backendFor(harness.userDataDir, null, files) })
    await openApp(page, harness)
    // A person takes a few seconds in the file dialog; by the time the files are chosen the import
    // worker started with the backend is up and warmed (run alone, without the wait, the first
    // import also pays its start: about half a second here).
    await new Promise((resolve) => setTimeout(resolve, WORKER_START_MS))

    // Files chosen -> first rows: main reads, segments and aligns in its worker, writes the project
    // and opens it; the window asks for the article and draws it.
    await watchFirstRows(page)
    const started = performance.now()
    const opened = await harness.backend.handlers.openPair({})
    const importMs = performance.now() - started
    if (!opened.ok || opened.value === null)
      throw new Error(`open failed: ${JSON.stringify(opened)}`)
    await harness.emit!('projectOpened', opened.value)
    const timing = await page.evaluate(async () => {
      const drawn = await ((globalThis as unknown as PageGlobals).__firstRows as Promise<number>)
      const [requested, received] = ['calque:article-requested', 'calque:article-received'].map(
        (name) => performance.getEntriesByName(name).at(-1)!.startTime
      ) as [number, number]
      return { bridgeMs: received - requested, renderMs: drawn - received }
    })
    // The article as main builds it for the window (the same call the page made).
    const ids = {
      projectId: opened.value.project.id,
      articleId: opened.value.project.articles[0]!.id
    }
    const articleStarted = performance.now()
    await harness.backend.handlers.openArticle(ids)
    const articleMs = performance.now() - articleStarted
    // aria-rowcount counts the header row too.
    const rows = Number(await grid(page).getAttribute('aria-rowcount')) - 1

    // After a restart: the project and its article opened cold (read, replay, build the view).
    const projectDir = opened.value.project.dir
    await harness.backend.close()
    const cold = backendFor(harness.userDataDir, projectDir, files)
    const reopenStarted = performance.now()
    const reopened = await cold.handlers.openProjectFolder({})
    if (!reopened.ok || reopened.value === null) throw new Error('the project did not reopen')
    await cold.handlers.openArticle(ids)
    const reopenMs = performance.now() - reopenStarted
    Object.assign(harness, { backend: cold })

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
    const move = await keyToFrame(page, 'j', 20)
    // Merging the current row with the next: to the frame showing one row fewer.
    const merge = await keyToFrame(page, 'm', 1, () => rows - 1)
    await page.keyboard.press('Enter')
    await page.getByRole('textbox').first().waitFor()
    await page.keyboard.press('End')
    const keys = await typeLatencies(page, browser, ' and then some more words typed here')
    await page.keyboard.press('Escape')

    await grid(page).focus()
    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Find' }).waitFor()
    const find = await findLatency(page, 'Moscow')

    return {
      rows,
      importMs,
      articleMs,
      renderMs: timing.renderMs,
      bridgeMs: timing.bridgeMs - articleMs,
      reopenMs,
      frames,
      longTasks,
      maxDomRows,
      keyWork: keys.work,
      keyFrame: keys.frame,
      findMs: find.ms,
      findCount: find.count,
      moveMs: move,
      mergeMs: merge[0]!
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
      seconds(result.importMs + result.articleMs + result.renderMs),
      `${seconds(result.importMs)} + ${seconds(result.articleMs)} + ${seconds(result.renderMs)}`,
      seconds(result.bridgeMs),
      seconds(result.reopenMs),
      `${ms(percentile(result.frames, 50))} / ${ms(percentile(result.frames, 95))} / ${ms(Math.max(...result.frames))}`,
      `${result.longTasks.length} (max ${ms(result.longTasks.length ? Math.max(...result.longTasks) : 0)})`,
      `${result.maxDomRows}`,
      `${ms(percentile(result.keyWork, 50))} / ${ms(percentile(result.keyWork, 95))} / ${ms(Math.max(...result.keyWork))}`,
      `${ms(percentile(result.keyFrame, 50))} / ${ms(percentile(result.keyFrame, 95))}`,
      `${ms(result.findMs)} (${result.findCount})`,
      `${ms(percentile(result.moveMs, 50))} / ${ms(percentile(result.moveMs, 95))}`,
      ms(result.mergeMs)
    ])
    console.log(`  measured ${size.toLocaleString('en')}`)
  }
  console.log(
    table(
      [
        'rows',
        'files chosen → first rows',
        '= import + article + draw',
        '(harness bridge)',
        'reopen (main)',
        'scroll frame p50/p95/max',
        'long tasks scrolling',
        'rows in DOM (max)',
        'key work p50/p95/max',
        'key → frame p50/p95',
        'find "Moscow"',
        'j → frame p50/p95',
        'merge (m) → frame'
      ],
      rows
    )
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
