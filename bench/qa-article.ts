/**
 * `node --import tsx bench/qa-article.ts [rows]`: the workspace's automatic checks on a 10,000-row
 * article (default) through the real backend, the checks in their worker (the app) and then in main's
 * thread: the `checkArticle` handler after a fix (rows built from the review state, every check, the
 * speller loaded), with the longest stall of main's event loop meanwhile (what a save waiting behind
 * the checks would wait), asked again with nothing changed (the cached answer), and after another
 * alignment fix (a full new run); then what the window does with the
 * answer — its JSON through IPC, and the one pass that filters the findings and maps them to rows
 * (`indexSuggestions`), plus the QA panel's lines.
 *
 * The article is the WMT RU-EN corpus beside the repo (../shared/corpora), one sentence per line,
 * cycled to the size asked for and numbered so that no two rows are alike; without the corpus, the
 * sample article cycled (and said so). Import and alignment happen first and are not timed here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadEnglishSpeller } from '../src/main/services/qa/speller'
import { createBackend } from '../src/main/backend'
import { replay } from '@shared/review/apply'
import { hasWmt, loadWmtDocs } from '../tests/unit/shared/align/corpora'
import { sampleEn, sampleRu } from '../tests/helpers/paths'
import { readFileSync } from 'node:fs'

const size = Number(process.argv[2] ?? 10_000)

function pairs(): [string, string][] {
  if (hasWmt)
    return loadWmtDocs().flatMap((doc) => doc.ru.map((ru, k): [string, string] => [ru, doc.en[k]!]))
  const ru = readFileSync(sampleRu, 'utf8').trim().split(/\n\n/)
  const en = readFileSync(sampleEn, 'utf8').trim().split(/\n\n/)
  return ru.map((text, k) => [text, en[k]!])
}

function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  return work().then((value) => ({ ms: performance.now() - start, value }))
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

/**
 * The window's pure modules, loaded by path at run time: they belong to the renderer's TypeScript
 * project, which this Node script is not part of (tsx runs them all the same).
 */
interface WindowModules {
  indexSuggestions: (
    input: object,
    previous?: object
  ) => {
    byRow: ReadonlyMap<string, unknown>
    all: readonly unknown[]
  }
  panelLines: (findings: readonly unknown[]) => readonly unknown[]
}
async function windowModules(): Promise<WindowModules> {
  const root = '../src/renderer/src/features/suggestions/'
  const [index, lines] = await Promise.all([
    import(`${root}suggestion-index.ts`) as Promise<Pick<WindowModules, 'indexSuggestions'>>,
    import(`${root}panel-lines.ts`) as Promise<Pick<WindowModules, 'panelLines'>>
  ])
  return { indexSuggestions: index.indexSuggestions, panelLines: lines.panelLines }
}

async function main(): Promise<void> {
  const { indexSuggestions, panelLines } = await windowModules()
  const dir = mkdtempSync(join(tmpdir(), 'calque-qa-bench-'))
  const base = pairs()
  const ru: string[] = []
  const en: string[] = []
  for (let i = 0; i < size; i++) {
    const [source, target] = base[i % base.length]!
    ru.push(`(${i + 1}) ${source}`)
    en.push(`(${i + 1}) ${target}`)
  }
  // One sentence per paragraph: the aligner pairs them one to one, row i = line i.
  writeFileSync(join(dir, 'ru.txt'), ru.join('\n\n') + '\n')
  writeFileSync(join(dir, 'en.txt'), en.join('\n\n') + '\n')
  const speller = await time(() => loadEnglishSpeller())
  const runs: Record<'worker' | 'thread', Awaited<ReturnType<typeof measure>>> = {
    worker: await measure(dir, true),
    thread: await measure(dir, false)
  }
  const { afterFix, view, records } = runs.worker

  const json = JSON.stringify(afterFix.value)
  const parse = performance.now()
  const received = JSON.parse(json) as typeof afterFix.value
  const parseMs = performance.now() - parse

  const state = replay(records, {
    beads: view.beads,
    source: view.source.segments,
    target: view.target.segments
  })
  const input = {
    findings: received.findings,
    beads: state.beads,
    base: { beads: view.beads, source: view.source.segments, target: view.target.segments },
    dismissals: state.dismissals,
    flags: new Map(),
    notes: state.notes,
    checksOff: new Set<string>()
  }
  const indexStart = performance.now()
  const index = indexSuggestions(input)
  const indexMs = performance.now() - indexStart
  const reindexStart = performance.now()
  indexSuggestions(input, index)
  const reindexMs = performance.now() - reindexStart
  const linesStart = performance.now()
  const lines = panelLines(index.all)
  const linesMs = performance.now() - linesStart
  const rows = state.beads.length
  console.log(
    `checkArticle on ${rows.toLocaleString('en')} rows (${hasWmt ? 'WMT RU-EN corpus, numbered' : 'the sample cycled: WMT corpus absent'}); ${cpus().length} CPUs, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`
  )
  console.log(`  English speller, built once per process: ${speller.ms.toFixed(0)} ms`)
  for (const [where, run] of [
    ['in the checks worker (the app)', runs.worker],
    ["in main's thread", runs.thread]
  ] as const) {
    console.log(
      `  ${where}: first run ${run.first.ms.toFixed(0)} ms, ${run.first.value.findings.length.toLocaleString('en')} findings (${run.first.value.ran.length} checks); main's event loop stalled at most ${run.stallMs.toFixed(0)} ms meanwhile`
    )
    console.log(
      `    asked again, nothing changed (cached): ${run.again.ms.toFixed(1)} ms; after an alignment fix (merge): ${run.afterFix.ms.toFixed(0)} ms`
    )
  }
  console.log(
    `  answer as JSON: ${(json.length / 1e6).toFixed(1)} MB, parsed in ${parseMs.toFixed(0)} ms`
  )
  console.log(
    `window: filter + map to rows ${indexMs.toFixed(0)} ms (again, rows reused: ${reindexMs.toFixed(0)} ms) → ${index.byRow.size.toLocaleString('en')} rows with suggestions; QA panel lines ${linesMs.toFixed(1)} ms (${lines.length.toLocaleString('en')})`
  )
}

/** One backend, the checks in a worker or in this thread: three checkArticle calls, timed. */
async function measure(dir: string, checksInWorker: boolean) {
  const backend = createBackend({
    userDataDir: join(dir, checksInWorker ? 'user-worker' : 'user-thread'),
    samplesDir: dir,
    choosePair: async () => ({ source: join(dir, 'ru.txt'), target: join(dir, 'en.txt') }),
    chooseBilingualFile: async () => null,
    chooseDirectory: async () => null,
    systemLocale: 'en-US',
    author: 'bench',
    importInWorker: false,
    checksInWorker
  })
  const opened = unwrap(await backend.handlers.openPair({}))!
  const ids = { projectId: opened.project.id, articleId: opened.project.articles[0]!.id }
  const view = unwrap(await backend.handlers.openArticle(ids))
  // The worker builds its speller when it starts: let it, as the app has by the time an article opens.
  await backend.handlers.checkArticle({ ...ids })
  unwrap(
    await backend.handlers.appendReview({ ...ids, event: { type: 'align.merge', row: 'b20' } })
  )
  // A timer every millisecond: the longest gap between its ticks is the longest stall.
  let last = performance.now()
  let stallMs = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 1)
  const first = await time(async () => unwrap(await backend.handlers.checkArticle(ids)))
  await new Promise((resolve) => setTimeout(resolve, 20))
  clearInterval(ticker)
  const again = await time(async () => unwrap(await backend.handlers.checkArticle(ids)))
  unwrap(
    await backend.handlers.appendReview({ ...ids, event: { type: 'align.merge', row: 'b10' } })
  )
  const afterFix = await time(async () => unwrap(await backend.handlers.checkArticle(ids)))
  const { records } = unwrap(await backend.handlers.openArticle(ids))
  await backend.close()
  return { first, again, afterFix, view, records, stallMs }
}

void main()
