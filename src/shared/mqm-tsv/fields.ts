/**
 * Fields of an MQM TSV line. The format has one record per line and TAB between fields (the MQM
 * Viewer splits on them and nothing else), but files written by Python's csv module (the WMT21 en-ru
 * ones) wrap a field holding a double quote in quotes and double the quotes inside:
 * `"a list of ""travel corridor"" nations"`. A field is unquoted only when it is exactly such a
 * quoted field; a field that merely starts with a quote (`"Hello," he said.`) is kept as it is.
 *
 * Why not a CSV parser (papaparse): a stray opening quote makes it swallow TABs and line ends until
 * the next quote, merging many records into one field; line by line, one odd field costs nothing.
 */

const QUOTED = /^"((?:[^"]|"")*)"$/

export function splitTsvLine(line: string): string[] {
  return line.split('\t').map(unquote)
}

function unquote(field: string): string {
  const quoted = QUOTED.exec(field)
  return quoted ? quoted[1]!.replace(/""/g, '"') : field
}

/**
 * A value as one field: TABs and line breaks become spaces (they would split the record), and a value
 * that a reader would take for a quoted field is quoted so that it reads back unchanged.
 */
export function tsvField(value: string): string {
  const flat = value.replace(/[\t\r\n]/g, ' ')
  return QUOTED.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat
}
