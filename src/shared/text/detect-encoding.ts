/**
 * Which encoding a file is in. In order of evidence:
 *
 * 1. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE): certain.
 * 2. UTF-16 without a BOM: one byte of every pair is almost always 0x00 (ASCII) or 0x04 (Cyrillic).
 *    (Checked before UTF-8: Cyrillic UTF-16 has no byte above 0x7F, so it is "well-formed UTF-8".)
 * 3. Well-formed UTF-8 with non-ASCII characters: certain in practice (Cyrillic in a single-byte codepage
 *    is never well-formed UTF-8 beyond a few letters, and those few decode to CJK or Indic characters,
 *    which is checked). Pure ASCII is called UTF-8: every candidate decodes it identically.
 * 4. UTF-8 with some ill-formed bytes. Structure decides, not statistics: a single-byte Cyrillic text
 *    forms a well-formed UTF-8 sequence only by accident, a few per hundred letters, so
 *    - lines that are mostly ill-formed but hold Cyrillic words, in a file whose other lines are good
 *      UTF-8, make a MIXED file: read line by line (`mixed-encoding.ts`), with a warning;
 *    - otherwise at least twice as many good sequences as bad ones make DAMAGED UTF-8: read as UTF-8,
 *      the bad bytes shown as U+FFFD, with a warning saying how many and where the first is (one bad
 *      byte must never turn a whole article into ISO-8859-5 mojibake).
 * 5. Otherwise one of the single-byte Cyrillic codepages, chosen by scoring each decoding against what
 *    Russian text looks like (`cyrillic-model.ts`) through a 256-entry table per codepage, on a sample
 *    of the file's non-ASCII bytes: the file is never decoded four times. Confidence grows with the
 *    margin between the best and the second-best reading and with the amount of text.
 *
 * Bytes that are no text at all (NULs that are not UTF-16, many control bytes) are reported as binary.
 */
import type { EncodingInfo, EncodingName } from '../import/types'
import { SINGLE_BYTE_ENCODINGS, charOf, type SingleByteEncoding } from './codepages'
import { charModel, logLikelihood, type CharModel } from './cyrillic-model'
import { scanLines } from './mixed-encoding'
import { isExpectedCodePoint, isTypicalTextCodePoint, TYPICAL_SHARE } from './scripts'
import { scanUtf8 } from './utf8'

export interface EncodingCandidate {
  readonly name: SingleByteEncoding
  /** Log-likelihood of the decoding under the Russian text model, in nats (higher is better). */
  readonly score: number
}

export interface EncodingAnalysis {
  readonly encoding: EncodingInfo
  /** Not text in any encoding Calque reads: NUL bytes that are not UTF-16, or many control bytes. */
  readonly binary: boolean
  /** The single-byte codepages, best first, when they were scored. */
  readonly candidates: readonly EncodingCandidate[]
  /** Ill-formed sequences in a file read as damaged UTF-8 (decoded with U+FFFD). */
  readonly invalidUtf8?: { readonly count: number; readonly firstOffset: number }
  /** UTF-8 with lines in a single-byte codepage (`encoding` names the larger part). */
  readonly mixed?: {
    readonly codepage: SingleByteEncoding
    /** Lines read with the codepage. */
    readonly lines: number
    /** Byte offset of the first of them. */
    readonly firstOffset: number
  }
}

/** Confidence below which the user is told to check the text (`encoding-uncertain`). */
export const UNCERTAIN_BELOW = 0.5

/**
 * Non-ASCII characters below which a codepage is never called certain, however clear the margin: the
 * model is only a model, and one word is little evidence (a lone `В` in KOI8-R is a plausible `ч` in
 * Windows-1251). A short headline has more than this.
 */
const SURE_AFTER_CHARACTERS = 12

/**
 * Score margin (nats) between the best and the second-best codepage at which confidence reaches
 * 1 - 1/e; a margin of 2 nats (the better reading about 7 times likelier) gives 0.49.
 */
const MARGIN_SCALE = 3

export function detectEncoding(bytes: Uint8Array): EncodingInfo {
  return analyseEncoding(bytes).encoding
}

export function analyseEncoding(bytes: Uint8Array): EncodingAnalysis {
  const bom = bomEncoding(bytes)
  if (bom) return plain({ name: bom, source: 'bom', confidence: 1 })

  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return plain(detected(utf16.name, utf16.confidence))

  const utf8 = scanUtf8(bytes)
  const sample = nonAsciiSample(bytes)
  if (utf8.invalid === 0 && (utf8.multiByte === 0 || !isForeignUtf8(sample))) {
    return plain(detected('utf-8', 1))
  }
  if (looksBinary(bytes)) return { ...plain(detected('utf-8', 0)), binary: true }
  if (utf8.invalid > 0 && utf8.multiByte > 0) {
    const mixed = mixedAnalysis(bytes)
    if (mixed) return mixed
    if (isDamagedUtf8(utf8.multiByte, utf8.invalid) && looksLikeText(sample)) {
      return {
        ...plain(detected('utf-8', DAMAGED_CONFIDENCE)),
        invalidUtf8: { count: utf8.invalid, firstOffset: utf8.firstInvalid }
      }
    }
  }

  const candidates = scoreSingleByte(sample)
  const [best, second] = candidates as [EncodingCandidate, EncodingCandidate]
  // Well-formed UTF-8 that no codepage reads as plausible text: UTF-8 in a script Calque does not
  // expect (a Chinese file), kept as it is.
  if (utf8.invalid === 0 && !isPlausibleText(best.score, sample)) return plain(detected('utf-8', 1))
  const margin = best.score - second.score
  const evidence = Math.min(1, countNonAscii(sample) / SURE_AFTER_CHARACTERS)
  return {
    encoding: detected(best.name, round(evidence * (1 - Math.exp(-margin / MARGIN_SCALE)))),
    binary: false,
    candidates
  }
}

/**
 * Damaged and mixed files are read as well as they can be, but the user must look: below
 * `UNCERTAIN_BELOW`, so the encoding shows as unsure.
 */
const DAMAGED_CONFIDENCE = 0.4

/** Good UTF-8 characters, and Cyrillic words in other lines, each side needs to call a file mixed. */
const MIXED_MIN_UTF8 = 8
const MIXED_MIN_WORDS = 4

function mixedAnalysis(bytes: Uint8Array): EncodingAnalysis | null {
  const lines = scanLines(bytes, SAMPLE_NON_ASCII)
  if (
    lines.foreignLines === 0 ||
    lines.utf8MultiByte < MIXED_MIN_UTF8 ||
    lines.foreignWords < MIXED_MIN_WORDS ||
    lines.utf8Typical < lines.utf8MultiByte * TYPICAL_SHARE
  ) {
    return null
  }
  const candidates = scoreSingleByte(lines.foreignSample)
  const best = candidates[0]!
  if (!isPlausibleText(best.score, lines.foreignSample)) return null
  const larger = lines.foreignSample.length > lines.utf8MultiByte ? best.name : 'utf-8'
  return {
    encoding: detected(larger, DAMAGED_CONFIDENCE),
    binary: false,
    candidates,
    mixed: { codepage: best.name, lines: lines.foreignLines, firstOffset: lines.firstForeignOffset }
  }
}

/** The encoding a byte-order mark announces, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): EncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

function plain(encoding: EncodingInfo): EncodingAnalysis {
  return { encoding, binary: false, candidates: [] }
}

function detected(name: EncodingName, confidence: number): EncodingInfo {
  return { name, source: 'detected', confidence }
}

const round = (value: number): number => Math.round(value * 1000) / 1000

/**
 * Detection looks at the start of the file holding this many non-ASCII bytes (all of it if it has
 * fewer): a few pages of Cyrillic leave no doubt, and a long English preamble does not dilute them.
 */
const SAMPLE_NON_ASCII = 16384

function nonAsciiSample(bytes: Uint8Array): Uint8Array {
  let seen = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80 && ++seen === SAMPLE_NON_ASCII) return bytes.subarray(0, i + 1)
  }
  return bytes
}

/**
 * Well-formed UTF-8 whose characters are mostly from scripts a Russian or English article never uses
 * (CJK, Indic, Braille): a short CP866 text can be well-formed UTF-8 by accident (`умерли` is E3 AC A5
 * E0 AB A8, two CJK characters). Such bytes are scored as single-byte Cyrillic too.
 */
function isForeignUtf8(sample: Uint8Array): boolean {
  let nonAscii = 0
  let foreign = 0
  // A sample cut inside a character decodes with a U+FFFD at its end, which is in an expected block.
  for (const char of new TextDecoder('utf-8').decode(sample)) {
    const code = char.codePointAt(0)!
    if (code < 0x80) continue
    nonAscii++
    if (!isExpectedCodePoint(code)) foreign++
  }
  return foreign * 2 > nonAscii
}

/** Whether the sample's well-formed non-ASCII characters are mostly what real text is made of. */
function looksLikeText(sample: Uint8Array): boolean {
  let characters = 0
  let typical = 0
  for (const char of new TextDecoder('utf-8').decode(sample)) {
    const code = char.codePointAt(0)!
    if (code < 0x80 || code === 0xfffd) continue
    characters++
    if (isTypicalTextCodePoint(code)) typical++
  }
  return typical >= characters * TYPICAL_SHARE
}

/**
 * Broken UTF-8 (a truncated character, bytes corrupted in a copy, one bad byte from a careless edit)
 * rather than a codepage: at least twice as many good multi-byte sequences as bad ones. A
 * single-byte Cyrillic text forms good sequences only by accident (`Рі` is a valid UTF-8 `г`), a few
 * among a majority of bad ones.
 */
function isDamagedUtf8(multiByte: number, invalid: number): boolean {
  return multiByte >= 2 && multiByte >= 2 * invalid
}

/** Bytes of the file's start used to recognise UTF-16 and binary data. */
const SNIFF_BYTES = 65536

/**
 * UTF-16 text without a BOM: in one byte position of each pair (the high byte) almost every value is
 * 0x00 (ASCII, Latin-1) or 0x04 (Cyrillic), and in the other position hardly any. Confirmed by a strict
 * decode (no unpaired surrogates) without C0 control characters other than line breaks and tabs.
 */
function utf16WithoutBom(bytes: Uint8Array): { name: EncodingName; confidence: number } | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null
  const sniff = bytes.subarray(0, SNIFF_BYTES)
  const pairs = sniff.length / 2
  let highEven = 0
  let highOdd = 0
  for (let i = 0; i < sniff.length; i += 2) {
    if (isHighByte(sniff[i]!)) highEven++
    if (isHighByte(sniff[i + 1]!)) highOdd++
  }
  const even = highEven / pairs
  const odd = highOdd / pairs
  const name: EncodingName | null =
    odd >= 0.7 && even <= 0.3 ? 'utf-16le' : even >= 0.7 && odd <= 0.3 ? 'utf-16be' : null
  if (!name) return null
  let text: string
  try {
    text = new TextDecoder(name, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  // eslint-disable-next-line no-control-regex -- control characters are what disqualifies the text
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return null
  return { name, confidence: round(Math.abs(odd - even)) }
}

const isHighByte = (byte: number): boolean => byte === 0x00 || byte === 0x04

/**
 * Share of C0 control bytes (other than tab, LF, VT, FF, CR) above which bytes are data, not text.
 * NUL counts apart: binary formats are full of them, a text holds none — except where a copy damaged
 * a few bytes, which must still open as damaged text.
 */
const MAX_CONTROL_SHARE = 0.05
const MAX_NUL_SHARE = 0.001

export function looksBinary(bytes: Uint8Array): boolean {
  const sniff = bytes.subarray(0, SNIFF_BYTES)
  let controls = 0
  let nuls = 0
  for (const byte of sniff) {
    if (byte === 0) nuls++
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) controls++
  }
  return nuls > sniff.length * MAX_NUL_SHARE || controls > sniff.length * MAX_CONTROL_SHARE
}

/**
 * How common each codepage is among Cyrillic files that are not UTF-8 (Windows-1251 by far). It decides
 * only what the text cannot: a lone letter, a three-letter abbreviation.
 */
const CODEPAGE_PRIOR: Readonly<Record<SingleByteEncoding, number>> = {
  'windows-1251': Math.log(0.85),
  'koi8-r': Math.log(0.08),
  ibm866: Math.log(0.04),
  'iso-8859-5': Math.log(0.03)
}

/** The single-byte codepages scored against the Russian model, best first. */
export function scoreSingleByte(sample: Uint8Array): EncodingCandidate[] {
  return SINGLE_BYTE_ENCODINGS.map((name) => ({
    name,
    score: CODEPAGE_PRIOR[name] + logLikelihood(sample, modelsOf(name))
  })).sort((a, b) => b.score - a.score)
}

/**
 * Average log-likelihood per non-ASCII byte above which a single-byte reading is real text. Letters
 * score about -3 each in Russian; a reading full of box drawing or control characters scores near -20.
 */
const PLAUSIBLE_PER_BYTE = -8

function isPlausibleText(score: number, sample: Uint8Array): boolean {
  return score / Math.max(1, countNonAscii(sample)) > PLAUSIBLE_PER_BYTE
}

function countNonAscii(bytes: Uint8Array): number {
  let count = 0
  for (const byte of bytes) if (byte >= 0x80) count++
  return count
}

const models = new Map<SingleByteEncoding, readonly CharModel[]>()

/** The model of the character each of the 256 bytes decodes to. */
function modelsOf(encoding: SingleByteEncoding): readonly CharModel[] {
  let table = models.get(encoding)
  if (!table) {
    table = Array.from({ length: 256 }, (_, byte) => charModel(charOf(encoding, byte)))
    models.set(encoding, table)
  }
  return table
}
