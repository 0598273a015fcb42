/**
 * One person or place spelled more than one way in the English: Lukashenko / Lukashenka, Nikolay /
 * Nikolai / Mikola for one «Николай». Two routes, both by hash maps:
 *
 * 1. Through the Russian: English spellings linked to the same Russian name (see names/analyse.ts)
 *    are one entity, whatever they look like ("Mikola" renders «Николай» as surely as "Nikolay").
 * 2. Within the English: spellings with the same consonant skeleton that differ by a letter or two
 *    ("Zelensky" / "Zelenskiy") where the Russian does not name them, unless the Russian shows they
 *    are two different names.
 *
 * The spelling most occurrences use is the reference (on a tie: the one closest to a plain
 * transliteration of the Russian, then the first); every other spelling is reported, with a fix.
 */
import { transliterate } from '../../text/transliterate'
import type { NameOccurrence } from '../names/analyse'
import { editDistance } from '../text/edit-distance'
import type { DocumentCheck, Emit } from '../types'
import { message } from './message'

/** Capitalised words of titles and institutions, known as words even without a speller. */
const TITLE_WORDS = new Set(
  'minister ministry ministers ministries president presidential presidents secretary secretariat committee committees commission commissioner council councils republic republican federation federal department agency agencies government governor governors chairman chairwoman director directorate service services assembly parliament senate senator deputy deputies army navy court courts bureau office union unions party parties national nations'.split(
    ' '
  )
)

/** Shorter names collide too easily (Navy ~ Neva, Tom ~ Tony, Hale ~ Hall). */
const MIN_LENGTH = 5

/**
 * Two spellings of one name, not two names: long enough, close (Mikola ~ Nikolay: 2 edits of 7), not
 * a word and its derivative (Israel ~ Israeli, German ~ Germany, Oscar ~ Oscars), and not a man and a
 * woman of one family (Mezenov ~ Mezenova, Tolstoy ~ Tolstaya), which the Russian tells apart.
 */
function areVariants(a: NameOccurrence, b: NameOccurrence, maxEdits?: number): boolean {
  const x = a.spelling
  const y = b.spelling
  if (x.length < MIN_LENGTH || y.length < MIN_LENGTH) return false
  if (isDerivative(x, y) || isDerivative(y, x)) return false
  const limit = maxEdits ?? Math.max(2, Math.floor(Math.max(x.length, y.length) * 0.3))
  if (editDistance(x, y, limit) > limit) return false
  const sameRussian = a.sourceWord !== undefined && a.sourceWord === b.sourceWord
  return sameRussian || !isGenderPair(x, y)
}

/** Suffixes of demonyms, adjectives and plurals made from a name. */
const DERIVING = /(?:ians?|eans?|ans?|ese|ish|is?|ns?|s|y|er|ers)$/

/**
 * `longer` is a word made from `shorter` (Israel -> Israeli, Argentina -> Argentinean, Oscar -> Oscars),
 * not a spelling of it: longer by two letters or more, or `shorter` plus a suffix. Lukashenko and
 * Lukashenka (same length) are spellings.
 */
function isDerivative(longer: string, shorter: string): boolean {
  if (longer.length <= shorter.length) return false
  if (longer.startsWith(shorter)) return true
  const stem = shorter.replace(/[aeiouy]+$/, '')
  return longer.length - shorter.length >= 2 && longer.startsWith(stem) && DERIVING.test(longer)
}

const feminine = (s: string) => /(?:a|aya|ya|ia)$/.test(s)

function isGenderPair(x: string, y: string): boolean {
  if (feminine(x) === feminine(y)) return false
  const masculine = feminine(x) ? y : x
  return !/[aoeu]$/.test(masculine)
}

export const nameConsistency: DocumentCheck = {
  id: 'name-consistency',
  scope: 'document',
  category: 'terminology/inconsistent-use',
  severity: 'minor',
  usesNames: true,
  run(context, emit) {
    const { occurrences } = context.names
    const reported = new Set<NameOccurrence>()
    // 1. By the Russian name.
    const byLemma = new Map<string, NameOccurrence[]>()
    for (const o of occurrences) {
      if (o.lemma === undefined) continue
      const list = byLemma.get(o.lemma)
      if (list) list.push(o)
      else byLemma.set(o.lemma, [o])
    }
    for (const group of byLemma.values()) {
      const spellings = new Set(group.map((o) => o.spelling))
      if (spellings.size < 2) continue
      // Only spelling variants: "Russia" and "Russian" may both render one Russian word.
      const reference = pickReference(group)
      const variants = group.filter(
        (o) => o.spelling !== reference.spelling && areVariants(o, reference)
      )
      report(variants, reference, group, emit, reported)
    }
    // 2. Within the English, by skeleton.
    const speller = context.options.spelling
    const isWord = (surface: string) =>
      TITLE_WORDS.has(surface.toLowerCase()) || (speller?.correct(surface.toLowerCase()) ?? false)
    const bySkeleton = new Map<string, NameOccurrence[]>()
    for (const o of occurrences) {
      if (o.initial && o.lemma === undefined) continue
      const skeleton = o.skeleton
      if (skeleton === '' || o.spelling.length < MIN_LENGTH) continue
      const list = bySkeleton.get(skeleton)
      if (list) list.push(o)
      else bySkeleton.set(skeleton, [o])
    }
    for (const group of bySkeleton.values()) {
      if (new Set(group.map((o) => o.spelling)).size < 2) continue
      const reference = pickReference(group)
      const variants = group.filter(
        (o) =>
          !reported.has(o) &&
          o.spelling !== reference.spelling &&
          o.spelling.slice(0, 3) === reference.spelling.slice(0, 3) &&
          areVariants(o, reference, 2) &&
          // Without the Russian to say so, two English words (Minister, Ministry) are not a name.
          !(isWord(o.surface) && isWord(reference.surface)) &&
          // Two different Russian names: two people (Hale and Hill), not two spellings.
          (o.lemma === undefined || reference.lemma === undefined || o.lemma === reference.lemma)
      )
      report(variants, reference, group, emit, reported)
    }
  }
}

function pickReference(group: readonly NameOccurrence[]): NameOccurrence {
  const counts = new Map<string, number>()
  const first = new Map<string, NameOccurrence>()
  for (const o of group) {
    counts.set(o.spelling, (counts.get(o.spelling) ?? 0) + 1)
    if (!first.has(o.spelling)) first.set(o.spelling, o)
  }
  // One candidate per spelling; on a tie in count, the one nearest a plain transliteration.
  const closeness = (o: NameOccurrence) =>
    o.sourceWord === undefined ? 99 : editDistance(o.spelling, transliterate(o.sourceWord))
  let best: NameOccurrence | undefined
  for (const o of first.values()) {
    if (!best) best = o
    else {
      const dc = counts.get(o.spelling)! - counts.get(best.spelling)!
      if (dc > 0 || (dc === 0 && closeness(o) < closeness(best))) best = o
    }
  }
  return best!
}

function report(
  variants: readonly NameOccurrence[],
  reference: NameOccurrence,
  group: readonly NameOccurrence[],
  emit: Emit,
  reported: Set<NameOccurrence>
): void {
  const count = group.filter((o) => o.spelling === reference.spelling).length
  for (const o of variants) {
    reported.add(o)
    const span: [number, number] = [o.start, o.end]
    emit({
      row: o.row,
      side: 'target',
      span,
      message: message('nameVariant', { name: o.surface, reference: reference.surface, count }),
      fix: { side: 'target', span, replacement: matchCase(reference.surface, o.surface) }
    })
  }
}

/** The reference spelling in the case of the occurrence (LUKASHENKA stays in capitals). */
function matchCase(reference: string, occurrence: string): string {
  return occurrence === occurrence.toUpperCase() ? reference.toUpperCase() : reference
}
