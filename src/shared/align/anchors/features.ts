/**
 * Anchors of a whole side, extracted once and packed into typed arrays so that the alignment's
 * inner loop compares integers only: every key string becomes a small integer id shared by both
 * sides, and each segment's keys are sorted so two segments are compared by one merge.
 */
import { AnchorExtractor, type KeyedAnchor } from './extract'
import { ANCHOR_KINDS, type AnchorKind } from './types'

/** What an anchor is worth, in nats: `match` when found on the other side of a bead, `miss` when not. */
export interface AnchorWeight {
  readonly match: number
  readonly miss: number
}

export type AnchorWeights = Readonly<Record<AnchorKind, AnchorWeight>>

/**
 * Where these come from. On the 4,739 gold pairs of the WMT RU-EN set, each kind of anchor was
 * counted in right beads and in beads one sentence off (the confusion an aligner actually faces);
 * for example a number of two or more digits is found across in 93 % of right beads and 5 % of
 * wrong ones, a name in 64 % and 9 %. Half the log-likelihood ratios of those rates were the start
 * (half, because anchors and lengths are not independent evidence); a coordinate search then tuned
 * them on two development draws of the perturbed WMT set (seeds the tests do not use) and, at a
 * quarter of the weight, on Text+Berg. The shape that came out: numbers, dates and the question or
 * exclamation mark are cheap evidence when found and strong evidence against a bead when missing
 * (a translation keeps them); names are good evidence when found and weak when missing (see
 * `withNameMiss`); the opening word of a sentence, capitalised anyway, is weak both ways.
 */
export const DEFAULT_ANCHOR_WEIGHTS: AnchorWeights = {
  number: { match: 0.7, miss: 1.9 },
  digit: { match: 1.2, miss: 1.2 },
  date: { match: 1.4, miss: 2.2 },
  month: { match: 2.2, miss: 1.5 },
  name: { match: 1.35, miss: 0.45 },
  'first-word': { match: 0.85, miss: 0.1 },
  question: { match: 0.5, miss: 2.1 },
  exclamation: { match: 0.6, miss: 2.1 },
  quote: { match: 0.3, miss: 0.8 }
}

/** Anchors beyond this many in one segment are ignored (a match is recorded in a 32-bit mask). */
const MAX_ANCHORS = 32

export interface SideAnchors {
  readonly count: number
  /** Keys of segment s: entries entryStart[s] .. entryStart[s + 1] - 1, sorted by key id. */
  readonly entryStart: Int32Array
  readonly entryKey: Int32Array
  /** Which of its segment's anchors (0..31) each entry belongs to. */
  readonly entryAnchor: Uint8Array
  /** Anchors of segment s: anchorStart[s] .. anchorStart[s + 1] - 1. */
  readonly anchorStart: Int32Array
  /** match + miss of each anchor: what finding it saves over missing it. */
  readonly anchorGain: Float64Array
  /** Prefix sums over segments of the miss weights and of the gains. */
  readonly missPrefix: Float64Array
  readonly gainPrefix: Float64Array
}

/** The anchors of both sides of a pair, with key ids 0 .. keyCount − 1 shared between them. */
export interface PairAnchors {
  readonly source: SideAnchors
  readonly target: SideAnchors
  readonly keyCount: number
}

/** Extracts and packs the anchors of both sides with one shared key table. */
export function sideAnchorsOf(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  weights: AnchorWeights = DEFAULT_ANCHOR_WEIGHTS
): PairAnchors {
  const extractor = new AnchorExtractor()
  const source = collect(sourceTexts, extractor, weights)
  const target = collect(targetTexts, extractor, weights)
  return {
    source: weigh(source, withNameMiss(weights, source.names, target.names)),
    target: weigh(target, withNameMiss(weights, target.names, source.names)),
    keyCount: extractor.keyIds.size
  }
}

/**
 * A name missing on the other side is evidence against a bead only as far as this side's
 * capitalised words are names at all. German capitalises every noun: a German side has several
 * times the "names" of its French translation, most of which can never be found. So the miss weight
 * of a side's names shrinks with the share of them the other side could hold.
 */
function withNameMiss(weights: AnchorWeights, names: number, otherNames: number): AnchorWeights {
  if (names <= otherNames) return weights
  const share = otherNames / names
  return { ...weights, name: { ...weights.name, miss: weights.name.miss * share * share } }
}

/** A side's anchors before weighing: keys sorted per segment, and the kind of each anchor. */
interface Collected {
  readonly count: number
  readonly entryStart: Int32Array
  readonly entryKey: Int32Array
  readonly entryAnchor: Uint8Array
  readonly anchorStart: Int32Array
  readonly anchorKind: Uint8Array
  /** How many anchors are names. */
  readonly names: number
}

/** One segment's contribution to `Collected`: its sorted entries, the kinds of its anchors. */
interface SegmentEntries {
  /** (key id · 32 + anchor index), sorted. */
  readonly entries: readonly number[]
  readonly kinds: readonly number[]
  readonly names: number
}

/**
 * A segment's entries depend on its text alone (its keys already have ids once it has been read), so
 * a text met again is not read again: documents repeat headlines, datelines and boilerplate, and a
 * long input built from one corpus repeats whole segments.
 */
function collect(
  texts: readonly string[],
  extractor: AnchorExtractor,
  weights: AnchorWeights
): Collected {
  const n = texts.length
  const entryStart = new Int32Array(n + 1)
  const anchorStart = new Int32Array(n + 1)
  const keys: number[] = []
  const owners: number[] = []
  const kinds: number[] = []
  const seen = new Map<string, SegmentEntries>()
  let names = 0
  for (let s = 0; s < n; s++) {
    const text = texts[s]!
    let segment = seen.get(text)
    if (segment === undefined) {
      segment = segmentEntries(extractor.anchorsOf(text), weights)
      seen.set(text, segment)
    }
    for (const kind of segment.kinds) kinds.push(kind)
    names += segment.names
    for (const entry of segment.entries) {
      keys.push(entry >>> 5)
      owners.push(entry & 31)
    }
    entryStart[s + 1] = keys.length
    anchorStart[s + 1] = kinds.length
  }
  return {
    count: n,
    entryStart,
    entryKey: Int32Array.from(keys),
    entryAnchor: Uint8Array.from(owners),
    anchorStart,
    anchorKind: Uint8Array.from(kinds),
    names
  }
}

function segmentEntries(anchors: readonly KeyedAnchor[], weights: AnchorWeights): SegmentEntries {
  // (key id · 32 + anchor index): one number per entry, so a numeric sort orders by key.
  const entries: number[] = []
  const kinds: number[] = []
  let names = 0
  for (const anchor of anchors) {
    const weight = weights[anchor.kind]
    // An anchor worth nothing either way (a kind switched off) would only slow the search.
    if (weight.match + weight.miss <= 0) continue
    if (kinds.length === MAX_ANCHORS) break
    const local = kinds.length
    kinds.push(KIND_INDEX.get(anchor.kind)!)
    if (anchor.kind === 'name') names++
    for (const id of anchor.ids) entries.push(id * 32 + local)
  }
  sortSmall(entries)
  return { entries, kinds, names }
}

/** Insertion sort: a segment has a handful of entries, for which it beats a sort with a callback. */
function sortSmall(values: number[]): void {
  for (let k = 1; k < values.length; k++) {
    const value = values[k]!
    let at = k - 1
    for (; at >= 0 && values[at]! > value; at--) values[at + 1] = values[at]!
    values[at + 1] = value
  }
}

const KIND_INDEX = new Map(ANCHOR_KINDS.map((kind, index) => [kind, index]))

function weigh(side: Collected, weights: AnchorWeights): SideAnchors {
  const n = side.count
  const byKind = ANCHOR_KINDS.map((kind) => weights[kind])
  const anchorGain = Float64Array.from(side.anchorKind, (kind) => {
    const weight = byKind[kind]!
    return weight.match + weight.miss
  })
  const missPrefix = new Float64Array(n + 1)
  const gainPrefix = new Float64Array(n + 1)
  for (let s = 0; s < n; s++) {
    let miss = 0
    let gain = 0
    for (let a = side.anchorStart[s]!; a < side.anchorStart[s + 1]!; a++) {
      miss += byKind[side.anchorKind[a]!]!.miss
      gain += anchorGain[a]!
    }
    missPrefix[s + 1] = missPrefix[s]! + miss
    gainPrefix[s + 1] = gainPrefix[s]! + gain
  }
  return {
    count: n,
    entryStart: side.entryStart,
    entryKey: side.entryKey,
    entryAnchor: side.entryAnchor,
    anchorStart: side.anchorStart,
    anchorGain,
    missPrefix,
    gainPrefix
  }
}
