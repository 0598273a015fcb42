import { execFileSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CHECK_IDS } from '@shared/qa'
import { main } from '../../../src/cli/index'
import { repoRoot, sampleEn, sampleRu, tempDir } from '../../helpers/paths'

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const dir = tempDir('calque-check-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

interface JsonFinding {
  check: string
  category: string
  severity: string
  side: 'source' | 'target'
  row: number
  start: number
  end: number
  text: string
  message: string
  fix: { start: number; end: number; replacement: string } | null
  id: string
}

describe('calque check on the sample article', () => {
  it('prints a table of findings and a summary, and exits 0', async () => {
    const { code, stdout, stderr } = await run('check', sampleRu, sampleEn)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^row\s+side\s+check\s+severity\s+text\s+message$/)
    expect(lines.at(-1)).toMatch(/^\d+ findings in \d+ of 50 rows$/)
    expect(stdout).toMatch(
      /^25\s+target\s+calque\s+major\s+"morning chairs"\s+The idiom «утром стулья — вечером деньги» translated word for word\./m
    )
    expect(stdout).toMatch(
      /^3\s+target\s+doubled-punctuation\s+minor\s+"\.\."\s+Two periods where English has one\. \[fix: "\."\]$/m
    )
  })

  it('prints JSON whose rows and offsets are those of calque align --json', async () => {
    const checked = await run('check', sampleRu, sampleEn, '--json')
    expect(checked.code).toBe(0)
    const findings = JSON.parse(checked.stdout) as JsonFinding[]
    expect(findings.length).toBeGreaterThan(40)
    for (const f of findings) {
      expect(Object.keys(f)).toEqual([
        'check',
        'category',
        'severity',
        'side',
        'row',
        'start',
        'end',
        'text',
        'message',
        'fix',
        'id'
      ])
    }
    const aligned = JSON.parse((await run('align', sampleRu, sampleEn, '--json')).stdout) as {
      source: { segments: { text: string }[] }
      target: { segments: { text: string }[] }
      beads: { source: number[]; target: number[] }[]
    }
    const rowText = (row: number, side: 'source' | 'target') =>
      aligned.beads[row]![side].map((k) => aligned[side].segments[k]!.text).join(' ')
    for (const f of findings) {
      expect(rowText(f.row, f.side).slice(f.start, f.end), `${f.check} row ${f.row}`).toBe(f.text)
      if (f.fix) expect(f.fix.end).toBeLessThanOrEqual(rowText(f.row, 'target').length)
    }
    const chairs = findings.find((f) => f.text === 'morning chairs')!
    expect(chairs).toMatchObject({
      check: 'calque',
      category: 'accuracy/mistranslation',
      severity: 'major',
      side: 'target',
      row: 25,
      fix: null
    })
    expect(findings.find((f) => f.text === 'Mikola')?.fix?.replacement).toBe('Nikolay')
  })

  it('runs only the checks asked for', async () => {
    const { code, stdout } = await run(
      'check',
      sampleRu,
      sampleEn,
      '--json',
      '--checks',
      'name-consistency,boilerplate'
    )
    expect(code).toBe(0)
    const checks = new Set((JSON.parse(stdout) as JsonFinding[]).map((f) => f.check))
    expect(checks).toEqual(new Set(['name-consistency', 'boilerplate']))
  })

  it('uses a glossary and a user phrase list', async () => {
    const glossary = file(
      'terms.csv',
      'ru,en,status\nзаместитель госсекретаря,Under Secretary of State,preferred\nзаместитель госсекретаря,Deputy Secretary of State,forbidden\n'
    )
    const phrases = file(
      'phrases.json',
      JSON.stringify({
        formatVersion: 1,
        entries: [
          {
            id: 'civil-society',
            kind: 'set-phrase',
            ru: 'гражданское общество',
            literal: ['civil society delegation'],
            idiomatic: ['a delegation of civil society groups']
          }
        ]
      })
    )
    const { code, stdout } = await run(
      'check',
      sampleRu,
      sampleEn,
      '--json',
      '--checks',
      'glossary,calque',
      '--glossary',
      glossary,
      '--phrases',
      phrases
    )
    expect(code).toBe(0)
    const findings = JSON.parse(stdout) as JsonFinding[]
    expect(findings.find((f) => f.check === 'glossary')).toMatchObject({
      row: 3,
      text: 'Deputy Secretary of State',
      fix: { replacement: 'Under Secretary of State' }
    })
    expect(findings.find((f) => f.text === 'civil society delegation')).toMatchObject({
      row: 17,
      check: 'calque'
    })
  })

  it('reads a bilingual file with its own pairing', async () => {
    const xliff = file(
      'pair.xlf',
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="ru" target-language="en" datatype="plaintext"><body>
    <trans-unit id="1"><source>Визит завершился 17 сентября.</source><target>The visit ended on September 18..</target></trans-unit>
  </body></file>
</xliff>`
    )
    const { code, stdout } = await run('check', xliff, '--json')
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as JsonFinding[]).map((f) => [f.check, f.text])).toEqual([
      ['numbers', '18'],
      ['doubled-punctuation', '..']
    ])
  })

  it('says so when nothing is found, and still exits 0', async () => {
    const ru = file('clean-ru.txt', 'Переговоры возобновятся в понедельник.\n')
    const en = file('clean-en.txt', 'The talks will resume on Monday.\n')
    expect(await run('check', ru, en)).toEqual({
      code: 0,
      stdout: '0 findings in 0 of 1 row\n',
      stderr: ''
    })
    expect((await run('check', ru, en, '--json')).stdout).toBe('[]\n')
  })
})

describe('calque check with bad input', () => {
  it('refuses an unknown check, naming the known ones (exit 2)', async () => {
    const { code, stderr } = await run('check', sampleRu, sampleEn, '--checks', 'numbers,grammar')
    expect(code).toBe(2)
    expect(stderr).toContain('unknown check "grammar"')
    for (const id of CHECK_IDS) expect(stderr).toContain(id)
  })

  it('needs one or two files (exit 2)', async () => {
    expect((await run('check')).code).toBe(2)
    expect((await run('check', sampleRu, sampleEn, sampleEn)).code).toBe(2)
    expect((await run('check', sampleRu, sampleRu)).code).toBe(2)
  })

  it('reports a file it cannot use, naming it, as bad input (exit 2)', async () => {
    const missing = await run('check', join(dir, 'nope.txt'), sampleEn)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/nope\.txt/)
    const badGlossary = file('bad.tbx', '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x "y">]><m/>')
    const refused = await run('check', sampleRu, sampleEn, '--glossary', badGlossary)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/bad\.tbx was refused/)
  })
})

describe('the built calque command', () => {
  it.skipIf(!existsSync(join(repoRoot, 'out/main/cli.js')))(
    'finds spelling errors with the bundled dictionary (skipped before npm run build)',
    () => {
      const ru = file('typo-ru.txt', 'Я обязательно вернусь, это был отличный ответ.\n')
      const en = file('typo-en.txt', 'I will definitley come back, it was a great reponse.\n')
      const output = execFileSync(
        process.execPath,
        [join(repoRoot, 'bin/calque.cjs'), 'check', ru, en, '--json', '--checks', 'spelling'],
        {
          encoding: 'utf8'
        }
      )
      expect((JSON.parse(output) as JsonFinding[]).map((f) => f.text)).toEqual([
        'definitley',
        'reponse'
      ])
    }
  )
})
