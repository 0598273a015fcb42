/**
 * Exports checked by independent tools (../shared/tools/interop-check.sh): xmllint against the OASIS
 * XLIFF 1.2 / 2.1 schemas and the LISA TMX DTD, jing with the XLIFF TC's NVDL + Schematron rules for
 * 2.1, translate-toolkit reading 1.2 and TMX back with the same number of units. Skipped, and saying
 * so, where ../shared or the tools are absent (`.ci/run` installs them with apt).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { ReviewedArticle } from '@shared/domain/article'
import { isTranslationMemoryRow, writeTmx } from '@shared/export/tmx'
import { writeXliff12 } from '@shared/export/xliff12'
import { writeXliff21 } from '@shared/export/xliff21'
import { sharedDir } from '../../../helpers/paths'
import { projectArbitrary } from '../interchange/arbitraries'
import { edgeArticles } from './edge-articles'
import { sampleArticle } from './sample-article'

const script = join(sharedDir, 'tools/interop-check.sh')
const has = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const toolkit = spawnSync('/usr/bin/python3', ['-c', 'import translate.storage.xliff']).status === 0
const missing = [
  existsSync(script) ? null : script,
  has('xmllint') ? null : 'xmllint (libxml2-utils)',
  has('jing') ? null : 'jing',
  toolkit ? null : 'translate-toolkit'
].filter((m) => m !== null)
const SKIPPED = `SKIPPED: ${missing.join(', ')} absent`

const dir = mkdtempSync(join(tmpdir(), 'calque-interop-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Check {
  readonly pass: boolean
  readonly summary: string
  readonly output: string
}

function check(
  name: string,
  content: string,
  kind: 'xliff12' | 'xliff21' | 'tmx',
  profile?: 'strict' | 'transitional'
): Check {
  const file = join(dir, name)
  writeFileSync(file, content)
  const result = spawnSync(script, [file, kind], {
    encoding: 'utf8',
    env: { ...process.env, ...(profile ? { INTEROP_XLIFF12_PROFILE: profile } : {}) }
  })
  const output = result.stdout + result.stderr
  const summary = output.trimEnd().split('\n').at(-1) ?? ''
  return { pass: result.status === 0, summary, output }
}

const units = (summary: string) => /units xml=(\d+) tt=(\w+)/.exec(summary)?.slice(1)

// Two random projects (fixed seed: the same files every run), with every kind of flag layout.
const randomProjects = fc.sample(projectArbitrary, { numRuns: 2, seed: 20261127 })
const rowCount = (articles: readonly ReviewedArticle[]) =>
  articles.reduce((n, a) => n + a.rows.length, 0)

describe.skipIf(missing.length > 0)(
  `interop-check.sh on Calque's exports${missing.length ? ` (${SKIPPED})` : ''}`,
  () => {
    it('XLIFF 2.1: xmllint (core + module XSDs) and jing (TC Schematron) accept the sample', () => {
      const result = check('sample.xliff21.xlf', writeXliff21([sampleArticle]), 'xliff21')
      expect(result.summary, result.output).toMatch(
        /^interop_check: PASS xliff21 .*schematron=valid/
      )
      expect(units(result.summary)?.[0]).toBe('50')
    })

    it('XLIFF 2.1: the edge cases and random projects (crossing, nested, empty flags; XML specials; astral text) pass', () => {
      ;[edgeArticles, ...randomProjects].forEach((articles, k) => {
        const result = check(`random-${k}.xliff21.xlf`, writeXliff21(articles), 'xliff21')
        expect(result.summary, result.output).toMatch(/^interop_check: PASS/)
        expect(units(result.summary)?.[0]).toBe(String(rowCount(articles)))
      })
    })

    it('XLIFF 1.2 with ITS (Okapi form): valid against the transitional schema, read back unit for unit', () => {
      const result = check(
        'sample.its.xliff12.xlf',
        writeXliff12([sampleArticle]),
        'xliff12',
        'transitional'
      )
      expect(result.summary, result.output).toMatch(
        /^interop_check: PASS xliff12 .*transitional XSD\)=valid/
      )
      expect(units(result.summary)).toEqual(['50', '50'])
    })

    it('XLIFF 1.2 with ITS: the strict schema refuses only the foreign (ITS and Calque) attributes', () => {
      const result = check(
        'sample.its-strict.xliff12.xlf',
        writeXliff12([sampleArticle]),
        'xliff12',
        'strict'
      )
      expect(result.pass).toBe(false)
      const errors = result.output.split('\n').filter((line) => line.includes('validity error'))
      expect(errors.length).toBeGreaterThan(0)
      for (const line of errors) {
        expect(line).toMatch(
          /attribute '\{(http:\/\/www\.w3\.org\/2005\/11\/its|urn:calque:review:1)\}\w+': No matching global attribute declaration|Element '\{(http:\/\/www\.w3\.org\/2005\/11\/its|urn:calque:review:1)\}\w+': No matching global element declaration/
        )
      }
    })

    it('XLIFF 1.2, strict profile: valid against the strict schema, read back unit for unit', () => {
      const result = check(
        'sample.strict.xliff12.xlf',
        writeXliff12([sampleArticle], { profile: 'strict' }),
        'xliff12'
      )
      expect(result.summary, result.output).toMatch(
        /^interop_check: PASS xliff12 .*strict XSD\)=valid/
      )
      expect(units(result.summary)).toEqual(['50', '50'])
    })

    it('XLIFF 1.2: the edge cases and random projects pass (ITS: transitional; strict profile: strict)', () => {
      ;[edgeArticles, ...randomProjects].forEach((articles, k) => {
        const its = check(
          `random-${k}.its.xliff12.xlf`,
          writeXliff12(articles),
          'xliff12',
          'transitional'
        )
        expect(its.summary, its.output).toMatch(/^interop_check: PASS/)
        const strict = check(
          `random-${k}.strict.xliff12.xlf`,
          writeXliff12(articles, { profile: 'strict' }),
          'xliff12'
        )
        expect(strict.summary, strict.output).toMatch(/^interop_check: PASS/)
        expect(units(strict.summary)).toEqual([
          String(rowCount(articles)),
          String(rowCount(articles))
        ])
      })
    })

    it('TMX 1.4b: the DTD accepts it and translate-toolkit reads every confirmed pair', () => {
      const result = check('sample.tmx', writeTmx([sampleArticle]), 'tmx')
      expect(result.summary, result.output).toMatch(/^interop_check: PASS tmx/)
      const confirmed = sampleArticle.rows.filter(isTranslationMemoryRow).length
      expect(confirmed).toBe(3)
      expect(units(result.summary)).toEqual(['3', '3'])
      ;[edgeArticles, ...randomProjects].forEach((articles, k) => {
        const random = check(`random-${k}.tmx`, writeTmx(articles), 'tmx')
        expect(random.summary, random.output).toMatch(/^interop_check: PASS tmx/)
      })
    })
  },
  180_000
)
