/**
 * Calque's checks against translate-toolkit's pofilter (Debian package translate-toolkit), on the
 * sample article's aligned rows written as a PO file (msgctxt = row index, msgid = Russian, msgstr =
 * English). pofilter was made for software strings; on Russian news its findings fall into those
 * Calque also makes (on the same row) and those Calque leaves out on purpose. Skipped where pofilter
 * is not installed.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runChecks } from '@shared/qa'
import { tempDir } from '../../../helpers/paths'
import { englishSpeller, sampleRows } from './helpers'

const hasPofilter = spawnSync('pofilter', ['--version'], { encoding: 'utf8' }).status === 0

/**
 * For each pofilter test it raises on the sample: the Calque checks that report the same row, or an
 * empty list with the reason Calque does not.
 */
const SAME_PROBLEM: Readonly<Record<string, readonly string[]>> = {
  // ".." and ".»." at the end: Calque's doubled-punctuation (end-punctuation treats ".." as ".").
  endpunc: ['doubled-punctuation', 'end-punctuation'],
  // « » where the source has them too: Calque's russian-typography (and unbalanced-pairs).
  doublequoting: ['russian-typography', 'unbalanced-pairs']
}
/** pofilter findings on the sample that point at a real problem Calque does not see, and why. */
const MISSED: Readonly<Record<string, string>> = {
  'doublequoting:26':
    'a quotation inside «…» in straight double quotes, where English nests single ones: Calque does not check the nesting of straight quotes'
}
const LEFT_OUT: Readonly<Record<string, string>> = {
  acronyms: 'США must become US: an acronym is translated from Russian, not kept',
  sentencecount:
    '"George W. Bush" is one sentence; Calque compares sentence breaks only to find run-ons',
  simplecaps: 'capitalisation ratios differ between Russian and English by nature'
}

const dir = tempDir('calque-pofilter-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const po = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

describe.skipIf(!hasPofilter)(
  `pofilter on the sample (${hasPofilter ? 'translate-toolkit' : 'skipped: pofilter is not installed'})`,
  () => {
    it('finds nothing Calque misses except what Calque leaves out on purpose', () => {
      const rows = sampleRows()
      const units = rows.map(
        (row) => `msgctxt "row${row.index}"\nmsgid ${po(row.source)}\nmsgstr ${po(row.target)}\n`
      )
      const input = join(dir, 'sample.po')
      const output = join(dir, 'failures.po')
      writeFileSync(
        input,
        `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n${units.join('\n')}`
      )
      const run = spawnSync('pofilter', ['--progress=none', input, output], { encoding: 'utf8' })
      expect(run.status, run.stderr).toBe(0)

      const raised: { row: number; test: string }[] = []
      for (const block of readFileSync(output, 'utf8').split(/\n\n+/)) {
        const row = /msgctxt "row(\d+)"/.exec(block)
        if (!row) continue
        for (const [, test] of block.matchAll(/^# \(pofilter\) (\w+):/gm))
          raised.push({ row: Number(row[1]), test: test! })
      }
      expect(raised.length).toBeGreaterThan(10)

      const calque = runChecks(rows, { spelling: englishSpeller() })
      const table: string[] = []
      for (const { row, test } of raised) {
        const same = SAME_PROBLEM[test]
        const ours = [
          ...new Set(
            calque.filter((f) => f.row === row && same?.includes(f.check)).map((f) => f.check)
          )
        ]
        const missed = MISSED[`${test}:${row}`]
        table.push(
          `  row ${String(row).padStart(2)}  ${test.padEnd(14)} ${
            ours.length > 0
              ? `Calque: ${ours.join(', ')}`
              : missed
                ? `missed: ${missed}`
                : `left out: ${LEFT_OUT[test]}`
          }`
        )
        if (same && !missed)
          expect(ours.length, `pofilter ${test} on row ${row}`).toBeGreaterThan(0)
        else if (!same)
          expect(
            LEFT_OUT[test],
            `pofilter test "${test}" is neither matched nor explained`
          ).toBeDefined()
      }
      console.log(`pofilter findings on the sample and Calque's:\n${table.join('\n')}`)

      // What Calque reports that pofilter does not look for at all.
      const beyond = new Set(calque.map((f) => f.check))
      for (const id of ['calque', 'name-consistency', 'near-repetition', 'boilerplate'] as const)
        expect(beyond.has(id)).toBe(true)
    })
  }
)
