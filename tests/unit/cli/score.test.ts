import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/index'
import { openOrCreatePairProject } from '../../helpers/projects'
import { rowText } from '@shared/review/row-text'
import {
  SKIP_NO_CORPORA,
  corporaDir,
  hasCorpora,
  sampleEn,
  sampleRu,
  tempDir
} from '../../helpers/paths'
import { GOOGLE_TED_ENDE_PUBLISHED } from '../shared/scoring/published'

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const dir = tempDir('calque-score-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

// Two systems, two documents; system A has a Major error, B a Minor punctuation error.
const MINI = file(
  'mini.tsv',
  [
    'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata',
    'A\td1\t1\t1\tr1\tOne two.\t<v>Eins</v> zwei.\tAccuracy/Mistranslation\tMajor\t{}',
    'A\td2\t1\t2\tr1\tThree.\tDrei.\tNo-error\tNo-error\t{}',
    'B\td1\t1\t1\tr1\tOne two.\tEins<v>,</v> zwei.\tFluency/Punctuation\tMinor\t{}',
    'B\td2\t1\t2\tr1\tThree.\tDrei.\tNo-error\tNo-error\t{}',
    ''
  ].join('\n')
)

const tableRows = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => /\s\d+\.\d\d(\s|$)/.test(l))
    .map((l) => l.trim().split(/\s{2,}/))

describe('calque score FILE (MQM TSV)', () => {
  it('prints the profile, the date, the words and one line per system, best first', async () => {
    const { code, stdout, stderr } = await run('score', MINI)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toMatch(
      /^Profile: Google WMT MQM \(penalty points, mean of segment scores \(source words\), lower is better\)\n/
    )
    expect(stdout).toMatch(/\nDate: \d{4}-\d\d-\d\dT/)
    expect(stdout).toContain('4 segments, 6 source words, 6 target words')
    expect(tableRows(stdout)).toEqual([
      ['B', '2', '3', '1', '0', '0', '0.10', '0.05'],
      ['A', '2', '3', '0', '1', '0', '5.00', '2.50'],
      ['total', '4', '6', '1', '1', '0', '5.10', '1.27']
    ])
    expect(stdout).toMatch(
      /System\s+Rated segments\s+Words scored\s+Minor\s+Major\s+Critical\s+Penalty\s+Score\n/
    )
  })

  it('scores per document of each system with --by doc, under another profile', async () => {
    const { code, stdout } = await run('score', MINI, '--by', 'doc', '--profile', 'mqm-core')
    expect(code).toBe(0)
    expect(stdout).toContain('Pass threshold: 99')
    // MQM Core: source words pooled; A/d1 has 5 points over 2 words.
    expect(tableRows(stdout)).toEqual([
      ['A', 'd1', '1', '2', '0', '1', '0', '5.00', '-150.00', 'fail'],
      ['A', 'd2', '1', '1', '0', '0', '0', '0.00', '100.00', 'pass'],
      ['B', 'd1', '1', '2', '1', '0', '0', '1.00', '50.00', 'fail'],
      ['B', 'd2', '1', '1', '0', '0', '0', '0.00', '100.00', 'pass'],
      ['total', '4', '6', '1', '1', '0', '6.00', '0.00', 'fail']
    ])
    expect(stdout).toContain('Small sample: fewer than 500 words, the score says little.')
  })

  it('prints the whole report as JSON', async () => {
    const { code, stdout } = await run('score', MINI, '--json', '--profile', 'unbabel')
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.profile.id).toBe('unbabel-wmt21-mqm')
    expect(report.input).toEqual({ kind: 'mqm-tsv', name: 'mini.tsv', segments: 4 })
    expect(report.systems.map((s: { label: string; score: number }) => [s.label, s.score])).toEqual(
      [
        ['B', 75],
        // A/d1: 100 - 100 x 5 / 2 target words = -150; A/d2: 100
        ['A', -25]
      ]
    )
    expect(report.docs).toHaveLength(4)
  })

  it('takes a user profile from a JSON file', async () => {
    const profile = file(
      'strict.json',
      JSON.stringify({
        formatVersion: 1,
        id: 'strict',
        label: { en: 'Strict', ru: 'Строгий' },
        severities: [
          { id: 'minor', weight: 2 },
          { id: 'major', weight: 10 }
        ],
        weights: [],
        formula: 'penalty-points',
        normalisation: { kind: 'per-segment-mean', basis: 'target' },
        direction: 'lower-better',
        passThreshold: 3,
        criticalFails: false
      })
    )
    const { code, stdout } = await run('score', MINI, '--profile', profile)
    expect(code).toBe(0)
    expect(stdout).toContain('Profile: Strict')
    expect(tableRows(stdout).map((r) => [r[0], r.at(-2), r.at(-1)])).toEqual([
      ['B', '1.00', 'pass'],
      ['A', '5.00', 'fail'],
      ['total', '3.00', 'pass']
    ])
  })

  it('warns about unreadable lines and still scores the rest', async () => {
    const path = file('broken.tsv', 'A\td1\t1\t1\tr1\ts\tt\tNo-error\tNo-error\njust some text\n')
    const { code, stdout, stderr } = await run('score', path)
    expect(code).toBe(0)
    expect(stderr).toBe(
      'calque: warning: line 2 of broken.tsv has 1 columns (at least 9 are needed): skipped\n'
    )
    expect(tableRows(stdout)[0]).toEqual(['A', '1', '1', '0', '0', '0', '0.00', '0.00'])
  })

  it('says there is nothing to score for a file with a header and no ratings', async () => {
    const path = file(
      'empty.tsv',
      'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\n'
    )
    const { code, stdout, stderr } = await run('score', path)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toContain(
      '0 segments, 0 source words, 0 target words\nNothing to score: no segment was rated.\n'
    )
    const json = JSON.parse((await run('score', path, '--json')).stdout)
    expect(json.totals).toMatchObject({ score: null, pass: null, flaggedShare: null })
  })

  it('exits 1 for a missing file, a file that is not MQM TSV, and a broken profile', async () => {
    const missing = await run('score', join(dir, 'nope.tsv'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('File not found')
    const prose = await run('score', file('prose.txt', 'Just a sentence.\nAnother one.\n'))
    expect(prose).toMatchObject({ code: 1, stdout: '' })
    expect(prose.stderr).toContain('prose.txt is not an MQM TSV file')
    const badProfile = file('bad.json', '{"formatVersion":1,"id":"x"}')
    const bad = await run('score', MINI, '--profile', badProfile)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^calque: The scoring profile .*bad\.json could not be used: /)
  })

  it('exits 2 for a wrong command line', async () => {
    for (const argv of [
      ['score'],
      ['score', MINI, MINI],
      ['score', MINI, '--by', 'paragraph'],
      ['score', MINI, '--profile', 'no-such-profile'],
      ['score', MINI, '--profile'],
      ['score', dir, '--by', 'system']
    ]) {
      const { code, stdout } = await run(...argv)
      expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' })
    }
  })

  it('is listed in the help', async () => {
    const { stdout } = await run('--help')
    expect(stdout).toContain('score FILE|PROJECT')
    expect(stdout).toContain('--by system|doc|article')
  })
})

describe('calque score PROJECT', () => {
  it('scores a project folder with MQM Core, per article', async () => {
    const root = tempDir('calque-score-project-')
    try {
      const clock = () => new Date('2026-11-27T10:00:00.000Z')
      const project = await openOrCreatePairProject(root, sampleRu, sampleEn, clock)
      const segments = project.alignment.target.segments
      const bead = project.alignment.beads.find((b) =>
        rowText(segments, b.target).includes('morning chairs')
      )!
      const text = rowText(segments, bead.target)
      const start = text.indexOf('morning chairs')
      await project.log.append(
        {
          type: 'flag.add',
          flag: {
            id: 'f1',
            row: bead.id,
            side: 'target',
            span: [start, start + 'morning chairs'.length],
            category: 'style/unidiomatic',
            severity: 'major',
            comment: '',
            status: 'open',
            origin: 'reviewer',
            author: 'anna',
            createdAt: clock().toISOString(),
            updatedAt: clock().toISOString()
          }
        },
        'anna',
        clock()
      )
      const { code, stdout, stderr } = await run('score', project.dir)
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
      expect(stdout).toContain('Profile: MQM Core')
      expect(stdout).toMatch(/\nArticle\s+Rated segments/)
      const rows = tableRows(stdout)
      expect(rows).toHaveLength(2)
      expect(rows[0]![0]).toBe(project.manifest.name)
      // one Major error: 5 points; pass iff the article has at least 500 source words
      expect(rows[0]!.slice(3, 6)).toEqual(['0', '1', '0'])
      expect(rows[0]![6]).toBe('5.00')
      const json = JSON.parse((await run('score', project.dir, '--json')).stdout)
      expect(json.totals.errorsByCategory).toEqual({ 'style/unidiomatic': { major: 1 } })
      expect(json.totals.score).toBeCloseTo(100 - 500 / json.totals.sourceWords, 10)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('exits 1 for a folder that is not a project', async () => {
    const { code, stderr } = await run('score', tempDir('calque-empty-'))
    expect(code).toBe(1)
    expect(stderr).toMatch(/could not be read/)
  })
})

describe.skipIf(!hasCorpora)(
  `calque score on the Google TED en-de annotations (${hasCorpora ? corporaDir : SKIP_NO_CORPORA})`,
  () => {
    it('prints the published table (13 of 14 systems equal at 2 decimals)', async () => {
      const { code, stdout } = await run(
        'score',
        join(corporaDir, 'mqm_google_ted2021_ende/mqm_ted_ende.tsv')
      )
      expect(code).toBe(0)
      const printed = tableRows(stdout)
        .filter((r) => r[0] !== 'total')
        .map((r) => [r[0] === 'ref' ? 'ref.A' : r[0], r.at(-1)])
      const equal = printed.filter(
        ([name, score]) => GOOGLE_TED_ENDE_PUBLISHED[name!]?.toFixed(2) === score
      )
      expect(printed.map(([name]) => name)).toEqual(Object.keys(GOOGLE_TED_ENDE_PUBLISHED))
      expect(equal.length).toBeGreaterThanOrEqual(13)
    })
  }
)
