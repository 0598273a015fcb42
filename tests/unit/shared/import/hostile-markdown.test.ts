/**
 * Markdown built to make a hand-written scanner backtrack, or to hide text: read in linear time by
 * markdown-it, nothing silently lost.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTextDocument } from '@shared/import/monolingual'
import { readMarkdown } from '@shared/import/readers/markdown'
import { runWithBudget } from '../../../helpers/run-with-budget'

const SUPPORT = join(__dirname, 'fixtures/hostile-markdown.ts')
/** The old reader took 29 s on 400 KB of `[a](` and over two minutes on 2 MB of backticks. */
const BUDGET = { timeoutMs: 10_000, heapMb: 512 }

const segments = (markdown: string) =>
  readTextDocument(markdown, { format: 'md', language: 'en' }).document.segments.map((s) => s.text)

describe('Markdown that made the old reader backtrack', () => {
  it('400 KB of "[a](" is read at once, as the text it is', async () => {
    const outcome = await runWithBudget(SUPPORT, 'readRepeatedMarkdown', ['[a](', 100_000], BUDGET)
    expect(outcome.kind).toBe('ok')
    expect((outcome as { value: string }).value).toBe('[a]('.repeat(100_000))
  }, 30_000)

  it('2 MB of backtick runs that never close is read at once', async () => {
    const outcome = await runWithBudget(SUPPORT, 'readBacktickRuns', [2_000_000], BUDGET)
    expect(outcome.kind).toBe('ok')
    expect((outcome as { value: number }).value).toBeGreaterThan(1_900_000)
  }, 30_000)

  it('and so is 2 MB of them among prose, which markdown-it parses', async () => {
    const prose =
      ' is what the agency said on Tuesday about the talks in Minsk and the new ambassadors '
    const outcome = await runWithBudget(SUPPORT, 'readBacktickRuns', [2_000_000, prose], BUDGET)
    expect(outcome.kind).toBe('ok')
  }, 30_000)

  it('a megabyte of emphasis markers is read as the text it is, at once', async () => {
    const outcome = await runWithBudget(SUPPORT, 'readRepeatedMarkdown', ['**a', 333_333], BUDGET)
    expect(outcome).toEqual({ kind: 'ok', value: '**a'.repeat(333_333) })
  }, 30_000)
})

describe('Markdown that hid text', () => {
  it('an HTML comment never closed: everything after it is still read, the marker shown', () => {
    const markdown = 'First paragraph.\n\n<!-- a note\n\nSecond paragraph.\n\nThird *paragraph*.'
    expect(segments(markdown)).toEqual([
      'First paragraph.',
      '<!-- a note',
      'Second paragraph.',
      'Third paragraph.'
    ])
  })

  it('a closed comment is left out, and text after it on its closing line is kept', () => {
    expect(segments('One.\n\n<!-- hidden\nnote --> Two.\n\nThree.')).toEqual([
      'One.',
      'Two.',
      'Three.'
    ])
  })

  it('sentences after a comment on its line map to their own characters (a flag lands on them)', () => {
    // Found by the properties test: both sentences mapped to the whole line, the second before the first.
    const original = '<!-- c -->Минск. 〡 Да &amp; нет.'
    const { document, map } = readTextDocument(original, { format: 'md', language: 'ru' })
    const spans = document.segments.map((s) =>
      original.slice(map.toOriginal(s.start), map.toOriginalEnd(s.end))
    )
    expect(spans).toEqual(['Минск.', '〡 Да &amp; нет.'])
    // A word that is not in the source as it is (decoded from entities) stands for its markup.
    const quoted = '<!-- c -->Минск. Да &laquo;нет&raquo;. Всё.'
    const reading = readTextDocument(quoted, { format: 'md', language: 'ru' })
    expect(
      reading.document.segments.map((s) => [
        s.text,
        quoted.slice(reading.map.toOriginal(s.start), reading.map.toOriginalEnd(s.end))
      ])
    ).toEqual([
      ['Минск.', 'Минск.'],
      ['Да «нет».', 'Да &laquo;нет&raquo;.'],
      ['Всё.', 'Всё.']
    ])
  })

  it('text nested deeper than markdown-it follows is read as plain paragraphs', () => {
    expect(segments(`${'>'.repeat(150)} Deep quote.\n\nAfter.`)).toEqual(['Deep quote.', 'After.'])
    expect(segments(`${'- '.repeat(150)}Deep item.\n\nAfter.`)).toEqual(['Deep item.', 'After.'])
  })

  it('raw HTML blocks are read as HTML: text kept, scripts reported', () => {
    const reading = readMarkdown(
      'Intro.\n\n<div class="box">\n<p>Boxed text.</p>\n<script>track()</script>\n</div>\n\nOutro.'
    )
    expect(reading.text).toBe('Intro.\n\nBoxed text.\n\nOutro.')
    expect(reading.warnings).toEqual([{ code: 'content-skipped', detail: 'script', count: 1 }])
  })
})

describe('CommonMark, as markdown-it reads it', () => {
  it('resolves reference links, nested emphasis and links with parentheses and titles', () => {
    const reading = readMarkdown(
      'See [the report][r], *a **very** strong* claim and [this](https://x.org/a_(b) "T").\n\n[r]: https://example.org'
    )
    expect(reading.text).toBe('See the report, a very strong claim and this.')
  })

  it('keeps headings, list items and paragraphs as blocks of their own', () => {
    const reading = readMarkdown(
      'Title\n=====\n\nText one\ncontinues.\n\n* item one\n* item two\n\n1) first'
    )
    expect(reading.text).toBe('Title\n\nText one continues.\n\nitem one\n\nitem two\n\nfirst')
    expect(reading.kinds).toEqual(['heading', 'paragraph', 'list-item', 'list-item', 'list-item'])
  })
})
