/**
 * `calque export SOURCE TARGET|PROJECT --to FORMAT [-o FILE] [--article NAME]`: the exports of the app
 * from the command line. A project folder exports its review; a source/MT pair is read, aligned and
 * exported with no review. Text formats go to stdout without `-o`; binary ones (DOCX, XLSX) need it.
 * Files are written atomically.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import i18next, { type i18n } from 'i18next'
import type { ReviewedArticle } from '@shared/domain/article'
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from '@shared/export'
import { resources } from '@shared/i18n/resources'
import { CalqueFailure } from '@shared/domain/errors'
import { MANIFEST_FILE, PROJECT_FILE } from '@shared/project/format'
import { loadPairArticle } from '../../main/services/export/load-pair'
import { loadProjectArticles } from '../../main/services/export/load-project'
import { renderExport } from '../../main/services/export/render'
import { writeExportFile } from '../../main/services/export/write-export'
import { defineCommand } from '../command'
import { EXIT_FILE_ERROR, EXIT_OK, EXIT_USAGE, type CliIo } from '../io'
import { errorMessage } from '../messages'
import { reportWarnings } from '../read-input'
import { lastValue, scanArgs, usage, type Usage } from '../options'
import { readVersion } from '../version'

export interface ExportCommand {
  readonly kind: 'export'
  /** A project folder (one input), or the Russian source and English MT (two). */
  readonly inputs: readonly string[]
  readonly to: ExportFormat
  readonly output?: string
  readonly article?: string
  readonly trackChanges: boolean
  readonly table: 'rows' | 'flags'
  readonly profile: 'its' | 'strict'
}

function parseExport(
  args: readonly string[]
): { readonly ok: true; readonly options: ExportCommand } | Usage {
  const scanned = scanArgs('export', args, {
    flags: ['--track-changes'],
    options: ['--to', '-o', '--output', '--article', '--table', '--profile']
  })
  if (!scanned.ok) return scanned
  const { files, flags } = scanned.args
  if (files.length === 0 || files.length > 2) {
    return usage('export needs a project folder, or SOURCE (Russian) and TARGET (English)')
  }
  const to = lastValue(scanned.args, '--to')
  if (to === undefined)
    return usage(`export needs --to FORMAT (one of: ${EXPORT_FORMATS.join(', ')})`)
  if (!(EXPORT_FORMATS as readonly string[]).includes(to)) {
    return usage(`unknown format "${to}" (one of: ${EXPORT_FORMATS.join(', ')})`)
  }
  const table = lastValue(scanned.args, '--table') ?? 'rows'
  if (table !== 'rows' && table !== 'flags')
    return usage(`--table is rows or flags, not "${table}"`)
  const profile = lastValue(scanned.args, '--profile') ?? 'its'
  if (profile !== 'its' && profile !== 'strict')
    return usage(`--profile is its or strict, not "${profile}"`)
  const output = lastValue(scanned.args, '-o') ?? lastValue(scanned.args, '--output')
  const article = lastValue(scanned.args, '--article')
  return {
    ok: true,
    options: {
      kind: 'export',
      inputs: files,
      to: to as ExportFormat,
      ...(output === undefined ? {} : { output }),
      ...(article === undefined ? {} : { article }),
      trackChanges: flags.has('--track-changes'),
      table,
      profile
    }
  }
}

export const exportCommand = defineCommand<ExportCommand>({
  name: 'export',
  help: `  export PROJECT --to FORMAT [-o FILE]
  export SOURCE TARGET --to FORMAT [-o FILE]
                        Export a project's review (a project folder), or a pair read and
                        aligned with no review yet. FORMAT is one of:
                          txt, md, docx   the corrected English (post-edits, else the MT)
                          xliff21         XLIFF 2.1 with ITS quality-issue marks
                          xliff12         XLIFF 1.2 with ITS marks as Okapi writes them
                          tmx             TMX 1.4b of the confirmed rows
                          csv, xlsx       the rows and the flags tables (xlsx: both,
                                          csv: one, see --table)
                          json            Calque's full review (re-importable)
                        Text goes to stdout unless -o FILE is given; docx and xlsx need -o.
    -o, --output FILE   Write FILE (atomically: the old file stays until the new one is whole).
    --article NAME      Only this article of the project (its name or id).
    --track-changes     docx: show post-edits against the MT (deleted struck, inserted underlined).
    --table rows|flags  csv: which table (rows by default).
    --profile its|strict
                        xliff12: ITS marks (transitional schema, default), or strict XLIFF 1.2
                        with flags as notes.

`,
  parse: parseExport,
  run: runExport
})

let translator: i18n | undefined
function t(key: string, options: Record<string, unknown> = {}): string {
  if (!translator) {
    translator = i18next.createInstance()
    void translator.init({
      lng: 'en',
      fallbackLng: 'en',
      resources,
      ns: ['export'],
      defaultNS: 'export',
      initAsync: false,
      interpolation: { escapeValue: false }
    })
  }
  return translator.t(key, options)
}

export async function runExport(command: ExportCommand, io: CliIo): Promise<number> {
  const info = EXPORT_FORMAT_INFO[command.to]
  if (info.binary && command.output === undefined) {
    io.stderr(`calque: ${t('errors.binaryNeedsFile', { format: command.to })}\n`)
    return EXIT_USAGE
  }
  let articles: readonly ReviewedArticle[]
  try {
    articles = await load(command, io)
  } catch (error) {
    if (error instanceof NotAProject) {
      io.stderr(`calque: ${t('errors.notAProject', { path: error.path })}\n`)
      return EXIT_FILE_ERROR
    }
    if (error instanceof CalqueFailure) {
      io.stderr(`calque: ${errorMessage(error.error)}\n`)
      return EXIT_FILE_ERROR
    }
    throw error
  }
  if (command.article !== undefined) {
    const chosen = articles.filter((a) => a.name === command.article || a.id === command.article)
    if (chosen.length === 0) {
      const names = articles.map((a) => `“${a.name}”`).join(', ')
      io.stderr(`calque: ${t('errors.articleNotFound', { name: command.article, names })}\n`)
      return EXIT_USAGE
    }
    articles = chosen
  }
  const data = await renderExport(articles, command.to, {
    toolVersion: readVersion(),
    trackChanges: command.trackChanges,
    table: command.table,
    xliff12Profile: command.profile
  })
  if (command.output === undefined) {
    io.stdout(typeof data === 'string' ? data : new TextDecoder().decode(data))
    return EXIT_OK
  }
  try {
    await writeExportFile(command.output, data)
  } catch (error) {
    if (error instanceof CalqueFailure) {
      io.stderr(`calque: ${errorMessage(error.error)}\n`)
      return EXIT_FILE_ERROR
    }
    throw error
  }
  io.stderr(`calque: ${t('done.written', { count: articles.length, path: command.output })}\n`)
  return EXIT_OK
}

/** One input that is not a project folder (a file, or a folder without a manifest). */
class NotAProject extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a project folder`)
  }
}

async function load(command: ExportCommand, io: CliIo): Promise<readonly ReviewedArticle[]> {
  if (command.inputs.length === 2) {
    const [source, target] = command.inputs as [string, string]
    const { article, warnings } = await loadPairArticle(source, target)
    reportWarnings(io, warnings.source, source, 'ru')
    reportWarnings(io, warnings.target, target, 'en')
    return [article]
  }
  const dir = command.inputs[0]!
  const info = await stat(dir).catch(() => null)
  if (!info) throw new CalqueFailure({ code: 'file-missing', path: dir })
  // project.json, or manifest.json for a folder of the first format.
  const marker = info.isDirectory()
    ? ((await stat(join(dir, PROJECT_FILE)).catch(() => null)) ??
      (await stat(join(dir, MANIFEST_FILE)).catch(() => null)))
    : null
  if (!marker) throw new NotAProject(dir)
  return loadProjectArticles(dir)
}
