/**
 * The work of an import job, as `project-create.ts` does it today (`importMonolingual` + `buildPair`,
 * or `buildBilingual`), minus writing the project: read, decode and segment each file, then align a
 * pair, or keep a bilingual file's pairing. Runs in the import worker; callable directly too.
 */
import { alignDocuments, alignTexts, toBeads } from '@shared/align'
import type { Bead } from '@shared/domain/alignment'
import type { Language, TextDocument } from '@shared/domain/document'
import type { EncodingName } from '@shared/import/types'
import { CalqueFailure } from '@shared/domain/errors'
import { SegmentationRulesError } from '@shared/segment/rules'
import { createSegmenter } from '@shared/segment/segmenter'
import { importPairSide, importPath, type MonolingualFile } from '../import-file'
import type {
  ImportJobProgress,
  ImportJobRequest,
  ImportJobResult,
  UserRulesByLanguage
} from './types'

type Report = (progress: ImportJobProgress) => void

export async function performImport(
  request: ImportJobRequest,
  report: Report = () => {}
): Promise<ImportJobResult> {
  if (request.kind === 'bilingual') {
    report({ phase: 'reading' })
    const file = await importPath(request.path, {
      language: 'ru',
      ...(request.encoding ? { encoding: request.encoding } : {}),
      ...(request.limits ? { limits: request.limits } : {})
    })
    if (file.kind !== 'bilingual') {
      throw new CalqueFailure({ code: 'not-bilingual', path: request.path })
    }
    const beads: Bead[] = file.pairs.map((pair, k) => ({
      id: `b${k}`,
      source: [...pair.source],
      target: [...pair.target],
      // The file itself says these belong together.
      confidence: 1,
      origin: 'auto'
    }))
    return { kind: 'bilingual', file, beads }
  }

  const side = (
    path: string,
    which: 'source' | 'target',
    language: Language,
    encoding: EncodingName | undefined
  ): Promise<MonolingualFile> => {
    report({ phase: 'reading', side: which })
    const rules = request.userRules?.[language]
    return importPairSide(path, which, {
      language,
      presegmented: request.presegmented ?? false,
      ...(encoding ? { encoding } : {}),
      ...(rules && rules.length > 0 ? { segmenter: segmenterFor(language, rules) } : {}),
      ...(request.limits ? { limits: request.limits } : {}),
      onSegmenting: (fraction) => report({ phase: 'segmenting', side: which, fraction })
    })
  }
  const source = await side(request.sourcePath, 'source', 'ru', request.sourceEncoding)
  const target = await side(request.targetPath, 'target', 'en', request.targetEncoding)
  report({ phase: 'aligning' })
  const beads = request.presegmented
    ? // One segment per line is how aligners are evaluated: line against line, as the CLI does.
      toBeads(alignTexts(texts(source.document), texts(target.document)))
    : alignDocuments(source.document, target.document)
  report({ phase: 'aligning', fraction: 1 })
  return { kind: 'pair', source, target, beads }
}

/**
 * A segmenter with the user's rules. They arrive validated (`loadRulesFile`); rules given unchecked
 * that do not compile are refused like a broken file (the job does not know which file they were).
 */
function segmenterFor(language: Language, rules: UserRulesByLanguage[Language]) {
  try {
    return createSegmenter(language, rules)
  } catch (error) {
    if (!(error instanceof SegmentationRulesError)) throw error
    throw new CalqueFailure({ code: 'rules-invalid', detail: error.message })
  }
}

const texts = (document: TextDocument): string[] => document.segments.map((s) => s.text)
