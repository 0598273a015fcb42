/**
 * Alignment quality against a gold standard, as in Vecalign / Bertalign evaluations: a link is a pair
 * (source ids, target ids); "strict" counts exact matches only. Insertions and deletions (1-0, 0-1) are
 * links like any other.
 */
export interface Link {
  readonly source: readonly number[]
  readonly target: readonly number[]
}

export interface StrictScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly truePositives: number
  readonly predicted: number
  readonly gold: number
}

export function linkKey(link: Link): string {
  return `[${link.source.join(', ')}]:[${link.target.join(', ')}]`
}

export function strictScore(predicted: readonly Link[], gold: readonly Link[]): StrictScore {
  const goldKeys = new Set(gold.filter(nonEmpty).map(linkKey))
  const predictedKeys = new Set(predicted.filter(nonEmpty).map(linkKey))
  let truePositives = 0
  for (const key of predictedKeys) if (goldKeys.has(key)) truePositives++
  return scoreFromCounts(truePositives, predictedKeys.size, goldKeys.size)
}

/** Micro-average over several documents: add the counts, then divide. */
export function sumScores(scores: readonly StrictScore[]): StrictScore {
  const tp = scores.reduce((s, x) => s + x.truePositives, 0)
  const predicted = scores.reduce((s, x) => s + x.predicted, 0)
  const gold = scores.reduce((s, x) => s + x.gold, 0)
  return scoreFromCounts(tp, predicted, gold)
}

function scoreFromCounts(truePositives: number, predicted: number, gold: number): StrictScore {
  const precision = predicted === 0 ? 0 : truePositives / predicted
  const recall = gold === 0 ? 0 : truePositives / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, truePositives, predicted, gold }
}

function nonEmpty(link: Link): boolean {
  return link.source.length > 0 || link.target.length > 0
}

/** Parses `[0]:[0, 1]` gold lines (Text+Berg / Bertalign format); blank lines are skipped. */
export function parseGoldLinks(text: string): Link[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line)
      if (!match) throw new Error(`not an alignment link: ${line}`)
      return { source: ids(match[1]!), target: ids(match[2]!) }
    })
}

function ids(list: string): number[] {
  return list
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .map(Number)
}

/**
 * The Vecalign / Bertalign evaluation (vecalign `score.py`), for figures comparable with theirs:
 * precision is over every predicted link, 1-0 and 0-1 included; recall is over the links that have
 * both sides, in gold and prediction alike (so a missed omission costs precision, not recall). A
 * predicted link that is not exact is still a lax true positive when one of its source sentences is
 * linked, in gold, to one of its target sentences.
 */
export interface VecalignCounts {
  /** Predicted links: exact (strict) and overlapping (lax) matches, of `predicted` links. */
  readonly precisionStrict: number
  readonly precisionLax: number
  readonly predicted: number
  /** Gold links with both sides found exactly (strict) or overlapping (lax), of `gold` links. */
  readonly recallStrict: number
  readonly recallLax: number
  readonly gold: number
}

export interface VecalignScore {
  readonly strict: { readonly precision: number; readonly recall: number; readonly f1: number }
  readonly lax: { readonly precision: number; readonly recall: number; readonly f1: number }
  readonly counts: VecalignCounts
}

export function vecalignCounts(predicted: readonly Link[], gold: readonly Link[]): VecalignCounts {
  const bothSides = (link: Link) => link.source.length > 0 && link.target.length > 0
  const precision = matches(predicted.filter(nonEmpty), gold.filter(nonEmpty))
  const recall = matches(gold.filter(bothSides), predicted.filter(bothSides))
  return {
    precisionStrict: precision.strict,
    precisionLax: precision.lax,
    predicted: precision.total,
    recallStrict: recall.strict,
    recallLax: recall.lax,
    gold: recall.total
  }
}

export function vecalignScore(counts: readonly VecalignCounts[]): VecalignScore {
  const sum = (key: keyof VecalignCounts) => counts.reduce((total, c) => total + c[key], 0)
  const predicted = sum('predicted')
  const gold = sum('gold')
  const ratio = (x: number, y: number) => (y === 0 ? 0 : x / y)
  const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
  const strictP = ratio(sum('precisionStrict'), predicted)
  const strictR = ratio(sum('recallStrict'), gold)
  const laxP = ratio(sum('precisionLax'), predicted)
  const laxR = ratio(sum('recallLax'), gold)
  return {
    strict: { precision: strictP, recall: strictR, f1: f(strictP, strictR) },
    lax: { precision: laxP, recall: laxR, f1: f(laxP, laxR) },
    counts: {
      precisionStrict: sum('precisionStrict'),
      precisionLax: sum('precisionLax'),
      predicted,
      recallStrict: sum('recallStrict'),
      recallLax: sum('recallLax'),
      gold
    }
  }
}

/** How many `tested` links are in `reference` exactly, and how many overlap one of its links. */
function matches(
  tested: readonly Link[],
  reference: readonly Link[]
): { strict: number; lax: number; total: number } {
  const exact = new Set(reference.map(linkKey))
  const targetsOfSource = new Map<number, Set<number>>()
  for (const link of reference) {
    for (const s of link.source) {
      const targets = targetsOfSource.get(s) ?? new Set<number>()
      for (const t of link.target) targets.add(t)
      targetsOfSource.set(s, targets)
    }
  }
  let strict = 0
  let lax = 0
  const unique = new Map(tested.map((link) => [linkKey(link), link]))
  for (const [key, link] of unique) {
    if (exact.has(key)) {
      strict++
      lax++
    } else if (link.source.some((s) => link.target.some((t) => targetsOfSource.get(s)?.has(t)))) {
      lax++
    }
  }
  return { strict, lax, total: unique.size }
}
