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
