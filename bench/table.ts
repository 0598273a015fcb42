/** A plain text table: columns padded to their widest cell, a rule under the header. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, k) =>
    Math.max(title.length, ...rows.map((row) => (row[k] ?? '').length))
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, k) => (cell ?? '').padEnd(widths[k]!))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
