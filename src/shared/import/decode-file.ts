/**
 * The bytes of a text-based file -> its decoded text and the encoding, decided in this order: the
 * user's choice; a byte-order mark; what the file declares (XML, HTML), unless its bytes decisively
 * say otherwise; detection. The user's choice is obeyed or refused (`encoding-mismatch`), never
 * second-guessed.
 *
 * "Decisively" means byte structure, not statistics: a file that declares a single-byte codepage but
 * whose bytes are well-formed UTF-8 (with non-ASCII text) is UTF-8 — no codepage text forms such
 * sequences beyond a few letters — and a file that declares UTF-8 but is not is read by detection.
 * Either way the bytes win and the user is told (`encoding-overruled`). When a file declares one
 * codepage and the Russian-text model prefers another, the declaration stands: a model can be wrong.
 */
import { CalqueFailure } from '../domain/errors'
import { decodeWith, withoutBom } from '../text/decode-bytes'
import {
  UNCERTAIN_BELOW,
  analyseEncoding,
  bomEncoding,
  type EncodingAnalysis
} from '../text/detect-encoding'
import { decodeMixed } from '../text/mixed-encoding'
import { declaredEncoding, type DeclaredEncoding } from './declared-encoding'
import type { EncodingInfo, EncodingName, ImportWarning } from './types'

export interface DecodedFile {
  readonly text: string
  readonly encoding: EncodingInfo
  readonly warnings: readonly ImportWarning[]
}

export function decodeFile(
  bytes: Uint8Array,
  kind: 'xml' | 'html' | 'text',
  chosen?: EncodingName
): DecodedFile {
  if (chosen)
    return { text: decodeWith(bytes, chosen), encoding: certain(chosen, 'user'), warnings: [] }

  const bom = bomEncoding(bytes)
  if (bom) return { text: decodeWith(bytes, bom), encoding: certain(bom, 'bom'), warnings: [] }

  const declared = kind === 'text' ? null : declaredEncoding(bytes, kind)
  const analysis = analyseEncoding(bytes)
  if (declared?.name && !analysis.binary) {
    const verdict = judgeDeclaration(declared.name, analysis, bytes)
    if (verdict === 'declared') {
      try {
        return {
          text: decodeWith(bytes, declared.name),
          encoding: certain(declared.name, 'declared'),
          warnings: []
        }
      } catch (error) {
        if (!(error instanceof CalqueFailure)) throw error
        return overruledBy(bytes, analysis, declared)
      }
    }
    if (verdict === 'agrees') return fromAnalysis(bytes, analysis, [], 'declared')
    return overruledBy(bytes, analysis, declared)
  }
  // A label Calque does not read (`iso-8859-2`): detection decides, and the user hears about it.
  return declared ? overruledBy(bytes, analysis, declared) : fromAnalysis(bytes, analysis, [])
}

/** Read by detection, with a warning that names the declaration and what the bytes said instead. */
function overruledBy(
  bytes: Uint8Array,
  analysis: EncodingAnalysis,
  declared: DeclaredEncoding
): DecodedFile {
  const decoded = fromAnalysis(bytes, analysis, [])
  const warning: ImportWarning = {
    code: 'encoding-overruled',
    detail: declared.label,
    encoding: decoded.encoding.name
  }
  return { ...decoded, warnings: [warning, ...decoded.warnings] }
}

/**
 * What the bytes say about the declared encoding: read with it (`declared`), read by detection which
 * agrees with it as far as it goes (`agrees`: declared UTF-8 that is damaged or mixed), or overruled.
 */
function judgeDeclaration(
  name: EncodingName,
  analysis: EncodingAnalysis,
  bytes: Uint8Array
): 'declared' | 'agrees' | 'overruled' {
  const detectedUtf8 = analysis.encoding.name === 'utf-8' || analysis.mixed !== undefined
  if (name === 'utf-8') {
    if (!detectedUtf8) return 'overruled'
    return analysis.invalidUtf8 || analysis.mixed ? 'agrees' : 'declared'
  }
  if (name === 'utf-16le' || name === 'utf-16be') return 'declared' // checked by the strict decode
  // A single-byte codepage: only UTF-8 bytes with non-ASCII text overrule it.
  if (analysis.mixed) return 'agrees'
  if (analysis.encoding.name === 'utf-8' && hasNonAscii(bytes)) return 'overruled'
  return 'declared'
}

function fromAnalysis(
  bytes: Uint8Array,
  analysis: EncodingAnalysis,
  warnings: ImportWarning[],
  source: EncodingInfo['source'] = 'detected'
): DecodedFile {
  if (analysis.binary) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'binary',
      detail: 'binary data, not text'
    })
  }
  const encoding: EncodingInfo = { ...analysis.encoding, source }
  if (analysis.mixed) {
    const { codepage, lines, firstOffset } = analysis.mixed
    warnings.push({ code: 'encoding-mixed', encoding: codepage, count: lines, offset: firstOffset })
    return { text: decodeMixed(bytes, codepage), encoding, warnings }
  }
  if (analysis.invalidUtf8) {
    // Damaged UTF-8: read what is readable, show the rest as U+FFFD, and say where it starts.
    const { count, firstOffset } = analysis.invalidUtf8
    warnings.push({ code: 'encoding-damaged', count, offset: firstOffset })
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(withoutBom(bytes, 'utf-8'))
    return { text, encoding, warnings }
  }
  // Lenient: the detector chose this encoding for these bytes (a stray NUL in a damaged copy is
  // removed by normalisation); only an encoding the user or the file names is checked strictly.
  const text = new TextDecoder(encoding.name, { ignoreBOM: true }).decode(bytes)
  if (encoding.confidence < UNCERTAIN_BELOW) {
    const alternatives = analysis.candidates.slice(0, 2).map((candidate) => candidate.name)
    warnings.push({
      code: 'encoding-uncertain',
      detail: alternatives.length === 2 ? alternatives.join(' or ') : encoding.name
    })
  }
  return { text, encoding, warnings }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true
  return false
}

function certain(name: EncodingName, source: EncodingInfo['source']): EncodingInfo {
  return { name, source, confidence: 1 }
}
