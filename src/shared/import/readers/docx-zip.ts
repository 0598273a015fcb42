/**
 * Just enough ZIP to open a DOCX safely: the central directory, and the few entries Calque needs,
 * inflated by fflate under guards.
 *
 * Why not `unzipSync`: it trusts the sizes the archive declares. A zip bomb that lies about them
 * costs CPU (fflate keeps inflating into a buffer of the declared size), and one that tells the truth
 * costs memory. Here every entry is inflated in small steps, and inflation stops as soon as the output
 * passes the size the entry declared or the total limit; entries that declare more than the limit,
 * or a compression ratio no document reaches, are refused before any inflation.
 *
 * Failures: no end-of-central-directory record in a file that starts like a ZIP -> `file-truncated`
 * (a download or copy cut short); inconsistent structure, two entries with one name (which of them a
 * reader takes is up to the reader: Calque refuses to guess) or corrupt deflate data ->
 * `file-damaged`; parts that unpack beyond the limit -> `file-unpacks-too-large`; something that is
 * not a ZIP at all -> `file-format-unsupported` when it is recognisably another format (an old .doc, a
 * PDF, RTF), else `file-damaged`.
 */
import { Inflate } from 'fflate'
import { CalqueFailure } from '../../domain/errors'
import { DEFAULT_IMPORT_LIMITS } from '../limits'

export interface ZipEntry {
  /** The name as stored (`word/document.xml`). */
  readonly name: string
  readonly method: number
  readonly flags: number
  readonly compressedSize: number
  readonly size: number
  readonly localHeaderOffset: number
}

export interface ZipLimits {
  /** Total uncompressed bytes Calque will inflate from one archive. */
  readonly maxTotalBytes: number
  /** Above this ratio an entry bigger than `ratioFloorBytes` is called a bomb. */
  readonly maxRatio: number
  readonly ratioFloorBytes: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: DEFAULT_IMPORT_LIMITS.maxUnpackedBytes,
  // Deflate tops out near 1032:1; real WordprocessingML stays well under 100:1.
  maxRatio: 500,
  ratioFloorBytes: 1024 * 1024
}

const FORMAT = 'DOCX'
const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff
// Small steps bound the memory one step can produce (deflate expands at most ~1032:1).
const INFLATE_STEP = 16 * 1024

/** The central directory, keyed by lower-cased name (OPC part names are case-insensitive). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(bytes)
  if (eocd === -1) throw notAZip(bytes)
  let count = u16(bytes, eocd + 10)
  let offset = u32(bytes, eocd + 16)
  const locator = eocd - 20
  if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64 = safeNumber(u64(bytes, locator + 8))
    if (zip64 + 56 <= bytes.length && u32(bytes, zip64) === ZIP64_EOCD_SIGNATURE) {
      count = safeNumber(u64(bytes, zip64 + 32))
      offset = safeNumber(u64(bytes, zip64 + 48))
    }
  }
  const entries = new Map<string, ZipEntry>()
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== CENTRAL_SIGNATURE) {
      throw malformed('the ZIP central directory is damaged')
    }
    const nameLength = u16(bytes, offset + 28)
    const extraLength = u16(bytes, offset + 30)
    const commentLength = u16(bytes, offset + 32)
    const nameEnd = offset + 46 + nameLength
    if (nameEnd + extraLength > bytes.length)
      throw malformed('the ZIP central directory is damaged')
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, nameEnd))
    const sizes = zip64Sizes(bytes, nameEnd, extraLength, {
      size: u32(bytes, offset + 24),
      compressedSize: u32(bytes, offset + 20),
      localHeaderOffset: u32(bytes, offset + 42)
    })
    const key = name.toLowerCase()
    if (entries.has(key)) {
      throw malformed(
        `it holds two entries named ${name}, and readers disagree on which one counts (a damaged or tampered archive)`
      )
    }
    entries.set(key, {
      name,
      flags: u16(bytes, offset + 8),
      method: u16(bytes, offset + 10),
      ...sizes
    })
    offset = nameEnd + extraLength + commentLength
  }
  return entries
}

/**
 * Inflates the given entries, refusing before any work when their declared sizes pass the limits,
 * and during the work when an entry turns out bigger than it declared.
 */
export function extractEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  /** Bytes already unpacked from the same archive: they count against the same limit. */
  alreadyUnpacked = 0
): Uint8Array[] {
  const declared = alreadyUnpacked + entries.reduce((sum, entry) => sum + entry.size, 0)
  if (declared > limits.maxTotalBytes) {
    throw new CalqueFailure({
      code: 'file-unpacks-too-large',
      format: FORMAT,
      size: declared,
      limit: limits.maxTotalBytes
    })
  }
  for (const entry of entries) {
    const ratio = entry.size / Math.max(1, entry.compressedSize)
    if (entry.size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw malformed(
        `${entry.name} claims to unpack ${Math.round(ratio)} times larger than it is stored: a zip bomb?`
      )
    }
  }
  return entries.map((entry) => extractEntry(bytes, entry))
}

function extractEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 0x1) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: FORMAT,
      detail: `${entry.name} is encrypted`
    })
  }
  const start = entry.localHeaderOffset
  if (start + 30 > bytes.length || u32(bytes, start) !== LOCAL_SIGNATURE) {
    throw malformed(`the ZIP entry ${entry.name} is damaged`)
  }
  const dataStart = start + 30 + u16(bytes, start + 26) + u16(bytes, start + 28)
  const dataEnd = dataStart + entry.compressedSize
  if (dataEnd > bytes.length) {
    throw new CalqueFailure({
      code: 'file-truncated',
      format: FORMAT,
      detail: `${entry.name} ends before its data does`
    })
  }
  const data = bytes.subarray(dataStart, dataEnd)
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw malformed(`${entry.name} has inconsistent sizes`)
    return data
  }
  if (entry.method !== 8) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: FORMAT,
      detail: `${entry.name} uses ZIP compression method ${entry.method} (only deflate is supported)`
    })
  }
  return inflateBounded(data, entry)
}

/** Inflate step by step into a buffer of the declared size; more output than that is a lie. */
function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size)
  let written = 0
  let finished = false
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > out.length) {
      throw malformed(
        `${entry.name} unpacks to more than the ${entry.size} bytes it declares: a zip bomb?`
      )
    }
    out.set(chunk, written)
    written += chunk.length
    finished ||= final
  })
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP)
      inflater.push(data.subarray(at, end), end === data.length)
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true)
  } catch (error) {
    if (error instanceof CalqueFailure) throw error
    throw malformed(
      `${entry.name} is corrupt (${error instanceof Error ? error.message : 'inflate failed'})`
    )
  }
  if (!finished || written !== entry.size) {
    throw malformed(`${entry.name} unpacks to ${written} bytes, not the ${entry.size} it declares`)
  }
  return out
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT)
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) return at
  }
  return -1
}

/** ZIP64 keeps the real value of any 0xFFFFFFFF field in extra field 0x0001, in a fixed order. */
function zip64Sizes(
  bytes: Uint8Array,
  extraStart: number,
  extraLength: number,
  fields: { size: number; compressedSize: number; localHeaderOffset: number }
): { size: number; compressedSize: number; localHeaderOffset: number } {
  const FULL = 0xffffffff
  if (fields.size !== FULL && fields.compressedSize !== FULL && fields.localHeaderOffset !== FULL) {
    return fields
  }
  const result = { ...fields }
  for (let at = extraStart; at + 4 <= extraStart + extraLength; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 0x0001) continue
    let field = at + 4
    for (const key of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
      if (fields[key] !== FULL) continue
      if (field + 8 > bytes.length) throw malformed('the ZIP central directory is damaged')
      result[key] = safeNumber(u64(bytes, field))
      field += 8
    }
  }
  return result
}

/** No end-of-central-directory record: a ZIP cut short, another format, or just bytes. */
function notAZip(bytes: Uint8Array): CalqueFailure {
  const startsWith = (...signature: number[]): boolean => signature.every((b, i) => bytes[i] === b)
  if (startsWith(0x50, 0x4b)) {
    return new CalqueFailure({
      code: 'file-truncated',
      format: FORMAT,
      detail: 'the ZIP archive has no central directory'
    })
  }
  const other = startsWith(0xd0, 0xcf, 0x11, 0xe0)
    ? 'a Word 97–2003 document (.doc) or a password-protected DOCX'
    : startsWith(0x25, 0x50, 0x44, 0x46)
      ? 'a PDF'
      : startsWith(0x7b, 0x5c, 0x72, 0x74, 0x66)
        ? 'an RTF document'
        : undefined
  if (other) {
    return new CalqueFailure({ code: 'file-format-unsupported', format: FORMAT, detail: other })
  }
  return malformed('not a ZIP archive')
}

/** `file-damaged`: there is no line or column to point at inside a ZIP's structure. */
function malformed(detail: string): CalqueFailure {
  return new CalqueFailure({ code: 'file-damaged', format: FORMAT, detail })
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32
}

/** Offsets and sizes past 2^53 cannot be real for a file held in memory. */
function safeNumber(value: number): number {
  if (!Number.isSafeInteger(value)) throw malformed('the ZIP central directory is damaged')
  return value
}
