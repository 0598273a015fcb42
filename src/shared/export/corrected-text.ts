/**
 * The corrected English as a reader gets it: every row's post-edit, or its MT where the reviewer did
 * not change it (unreviewed rows included), in paragraphs as the source has them. Rows of one source
 * paragraph are joined by a space. A row with no source (an MT sentence the source does not have)
 * stays in the paragraph it follows unless the MT started a new paragraph there; MT-only rows that
 * open a paragraph keep the source row that follows them in the same MT paragraph. A row whose
 * post-edit is empty (a deleted addition) contributes nothing.
 */
import { correctedText, type ReviewedArticle, type ReviewedRow } from '../domain/article'

export interface CorrectedParagraph {
  readonly heading: boolean
  /** The paragraph's rows that have text, in order. */
  readonly rows: readonly ReviewedRow[]
  readonly text: string
}

export function correctedParagraphs(article: ReviewedArticle): CorrectedParagraph[] {
  const groups: ReviewedRow[][] = []
  let current: ReviewedRow[] = []
  /** The source paragraph of the latest row that has a source. */
  let lastSource: number | null = null
  for (const row of article.rows) {
    const previous = current[current.length - 1]
    let breaks: boolean
    if (previous === undefined) breaks = true
    else if (row.sourceParagraph === null) {
      // An MT-only row: the MT's own paragraph break is the only evidence.
      breaks = row.targetParagraph !== null && row.targetParagraph !== previous.targetParagraph
    } else if (row.sourceParagraph === lastSource) breaks = false
    else {
      // A new source paragraph, unless MT-only rows just opened it in the same MT paragraph.
      const openedByMtOnly =
        current.every((r) => r.sourceParagraph === null) &&
        previous.targetParagraph === row.targetParagraph
      breaks = !openedByMtOnly
    }
    if (breaks && current.length > 0) {
      groups.push(current)
      current = []
    }
    current.push(row)
    if (row.sourceParagraph !== null) lastSource = row.sourceParagraph
  }
  if (current.length > 0) groups.push(current)
  return groups
    .map((rows) => rows.filter((row) => correctedText(row).trim() !== ''))
    .filter((rows) => rows.length > 0)
    .map((rows) => ({
      heading: rows[0]!.heading,
      rows,
      text: rows.map((row) => correctedText(row).trim()).join(' ')
    }))
}

/** Paragraphs separated by a blank line; a project's articles by two. One final newline. */
export function writeCorrectedText(articles: readonly ReviewedArticle[]): string {
  const body = articles
    .map((article) =>
      correctedParagraphs(article)
        .map((p) => p.text)
        .join('\n\n')
    )
    .filter((text) => text !== '')
    .join('\n\n\n')
  return body === '' ? '' : `${body}\n`
}

/**
 * Markdown: the article's first heading as `#`, later ones as `##`, other paragraphs as they are, with
 * every character that Markdown would read as markup escaped, so the text renders exactly as written.
 * A project's articles are separated by a thematic break.
 */
export function writeCorrectedMarkdown(articles: readonly ReviewedArticle[]): string {
  const body = articles
    .map((article) => {
      let headings = 0
      return correctedParagraphs(article)
        .map((p) => {
          if (!p.heading) return escapeMarkdown(p.text)
          return `${headings++ === 0 ? '#' : '##'} ${escapeMarkdown(p.text)}`
        })
        .join('\n\n')
    })
    .filter((text) => text !== '')
    .join('\n\n---\n\n')
  return body === '' ? '' : `${body}\n`
}

/**
 * Backslash-escapes what CommonMark could read as markup: emphasis, code, links, HTML and entities
 * anywhere; block markers (heading, quote, list, thematic break, setext underline) at the start of a line.
 * Any ASCII punctuation may be backslash-escaped in CommonMark, so over-escaping is harmless.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&!|~]/g, (c) => `\\${c}`)
  return inline.replace(/^([ \t]*)([#>+=-])/gm, '$1\\$2').replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
}
