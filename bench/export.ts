/**
 * Export and re-import speed on a large reviewed article: the reviewed sample (flags, post-edits,
 * statuses; tests/unit/shared/export/sample-article.ts) repeated to ROWS rows. Median of 3 runs per
 * format, with the output size. Plain text table on stdout.
 *
 *   node --import tsx bench/export.ts            10,000 rows
 *   node --import tsx bench/export.ts 50000      another size
 */
import type { ReviewedArticle } from '@shared/domain/article'
import { exportArticles, type ExportFormat } from '@shared/export'
import { readInterchange } from '@shared/interchange'
import { writeXlsx } from '../src/main/services/export/xlsx'
import { sampleArticle } from '../tests/unit/shared/export/sample-article'
import { table } from './table'

const ROWS = Number(process.argv[2] ?? 10_000)

function big(rows: number): ReviewedArticle {
  const base = sampleArticle.rows
  return {
    ...sampleArticle,
    rows: Array.from({ length: rows }, (_, k) => {
      const row = base[k % base.length]!
      const id = `b${k}`
      return {
        ...row,
        id,
        index: k,
        flags: row.flags.map((f) => ({ ...f, id: `${f.id}-${k}`, row: id }))
      }
    })
  }
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let k = 0; k < 3; k++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[1]!
}

async function main(): Promise<void> {
  const article = big(ROWS)
  const flags = article.rows.reduce((n, r) => n + r.flags.length, 0)
  const lines: string[][] = []
  const formats: ExportFormat[] = [
    'txt',
    'md',
    'docx',
    'xliff21',
    'xliff12',
    'tmx',
    'csv',
    'xlsx',
    'json'
  ]
  for (const format of formats) {
    const write = () =>
      format === 'xlsx' ? writeXlsx([article]) : exportArticles([article], format)
    const output = await write()
    const size =
      typeof output === 'string' ? new TextEncoder().encode(output).length : output.length
    const written = await median(write)
    const readable =
      ['xliff21', 'xliff12', 'tmx', 'json'].includes(format) && typeof output === 'string'
    const read = readable ? await median(async () => readInterchange(output)) : null
    lines.push([
      format,
      `${written.toFixed(0)} ms`,
      read === null ? '' : `${read.toFixed(0)} ms`,
      `${(size / 1024).toFixed(0)} kB`
    ])
  }
  console.log(
    `Export of one article: ${ROWS} rows, ${flags} flags (the reviewed sample repeated), median of 3`
  )
  console.log(table(['format', 'write', 'read back', 'size'], lines))
}

void main()
