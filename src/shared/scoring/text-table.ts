/**
 * A table as monospaced text for terminals: columns padded to their widest cell, numbers aligned
 * (formatted or not) right, text left, two spaces between columns. Widths count code points, which is right for Latin
 * and Cyrillic (the scripts Calque handles).
 */

export type TextCell = string | number | null

export function formatTextTable(
  header: readonly string[],
  rows: readonly (readonly TextCell[])[]
): string {
  const text = (cell: TextCell) => (cell === null ? '' : String(cell))
  const width = (value: string) => Array.from(value).length
  const widths = header.map((h, i) =>
    Math.max(width(h), ...rows.map((row) => width(text(row[i] ?? null))))
  )
  // A column of numbers (or numbers already formatted, or empty cells) aligns right.
  const numeric = header.map((_, i) => rows.every((row) => isNumeric(row[i] ?? null)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - width(cell)))
        return numeric[i] ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map((row) => line(header.map((_, i) => text(row[i] ?? null))))]
    .map((l) => `${l}\n`)
    .join('')
}

const NUMBER_TEXT = /^(?:[-+−]?\d[\d.,]*%?|–|)$/

function isNumeric(cell: TextCell): boolean {
  return cell === null || typeof cell === 'number' || NUMBER_TEXT.test(cell)
}
