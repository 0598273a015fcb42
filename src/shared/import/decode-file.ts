/**
 * The bytes of a text-based file -> its decoded text and the encoding, decided in this order: the
 * user's choice; a byte-order mark; what the file declares (XML, HTML), when the bytes agree; detection.
 * The user's choice is obeyed or refused (`encoding-mismatch`), never second-guessed.
 */
import { CalqueFailure } from '../ipc/errors'
import { decodeWith, withoutBom } from '../text/decode-bytes'
import { UNCERTAIN_BELOW, analyseEncoding, bomEncoding } from '../text/detect-encoding'
import { declaredEncoding } from './declared-encoding'
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

  const warnings: ImportWarning[] = []
  const declared = kind === 'text' ? null : declaredEncoding(bytes, kind)
  if (declared?.name) {
    try {
      return {
        text: decodeWith(bytes, declared.name),
        encoding: certain(declared.name, 'declared'),
        warnings
      }
    } catch (error) {
      if (!(error instanceof CalqueFailure)) throw error
      warnings.push({
        code: 'encoding-uncertain',
        detail: `the file declares ${declared.label}, but its bytes are not ${declared.name} (${error.error.detail})`
      })
    }
  } else if (declared) {
    warnings.push({
      code: 'encoding-uncertain',
      detail: `the file declares ${declared.label}, which Calque does not read; the encoding was detected`
    })
  }

  const analysis = analyseEncoding(bytes)
  if (analysis.binary) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'binary',
      detail: 'binary data, not text'
    })
  }
  const { encoding } = analysis
  let text: string
  if (analysis.invalidUtf8) {
    // Damaged UTF-8: read what is readable, show the rest as U+FFFD, and say where it starts.
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(withoutBom(bytes, 'utf-8'))
    const { count, firstOffset } = analysis.invalidUtf8
    warnings.push({
      code: 'encoding-uncertain',
      count,
      detail: `${count} invalid UTF-8 sequence(s), the first at byte ${firstOffset}, shown as \ufffd`
    })
  } else {
    text = decodeWith(bytes, encoding.name)
    if (encoding.confidence < UNCERTAIN_BELOW) {
      const alternatives = analysis.candidates.slice(0, 2).map((candidate) => candidate.name)
      warnings.push({
        code: 'encoding-uncertain',
        detail:
          alternatives.length === 2
            ? `${alternatives[0]} or ${alternatives[1]}: too little text to be sure`
            : `${encoding.name}, with confidence ${encoding.confidence}`
      })
    }
  }
  return { text, encoding, warnings }
}

function certain(name: EncodingName, source: EncodingInfo['source']): EncodingInfo {
  return { name, source, confidence: 1 }
}
