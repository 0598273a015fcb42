/**
 * `calque align SOURCE TARGET` and `calque align BILINGUAL`: the same import pipeline as the app (any
 * supported format and encoding), then the aligner — or, for a bilingual file, its own pairing.
 */
import type { EncodingName } from '@shared/import/types'
import { CalqueFailure } from '@shared/domain/errors'
import { defineCommand } from '../command'
import { lastValue, scanArgs, usage, type Usage } from '../options'
import { formatBeadLines, formatJson } from '../format'
import { EXIT_FILE_ERROR, EXIT_OK, EXIT_USAGE, type CliIo } from '../io'
import { ENCODINGS } from '@shared/import/types'
import { errorMessage } from '../messages'
import { readInput } from '../read-input'

export interface AlignCommand {
  readonly kind: 'align'
  /** The Russian file, or the one bilingual file (XLIFF, TMX, CSV/TSV) when `target` is absent. */
  readonly source: string
  readonly target?: string
  /** One segment per line: no sentence splitting. */
  readonly presegmented: boolean
  readonly json: boolean
  readonly sourceEncoding?: EncodingName
  readonly targetEncoding?: EncodingName
  /** User segmentation rule files, in order of precedence (the first wins). */
  readonly rules: readonly string[]
}

type ParsedAlign = { readonly ok: true; readonly options: AlignCommand } | Usage

function parseAlign(args: readonly string[]): ParsedAlign {
  const scanned = scanArgs('align', args, {
    flags: ['--presegmented', '--json'],
    options: ['--source-encoding', '--target-encoding', '--encoding', '--rules']
  })
  if (!scanned.ok) return scanned
  const { flags, values, files } = scanned.args
  if (files.length === 0) {
    return usage('align needs SOURCE (Russian) and TARGET (English), or one bilingual file')
  }
  if (files.length > 2) return usage(`align takes one or two files, got ${files.length}`)
  const encoding = (option: string): EncodingName | string | undefined => {
    const given = lastValue(scanned.args, option)
    if (given === undefined) return undefined
    const name = given.toLowerCase()
    return (ENCODINGS as readonly string[]).includes(name) ? (name as EncodingName) : given
  }
  const all = values.get('--encoding') ? encoding('--encoding') : undefined
  const sourceEncoding = encoding('--source-encoding') ?? all
  const targetEncoding = encoding('--target-encoding') ?? all
  for (const value of [sourceEncoding, targetEncoding]) {
    if (value !== undefined && !(ENCODINGS as readonly string[]).includes(value)) {
      return usage(`unknown encoding "${value}" (one of: ${ENCODINGS.join(', ')})`)
    }
  }
  if (files.length === 1 && (flags.has('--presegmented') || values.has('--rules'))) {
    return usage('a bilingual file is already segmented: --presegmented and --rules do not apply')
  }
  return {
    ok: true,
    options: {
      kind: 'align',
      source: files[0]!,
      ...(files[1] === undefined ? {} : { target: files[1] }),
      presegmented: flags.has('--presegmented'),
      json: flags.has('--json'),
      ...(sourceEncoding ? { sourceEncoding: sourceEncoding as EncodingName } : {}),
      ...(targetEncoding ? { targetEncoding: targetEncoding as EncodingName } : {}),
      rules: values.get('--rules') ?? []
    }
  }
}

export const alignCommand = defineCommand<AlignCommand>({
  name: 'align',
  help: `  align SOURCE TARGET   Read both files (txt, md, html, docx; any common encoding), split them
                        into sentences (SOURCE Russian, TARGET English) and align them.
                        Prints one row per line: source ids, target ids (0-based) and the
                        confidence, e.g. "[0]:[0, 1]<TAB>0.930". "[]:[5]" is a target
                        sentence with no source (0-1), "[3]:[]" a source sentence with no
                        translation (1-0).
  align FILE            A bilingual file (XLIFF 1.2/2.x, TMX, CSV/TSV) is already paired:
                        print its own pairing, without aligning.
    --presegmented      The files hold one segment per line: align lines as they are.
    --json              Print segments (text, offsets, paragraph) and rows as JSON.
    --source-encoding ENC, --target-encoding ENC, --encoding ENC (both)
                        Read with this encoding instead of detecting it. ENC is one of
                        ${ENCODINGS.join(', ')}.
    --rules FILE        Extra sentence rules (JSON, see docs/architecture.md); repeatable,
                        the first file given wins.

`,
  parse: parseAlign,
  run: runAlign
})

export async function runAlign(command: AlignCommand, io: CliIo): Promise<number> {
  try {
    const { source, target, beads } = await readInput(command, io)
    io.stdout(command.json ? formatJson(source, target, beads) : formatBeadLines(beads))
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof CalqueFailure)) throw error
    io.stderr(`calque: ${errorMessage(error.error)}\n`)
    return error.error.code === 'pair-same-file' ? EXIT_USAGE : EXIT_FILE_ERROR
  }
}
