/**
 * `calque score FILE|PROJECT`: MQM scores of an annotation file in the Google MQM TSV format (per
 * system, or per system and document) or of a Calque project folder (per article), under a built-in
 * or a user's scoring profile. A readable table by default, the whole report as JSON with `--json`.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { loadProjectForScoring } from '../../main/services/scoring/load-project'
import { CalqueFailure } from '@shared/domain/errors'
import {
  MQM_TSV_MIN_COLUMNS,
  createMqmTsvReader,
  type MqmTsvIssue,
  type MqmTsvRecord
} from '@shared/mqm-tsv/read'
import {
  BUILTIN_SCORING_PROFILES,
  GOOGLE_WMT_MQM_PROFILE,
  MQM_CORE_PROFILE,
  buildScoreReport,
  findBuiltinProfile,
  parseScoringProfile,
  profileSummaryLines,
  scoreReportJson,
  scoringInputFromArticles,
  scoringInputFromMqmRecords,
  scoringTranslator,
  severityLabel,
  type ScoreReport,
  type ScoringInput,
  type ScoringProfile,
  type UnitScore
} from '@shared/scoring'
import { formatTextTable, type TextCell } from '@shared/scoring/text-table'
import { defineCommand } from '../command'
import { lastValue, scanArgs, usage, type Usage } from '../options'
import { EXIT_FILE_ERROR, EXIT_OK, EXIT_USAGE, type CliIo } from '../io'
import { errorMessage } from '../messages'

type By = 'system' | 'doc' | 'article'

export interface ScoreCommand {
  readonly kind: 'score'
  readonly path: string
  /** A built-in profile's id or short name, or a profile JSON file; default by input kind. */
  readonly profile?: string
  readonly by?: By
  readonly json: boolean
}

const BY_VALUES: readonly By[] = ['system', 'doc', 'article']
/** Warnings for unreadable lines stop after this many (then one line says how many more). */
const MAX_LINE_WARNINGS = 5

function parseScore(
  args: readonly string[]
): { readonly ok: true; readonly options: ScoreCommand } | Usage {
  const scanned = scanArgs('score', args, { flags: ['--json'], options: ['--profile', '--by'] })
  if (!scanned.ok) return scanned
  const { files } = scanned.args
  if (files.length !== 1) {
    return usage(
      files.length === 0
        ? 'score needs an MQM TSV file or a project folder'
        : `score takes one file or folder, got ${files.length}`
    )
  }
  const by = lastValue(scanned.args, '--by')
  if (by !== undefined && !(BY_VALUES as readonly string[]).includes(by)) {
    return usage(`--by takes ${BY_VALUES.join(', ')}, not "${by}"`)
  }
  const profile = lastValue(scanned.args, '--profile')
  return {
    ok: true,
    options: {
      kind: 'score',
      path: files[0]!,
      ...(profile === undefined ? {} : { profile }),
      ...(by === undefined ? {} : { by: by as By }),
      json: scanned.args.flags.has('--json')
    }
  }
}

export const scoreCommand = defineCommand<ScoreCommand>({
  name: 'score',
  help: `  score FILE|PROJECT    MQM scores of an annotation file in the Google MQM TSV format
                        (system, doc, docSegId, globalSegId, rater, source, target,
                        category, severity[, metadata]) or of a Calque project folder:
                        score, pass/fail, errors by severity, words, penalty.
    --profile NAME      ${BUILTIN_SCORING_PROFILES.map((p) => p.id).join(', ')} (or google,
                        unbabel, mqm), or a profile JSON file. Default: google-wmt-mqm
                        for a TSV file, mqm-core for a project.
    --by system|doc|article
                        One line per MT system (the default for a TSV file), per document
                        of each system, or per article (the default for a project).
    --json              Print the whole report (every level, full precision) as JSON.

`,
  parse: parseScore,
  run: runScore
})

export async function runScore(command: ScoreCommand, io: CliIo): Promise<number> {
  const t = scoringTranslator('en')
  const kind = await pathKind(command.path)
  if (kind === 'missing') {
    io.stderr(`calque: ${errorMessage({ code: 'file-missing', path: command.path })}\n`)
    return EXIT_FILE_ERROR
  }
  if (kind === 'project' && command.by === 'system') {
    io.stderr(
      'calque: a project has no MT systems to compare: use --by article\nRun "calque --help" for usage.\n'
    )
    return EXIT_USAGE
  }
  const profile = await resolveProfile(command.profile, kind, io)
  if (typeof profile === 'number') return profile
  let input: ScoringInput
  try {
    const loaded =
      kind === 'project' ? await projectInput(command.path) : await fileInput(command.path, io)
    if (typeof loaded === 'number') return loaded
    input = loaded
  } catch (error) {
    if (!(error instanceof CalqueFailure)) throw error
    io.stderr(`calque: ${errorMessage(error.error)}\n`)
    return EXIT_FILE_ERROR
  }
  const report = buildScoreReport(input, profile, new Date())
  if (command.json) {
    io.stdout(scoreReportJson(report))
    return EXIT_OK
  }
  const by: By = command.by ?? (kind === 'project' ? 'article' : 'system')
  io.stdout(formatReport(report, by === 'article' ? 'doc' : by, t))
  return EXIT_OK
}

async function pathKind(path: string): Promise<'missing' | 'project' | 'file'> {
  try {
    return (await stat(path)).isDirectory() ? 'project' : 'file'
  } catch {
    return 'missing'
  }
}

async function resolveProfile(
  name: string | undefined,
  kind: 'project' | 'file',
  io: CliIo
): Promise<ScoringProfile | number> {
  if (name === undefined) return kind === 'project' ? MQM_CORE_PROFILE : GOOGLE_WMT_MQM_PROFILE
  const builtin = findBuiltinProfile(name)
  if (builtin) return builtin
  let text: string
  try {
    text = await readFile(name, 'utf8')
  } catch {
    const known = BUILTIN_SCORING_PROFILES.map((p) => p.id).join(', ')
    io.stderr(
      `calque: unknown profile "${name}" (one of ${known}, or a profile JSON file)\nRun "calque --help" for usage.\n`
    )
    return EXIT_USAGE
  }
  const t = scoringTranslator('en')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    io.stderr(`calque: ${t('cli.badProfile', { file: name, detail: (error as Error).message })}\n`)
    return EXIT_FILE_ERROR
  }
  const parsed = parseScoringProfile(json)
  if (parsed.ok) return parsed.profile
  io.stderr(`calque: ${t('cli.badProfile', { file: name, detail: parsed.message })}\n`)
  return EXIT_FILE_ERROR
}

async function projectInput(dir: string): Promise<ScoringInput> {
  const articles = await loadProjectForScoring(dir)
  return scoringInputFromArticles(articles, { name: articles[0]?.name ?? basename(dir) })
}

/** Streams the file through the MQM TSV reader (files of ~10k lines, a few MB). */
async function fileInput(path: string, io: CliIo): Promise<ScoringInput | number> {
  const reader = createMqmTsvReader()
  const records: MqmTsvRecord[] = []
  try {
    const stream = createReadStream(path, { encoding: 'utf8' })
    for await (const chunk of stream) records.push(...reader.push(chunk as string))
    records.push(...reader.end())
  } catch (error) {
    io.stderr(
      `calque: ${errorMessage({ code: 'file-unreadable', path, detail: (error as Error).message })}\n`
    )
    return EXIT_FILE_ERROR
  }
  const t = scoringTranslator('en')
  const file = basename(path)
  if (records.length === 0 && reader.issues.length > 0) {
    io.stderr(`calque: ${t('cli.notMqm', { file })}\n`)
    return EXIT_FILE_ERROR
  }
  reportIssues(reader.issues, file, io)
  return scoringInputFromMqmRecords(records, file)
}

function reportIssues(issues: readonly MqmTsvIssue[], file: string, io: CliIo): void {
  const t = scoringTranslator('en')
  for (const issue of issues.slice(0, MAX_LINE_WARNINGS)) {
    const text = t('cli.tooFewColumns', {
      line: issue.line,
      file,
      columns: issue.columns,
      minimum: MQM_TSV_MIN_COLUMNS
    })
    io.stderr(`calque: warning: ${text}\n`)
  }
  if (issues.length > MAX_LINE_WARNINGS) {
    io.stderr(
      `calque: warning: ${t('cli.moreIssues', { count: issues.length - MAX_LINE_WARNINGS })}\n`
    )
  }
}

type Translate = ReturnType<typeof scoringTranslator>

/** Summary lines, then one table row per unit and the total. */
export function formatReport(report: ScoreReport, by: 'system' | 'doc', t: Translate): string {
  const out = [
    ...profileSummaryLines(report, t),
    t('summary.date', { date: report.date }),
    t('summary.input', { name: report.input.name }),
    `${t('summary.segments', { count: report.totals.ratedSegments })}, ${t('summary.words', {
      source: report.totals.sourceWords,
      target: report.totals.targetWords
    })}`
  ]
  if (report.totals.ratedSegments === 0)
    return [...out, t('summary.empty')].map((l) => `${l}\n`).join('')
  const bySystem = by === 'system' && report.systems.length > 0
  const units = bySystem ? report.systems : report.docs
  const showSystem = by === 'doc' && report.systems.length > 0
  const showPass = report.profile.passThreshold !== null || report.profile.criticalFails
  // Neutral errors cost nothing in any built-in profile: a column only when there are some.
  const severities = report.severities.filter(
    (s) => s !== 'neutral' || report.totals.errorsBySeverity[s]
  )
  const unitName = bySystem ? 'system' : report.input.kind === 'calque-project' ? 'article' : 'doc'
  const header = [
    ...(showSystem ? [t('cli.unit.system')] : []),
    t(`cli.unit.${unitName}`),
    t('column.ratedSegments'),
    t('column.words'),
    ...severities.map((s) => severityLabel(t, s)),
    t('column.penalty'),
    t('column.score'),
    ...(showPass ? [t('column.pass')] : [])
  ]
  const verdict = (pass: boolean | null) =>
    pass === null ? t('verdict.none') : t(pass ? 'verdict.pass' : 'verdict.fail')
  const row = (unit: UnitScore, first: readonly TextCell[]): TextCell[] => [
    ...first,
    unit.ratedSegments,
    unit.words,
    ...severities.map((s) => unit.errorsBySeverity[s] ?? 0),
    fixed(unit.penalty),
    fixed(unit.score),
    ...(showPass ? [verdict(unit.pass)] : [])
  ]
  const rows = units.map((unit) => row(unit, showSystem ? [unit.system, unit.label] : [unit.label]))
  rows.push(row(report.totals, showSystem ? [t('level.total'), ''] : [t('level.total')]))
  const notes: string[] = []
  const minimum = report.profile.minimumWords
  if (report.totals.smallSample && minimum !== undefined)
    notes.push(t('summary.smallSample', { minimum }))
  if (report.totals.unknownSeverities.length > 0) {
    notes.push(t('summary.unknownSeverities', { list: report.totals.unknownSeverities.join(', ') }))
  }
  return (
    [...out, ''].map((l) => `${l}\n`).join('') +
    formatTextTable(header, rows) +
    notes.map((l) => `${l}\n`).join('')
  )
}

/** Two decimals, as the published tables give them; `–` for no score. */
function fixed(value: number | null): string {
  return value === null ? '–' : value.toFixed(2)
}
