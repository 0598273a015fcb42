/**
 * `calque check SOURCE TARGET` (or `calque check BILINGUAL`): the automatic quality checks over the
 * rows `calque align` gives for the same input (same import, same aligner, same row indices), printed
 * as a table or as JSON. Finding something is not a failure: the exit status is 0 either way, and 2
 * for bad input (a wrong command line, or a file that cannot be used).
 */
import i18next, { type i18n } from 'i18next'
import { resources } from '@shared/i18n/resources'
import type { EncodingName } from '@shared/import/types'
import { ENCODINGS } from '@shared/import/types'
import { CalqueFailure } from '@shared/domain/errors'
import { CHECK_IDS, isCheckId, runChecks, type CheckId, type Finding, type QaRow } from '@shared/qa'
import { alignedRows } from '@shared/review/reviewed-article'
import { loadEnglishSpeller, loadGlossaryFiles, loadPhraseBook } from '../../main/services/qa'
import { defineCommand } from '../command'
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io'
import { errorMessage } from '../messages'
import { lastValue, scanArgs, usage, type Usage } from '../options'
import { readInput } from '../read-input'

export interface CheckCommand {
  readonly kind: 'check'
  /** The Russian file, or the one bilingual file when `target` is absent. */
  readonly source: string
  readonly target?: string
  readonly json: boolean
  readonly presegmented: boolean
  readonly glossaries: readonly string[]
  readonly phrases: readonly string[]
  /** Checks to run; all when absent. */
  readonly checks?: readonly CheckId[]
  readonly sourceEncoding?: EncodingName
  readonly targetEncoding?: EncodingName
}

function parseCheck(
  args: readonly string[]
): { readonly ok: true; readonly options: CheckCommand } | Usage {
  const scanned = scanArgs('check', args, {
    flags: ['--json', '--presegmented'],
    options: [
      '--glossary',
      '--phrases',
      '--checks',
      '--source-encoding',
      '--target-encoding',
      '--encoding'
    ]
  })
  if (!scanned.ok) return scanned
  const { flags, values, files } = scanned.args
  if (files.length === 0)
    return usage('check needs SOURCE (Russian) and TARGET (English), or one bilingual file')
  if (files.length > 2) return usage(`check takes one or two files, got ${files.length}`)
  let checks: CheckId[] | undefined
  const list = values.get('--checks')
  if (list) {
    checks = []
    for (const id of list
      .flatMap((value) => value.split(','))
      .map((id) => id.trim())
      .filter(Boolean)) {
      if (!isCheckId(id)) return usage(`unknown check "${id}" (one of: ${CHECK_IDS.join(', ')})`)
      checks.push(id)
    }
  }
  const encoding = (option: string): string | undefined =>
    lastValue(scanned.args, option)?.toLowerCase()
  const all = encoding('--encoding')
  const sourceEncoding = encoding('--source-encoding') ?? all
  const targetEncoding = encoding('--target-encoding') ?? all
  for (const value of [sourceEncoding, targetEncoding]) {
    if (value !== undefined && !(ENCODINGS as readonly string[]).includes(value)) {
      return usage(`unknown encoding "${value}" (one of: ${ENCODINGS.join(', ')})`)
    }
  }
  return {
    ok: true,
    options: {
      kind: 'check',
      source: files[0]!,
      ...(files[1] === undefined ? {} : { target: files[1] }),
      json: flags.has('--json'),
      presegmented: flags.has('--presegmented'),
      glossaries: values.get('--glossary') ?? [],
      phrases: values.get('--phrases') ?? [],
      ...(checks ? { checks } : {}),
      ...(sourceEncoding ? { sourceEncoding: sourceEncoding as EncodingName } : {}),
      ...(targetEncoding ? { targetEncoding: targetEncoding as EncodingName } : {})
    }
  }
}

export const checkCommand = defineCommand<CheckCommand>({
  name: 'check',
  help: `  check SOURCE TARGET   Run the automatic quality checks over the aligned pair (read and aligned
  check FILE            as "calque align" does; FILE: a bilingual XLIFF, TMX or CSV/TSV) and print
                        the findings: row, side, check, severity, the text and what is wrong.
                        Exit status 0 whether or not anything was found, 2 for bad input.
    --json              Print an array of {check, category, severity, side, row, start, end, text,
                        message, fix, id}: row is the row index of "calque align", start/end
                        offsets into that row's text on that side (its sentences joined by one
                        space), fix null or {start, end, replacement} on the target.
    --glossary FILE     A glossary (CSV/TSV with ru,en[,status][,note] columns, or TBX) for the
                        glossary check; repeatable.
    --phrases FILE      More idioms and set phrases to watch for (JSON, the format of
                        resources/qa/calques.ru-en.json); repeatable, the first file given wins.
    --checks ID,ID      Run only these checks: ${CHECK_IDS.join(', ')}.
    --presegmented, --source-encoding ENC, --target-encoding ENC, --encoding ENC
                        As for align.

`,
  parse: parseCheck,
  run: runCheck
})

export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  let rows: QaRow[]
  let findings: Finding[]
  try {
    rows = await readRows(command, io)
    const enabled = command.checks ?? CHECK_IDS
    const [glossary, phrases, spelling] = await Promise.all([
      loadGlossaryFiles(command.glossaries),
      command.phrases.length > 0 ? loadPhraseBook(command.phrases) : undefined,
      enabled.includes('spelling') ? loadEnglishSpeller() : undefined
    ])
    findings = runChecks(rows, {
      enabled,
      ...(glossary ? { glossary } : {}),
      ...(phrases ? { phrases } : {}),
      ...(spelling ? { spelling } : {})
    })
  } catch (error) {
    if (!(error instanceof CalqueFailure)) throw error
    io.stderr(`calque: ${errorMessage(error.error)}\n`)
    // Bad input of any kind is exit 2 for `calque check` (findings never fail it: 0).
    return EXIT_USAGE
  }
  if (command.glossaries.length === 0 && command.checks?.includes('glossary')) {
    io.stderr(`calque: ${qaText('cli.glossaryNeeded')}\n`)
  }
  io.stdout(
    command.json ? formatFindingsJson(findings) : formatFindingsTable(findings, rows.length)
  )
  return EXIT_OK
}

async function readRows(command: CheckCommand, io: CliIo): Promise<QaRow[]> {
  // The rows exactly as the app and `calque align` see them: sentences joined by one space.
  const { source, target, beads } = await readInput(command, io)
  return alignedRows(beads, { source: source.segments, target: target.segments })
}

let translator: i18n | undefined

/** A finding's message as an English sentence (the `qa` namespace the app uses). */
export function findingMessage(finding: Finding): string {
  return qaText(finding.message.key, finding.message.params)
    .replace(/\s+$/, '')
    .replace(/\.\s*\.$/, '.')
}

/** A sentence of the `qa` namespace in English (the CLI's language). */
function qaText(key: string, params: Readonly<Record<string, unknown>> = {}): string {
  if (!translator) {
    translator = i18next.createInstance()
    void translator.init({
      lng: 'en',
      fallbackLng: 'en',
      resources,
      ns: ['qa'],
      defaultNS: 'qa',
      initAsync: false,
      interpolation: { escapeValue: false }
    })
  }
  return translator.t(key, params)
}

export function formatFindingsJson(findings: readonly Finding[]): string {
  const json = findings.map((finding) => ({
    check: finding.check,
    category: finding.category,
    severity: finding.severity,
    side: finding.side,
    row: finding.row,
    start: finding.span[0],
    end: finding.span[1],
    text: finding.text,
    message: findingMessage(finding),
    fix: finding.fix
      ? {
          start: finding.fix.span[0],
          end: finding.fix.span[1],
          replacement: finding.fix.replacement
        }
      : null,
    id: finding.id
  }))
  return `${JSON.stringify(json, null, 1)}\n`
}

/** Long texts are shortened in the table (the JSON has them whole). */
const TEXT_WIDTH = 40

export function formatFindingsTable(findings: readonly Finding[], rowCount: number): string {
  const quote = (text: string) => {
    const flat = text.replace(/\s+/g, ' ')
    return JSON.stringify(flat.length > TEXT_WIDTH ? `${flat.slice(0, TEXT_WIDTH - 1)}…` : flat)
  }
  const cells = findings.map((f) => [
    String(f.row),
    f.side,
    f.check,
    f.severity,
    quote(f.text),
    findingMessage(f) + (f.fix ? ` [fix: ${JSON.stringify(f.fix.replacement)}]` : '')
  ])
  const header = ['row', 'side', 'check', 'severity', 'text', 'message']
  const widths = header.map((h, k) =>
    Math.max(h.length, ...cells.slice(0, 2000).map((c) => c[k]!.length))
  )
  const line = (c: readonly string[]) =>
    c.map((cell, k) => (k < c.length - 1 ? cell.padEnd(widths[k]!) : cell)).join('  ')
  const rowsWith = new Set(findings.map((f) => f.row)).size
  const summary = `${qaText('cli.summary', {
    findings: qaText('cli.findings', { count: findings.length }),
    rows: qaText('cli.rows', { count: rowCount, with: rowsWith })
  })}\n`
  if (findings.length === 0) return summary
  return `${[line(header), ...cells.map(line)].join('\n')}\n${summary}`
}
