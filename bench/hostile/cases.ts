/**
 * The hostile inputs of `npm run bench:hostile`: what a fault-and-hostile-input probe threw at the
 * import path, and the large legitimate inputs next to them. Each case writes its files for a scale
 * (1 and 2, so super-linear growth shows) into a temporary folder, then runs the import path on them
 * (`performImport`, and for pairs `writeAlignmentFile` as a project would) and says what happened.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { CalqueFailure } from '@shared/domain/errors'
import type { UserRulesInput } from '@shared/segment/rules'
import { createSegmenter } from '@shared/segment/segmenter'
import { importPath } from '../../src/main/services/import-file'
import { writeAlignmentFile } from '../../src/main/services/import-job/alignment-writer'
import { performImport } from '../../src/main/services/import-job/perform-import'
import type { ImportJobRequest } from '../../src/main/services/import-job/types'

const SAMPLE = join(__dirname, '../../resources/samples/belarus-usa-ambassadors')
const ru = () => readFileSync(join(SAMPLE, 'ru.txt'), 'utf8')
const en = () => readFileSync(join(SAMPLE, 'en.txt'), 'utf8')

export interface HostileCase {
  readonly id: string
  readonly what: string
  /** Writes the inputs for `scale` (1 or 2) into `dir`; returns the request to run and its bytes. */
  readonly generate: (dir: string, scale: number) => Generated
}

/**
 * What to run: `read` one file as the app reads one side (`importPath`: decode, read, segment), or a
 * whole `job` (both sides, alignment, alignment.json).
 */
export type Work =
  | {
      readonly kind: 'read'
      readonly path: string
      readonly language: 'ru' | 'en'
      readonly userRules?: readonly UserRulesInput[]
    }
  | { readonly kind: 'job'; readonly request: ImportJobRequest }

export interface Generated {
  readonly work: Work
  readonly inputBytes: number
}

/** Writes `content` to `dir/name` and returns the path and its size. */
function put(
  dir: string,
  name: string,
  content: string | Uint8Array
): { path: string; bytes: number } {
  const path = join(dir, name)
  writeFileSync(path, content)
  return { path, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length }
}

/** `unit` repeated to about `bytes` bytes (UTF-8). */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))))
}

const MB = 1024 * 1024

function pair(
  source: { path: string; bytes: number },
  target: { path: string; bytes: number }
): Generated {
  return {
    work: {
      kind: 'job',
      request: { kind: 'pair', sourcePath: source.path, targetPath: target.path }
    },
    inputBytes: source.bytes + target.bytes
  }
}

/** One Russian side read as the app reads it. */
function read(
  file: { path: string; bytes: number },
  userRules?: readonly UserRulesInput[]
): Generated {
  return {
    work: { kind: 'read', path: file.path, language: 'ru', ...(userRules ? { userRules } : {}) },
    inputBytes: file.bytes
  }
}

function bilingual(file: { path: string; bytes: number }): Generated {
  return {
    work: { kind: 'job', request: { kind: 'bilingual', path: file.path } },
    inputBytes: file.bytes
  }
}

function docxOf(documentXml: string): Uint8Array {
  return zipSync({ 'word/document.xml': Buffer.from(documentXml) }, { level: 1 })
}

function manyParagraphsXml(paragraphs: number): string {
  const parts = [
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
  ]
  for (let k = 0; k < paragraphs; k++)
    parts.push(`<w:p><w:r><w:t>Sentence ${(k * 7919) % 1000003}.</w:t></w:r></w:p>`)
  parts.push('</w:body></w:document>')
  return parts.join('')
}

export const CASES: readonly HostileCase[] = [
  {
    id: 'rule-backtracking',
    what: 'user rule "(?:a+)+b" (break, after), text of 36-letter runs',
    generate: (dir, scale) =>
      read(put(dir, 'ru.txt', repeatTo(`${'a'.repeat(36)} Да. `, scale * 2 * MB)), [
        { rules: [{ id: 'slow', break: true, before: '', after: '(?:a+)+b' }] }
      ])
  },
  {
    id: 'md-link-open',
    what: 'Markdown: "[a](" repeated (old reader: 29 s at 400 KB)',
    generate: (dir, scale) => read(put(dir, 'ru.md', '[a]('.repeat(scale * 100_000)))
  },
  {
    id: 'md-backticks',
    what: 'Markdown: backtick runs of growing length, never closed',
    generate: (dir, scale) => {
      const parts = ['x ']
      let length = 0
      for (let k = 1; length < scale * 2 * MB; k++) {
        parts.push(`${'`'.repeat(k)} a `)
        length += k + 3
      }
      return read(put(dir, 'ru.md', parts.join('')))
    }
  },
  {
    id: 'md-backticks-prose',
    what: 'Markdown: backtick runs 1..20 among prose (markdown-it parses them)',
    generate: (dir, scale) => {
      const parts: string[] = []
      let length = 0
      for (let k = 0; length < scale * 2 * MB; k++) {
        const part = `${'`'.repeat(1 + (k % 20))} Минск и Вашингтон договорились о послах. `
        parts.push(part)
        length += part.length
      }
      return read(put(dir, 'ru.md', parts.join('')))
    }
  },
  {
    id: 'md-unclosed-comment',
    what: 'Markdown: "<!--" never closed, then paragraphs',
    generate: (dir, scale) =>
      read(
        put(dir, 'ru.md', `Начало.\n\n<!--\n${repeatTo('Текст абзаца здесь.\n\n', scale * 2 * MB)}`)
      )
  },
  {
    id: 'md-emphasis',
    what: 'Markdown: "**a" repeated (markup-dense)',
    generate: (dir, scale) => read(put(dir, 'ru.md', repeatTo('**a', scale * 2 * MB)))
  },
  {
    id: 'docx-bomb',
    what: 'DOCX: 2M/4M paragraphs (76/152 MB unpacked) in a few MB',
    generate: (dir, scale) =>
      read(put(dir, 'ru.docx', docxOf(manyParagraphsXml(scale * 2_000_000))))
  },
  {
    id: 'docx-paragraphs',
    what: 'DOCX: 400k/800k paragraphs, under the size limit',
    generate: (dir, scale) => read(put(dir, 'ru.docx', docxOf(manyParagraphsXml(scale * 400_000))))
  },
  {
    id: 'tiny-sentences-pair',
    what: 'pair of 1M/2M tiny sentences per side ("Да. ")',
    generate: (dir, scale) =>
      pair(
        put(dir, 'ru.txt', 'Да. '.repeat(scale * 1_000_000)),
        put(dir, 'en.txt', 'Yes. '.repeat(scale * 1_000_000))
      )
  },
  {
    id: 'tiny-lines-pair',
    what: 'pair of 1M/2M one-word lines per side',
    generate: (dir, scale) =>
      pair(
        put(dir, 'ru.txt', 'Да.\n'.repeat(scale * 1_000_000)),
        put(dir, 'en.txt', 'Yes.\n'.repeat(scale * 1_000_000))
      )
  },
  {
    id: 'sentences-pair',
    what: 'pair of 100k/200k short sentences (under the limit): aligned, alignment.json written',
    generate: (dir, scale) => {
      const n = scale * 100_000
      const ruText = Array.from({ length: n }, (_, k) => `Предложение номер ${k}.`).join(' ')
      const enText = Array.from({ length: n }, (_, k) => `Sentence number ${k}.`).join(' ')
      return pair(put(dir, 'ru.txt', ruText), put(dir, 'en.txt', enText))
    }
  },
  {
    id: 'article-pair',
    what: 'the sample article repeated to 5/10 MB a side: aligned, alignment.json written',
    generate: (dir, scale) =>
      pair(
        put(dir, 'ru.txt', repeatTo(`${ru()}\n\n`, scale * 5 * MB)),
        put(dir, 'en.txt', repeatTo(`${en()}\n\n`, scale * 5 * MB))
      )
  },
  {
    id: 'unbalanced-pair',
    what: 'pair: 2/4 MB of Markdown paragraphs against the 50-sentence article (the aligner on a 1000:1 pair)',
    generate: (dir, scale) =>
      pair(
        put(dir, 'ru.md', repeatTo('Текст абзаца здесь.\n\n', scale * 2 * MB)),
        put(dir, 'en.txt', en())
      )
  },
  {
    id: 'text-48mb',
    what: 'plain Russian text of 24/48 MB (just under the 50 MB file-size limit)',
    generate: (dir, scale) => read(put(dir, 'ru.txt', repeatTo(`${ru()}\n\n`, scale * 24 * MB)))
  },
  {
    id: 'space-run',
    what: 'a paragraph with a run of 5M/10M spaces',
    generate: (dir, scale) =>
      read(put(dir, 'ru.txt', `Начало. ${' '.repeat(scale * 5_000_000)}конец.\n- пункт`))
  },
  {
    id: 'mixed-encoding',
    what: 'half UTF-8, half Windows-1251, 5/10 MB',
    generate: (dir, scale) => {
      const half = repeatTo(`${ru()}\n\n`, scale * 2.5 * MB)
      // Windows-1251 by hand: А..я are 0xC0..0xFF; what it lacks here becomes "?".
      const single = Buffer.from(
        [...half.replace(/[«»—…№]/g, '"')].map((c) => {
          const code = c.charCodeAt(0)
          if (code < 0x80) return code
          if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
          return c === 'ё' ? 0xb8 : c === 'Ё' ? 0xa8 : 0x3f
        })
      )
      const bytes = Buffer.concat([Buffer.from(half), single])
      return read(put(dir, 'ru.txt', bytes))
    }
  },
  {
    id: 'damaged-utf8',
    what: 'UTF-8 of 5/10 MB with a bad byte every 10 KB',
    generate: (dir, scale) => {
      const bytes = Buffer.from(repeatTo(`${ru()}\n\n`, scale * 5 * MB))
      for (let at = 5000; at < bytes.length; at += 10_000) bytes[at] = 0xff
      return read(put(dir, 'ru.txt', bytes))
    }
  },
  {
    id: 'html-paragraphs',
    what: 'HTML of 5/10 MB of short <p>',
    generate: (dir, scale) =>
      read(
        put(
          dir,
          'ru.html',
          `<html><body>${repeatTo('<p>Абзац.</p>', scale * 5 * MB)}</body></html>`
        )
      )
  },
  {
    id: 'xml-deep',
    what: 'XLIFF nested 1M/2M elements deep',
    generate: (dir, scale) => {
      const depth = scale * 1_000_000
      const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${'<g>'.repeat(depth)}${'</g>'.repeat(depth)}</xliff>`
      return bilingual(put(dir, 'a.xlf', xml))
    }
  },
  {
    id: 'csv-unclosed-quote',
    what: 'CSV of 5/10 MB whose first field opens a quote that never closes',
    generate: (dir, scale) => {
      return bilingual(put(dir, 'a.csv', `"${repeatTo('Минск;Minsk\n', scale * 5 * MB)}`))
    }
  },
  {
    id: 'xliff-units',
    what: 'XLIFF 2 of 5/10 MB of short units',
    generate: (dir, scale) => {
      const unit = (k: number) =>
        `<unit id="u${k}"><segment><source>Да ${k}.</source><target>Yes ${k}.</target></segment></unit>`
      const units: string[] = []
      let length = 0
      for (let k = 0; length < scale * 5 * MB; k++) {
        const u = unit(k)
        units.push(u)
        length += u.length
      }
      const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en"><file id="f">${units.join('')}</file></xliff>`
      return bilingual(put(dir, 'a.xlf', xml))
    }
  }
]

export interface CaseRun {
  readonly outcome: string
  /** Seconds spent reading and segmenting, before aligning began (all of it when nothing aligns). */
  readonly readSeconds: number
}

/** Runs the work as the app would (a job: import, then alignment.json for a pair); says what happened. */
export async function runCase(work: Work, dir: string): Promise<CaseRun> {
  const started = performance.now()
  let aligning: number | null = null
  const readSeconds = () => ((aligning ?? performance.now()) - started) / 1000
  const done = (outcome: string): CaseRun => ({ outcome, readSeconds: readSeconds() })
  try {
    if (work.kind === 'read') {
      const rules = work.userRules
      const file = await importPath(work.path, {
        language: work.language,
        ...(rules ? { segmenter: createSegmenter(work.language, rules) } : {})
      })
      const segments =
        file.kind === 'monolingual'
          ? file.document.segments.length
          : file.source.segments.length + file.target.segments.length
      return done(`ok: ${segments} segments`)
    }
    const request = work.request
    const result = await performImport(request, (progress) => {
      if (progress.phase === 'aligning') aligning ??= performance.now()
    })
    if (result.kind === 'pair') {
      await writeAlignmentFile(join(dir, 'alignment.json'), {
        formatVersion: 1,
        aligner: 'bench',
        source: { segments: [...result.source.document.segments] },
        target: { segments: [...result.target.document.segments] },
        beads: result.beads.map((b) => ({ ...b, source: [...b.source], target: [...b.target] }))
      })
      return done(
        `ok: ${result.source.document.segments.length}+${result.target.document.segments.length} segments, ${result.beads.length} rows`
      )
    }
    return done(`ok: ${result.beads.length} rows`)
  } catch (error) {
    if (error instanceof CalqueFailure) {
      const { code, detail } = error.error
      return done(`refused: ${code}${detail ? ` (${detail.slice(0, 40)})` : ''}`)
    }
    return done(`CRASH: ${error instanceof Error ? error.message : String(error)}`)
  }
}
