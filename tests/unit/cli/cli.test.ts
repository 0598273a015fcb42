import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/index'
import { repoRoot, sampleEn, sampleRu, tempDir } from '../../helpers/paths'
import { encode } from '../../helpers/encoders'

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

const dir = tempDir('calque-cli-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const BEAD_LINE = /^\[(\d+(, \d+)?)?\]:\[(\d+(, \d+)?)?\]\t\d\.\d{3}$/

describe('calque align on the sample article', () => {
  it('prints one bead per line in the gold format with a confidence', async () => {
    const { code, stdout, stderr } = await run('align', sampleRu, sampleEn)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(50)
    for (const line of lines) expect(line).toMatch(BEAD_LINE)
    expect(lines[0]).toMatch(/^\[0\]:\[0\]\t0\.9\d\d$/)
    expect(lines[49]).toMatch(/^\[49\]:\[49\]\t/)
  })

  it('prints segments and beads as JSON, in exactly the documented shape', async () => {
    const { code, stdout } = await run('align', sampleRu, sampleEn, '--json')
    expect(code).toBe(0)
    expect(stdout.endsWith('}\n')).toBe(true)
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(['source', 'target', 'beads'])
    expect(Object.keys(json.source)).toEqual(['segments'])
    expect(json.source.segments).toHaveLength(50)
    expect(json.target.segments).toHaveLength(50)
    const enText = readFileSync(sampleEn, 'utf8')
    for (const segment of json.target.segments) {
      expect(Object.keys(segment)).toEqual(['text', 'start', 'end', 'paragraph'])
      expect(enText.slice(segment.start, segment.end)).toBe(segment.text)
    }
    expect(json.target.segments[49]).toMatchObject({ text: 'Other news', paragraph: 25 })
    expect(json.beads).toHaveLength(50)
    expect(Object.keys(json.beads[0])).toEqual(['source', 'target', 'confidence'])
    expect(json.beads[7]).toMatchObject({ source: [7], target: [7] })
    for (const bead of json.beads) {
      expect(Math.round(bead.confidence * 1000) / 1000).toBe(bead.confidence)
    }
  })
})

describe('calque align --presegmented', () => {
  it('aligns line against line, with a 2-1 where the translation merged two lines', async () => {
    const source = file(
      'src.txt',
      'Первое короткое предложение.\nВторое предложение, подлиннее первого.\nТретье.\nЧетвёртое предложение, последнее в файле.\n'
    )
    const target = file(
      'tgt.txt',
      'The first short sentence.\nThe second sentence, longer than the first. Third.\nThe fourth sentence, the last in the file.\n'
    )
    const { code, stdout } = await run('align', '--presegmented', source, target)
    expect(code).toBe(0)
    expect(stdout.split('\n').map((l) => l.split('\t')[0])).toEqual([
      '[0]:[0]',
      '[1, 2]:[1]',
      '[3]:[2]',
      ''
    ])
  })

  it('keeps each line as one segment in the JSON', async () => {
    const source = file('one.txt', 'Раз. Два.\nТри.')
    const target = file('two.txt', 'One. Two.\nThree.')
    const json = JSON.parse((await run('align', source, target, '--presegmented', '--json')).stdout)
    expect(json.source.segments.map((s: { text: string }) => s.text)).toEqual(['Раз. Два.', 'Три.'])
    expect(
      json.beads.map((b: { source: number[]; target: number[] }) => [b.source, b.target])
    ).toEqual([
      [[0], [0]],
      [[1], [1]]
    ])
  })
})

describe('calque align: file errors (exit 1, the app’s own messages)', () => {
  it('reports a missing file', async () => {
    const missing = join(dir, 'missing.txt')
    expect(await run('align', missing, sampleEn)).toEqual({
      code: 1,
      stdout: '',
      stderr: `calque: File not found: ${missing}\n`
    })
  })

  it('names a PNG renamed to .txt as the image it is', async () => {
    const png = file(
      'photo.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    )
    const result = await run('align', sampleRu, png)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `calque: ${png}: Calque cannot read this kind of file (a PNG image, named .txt). Use text, Markdown, HTML, DOCX, XLIFF, TMX, CSV or TSV.\n`
    )
  })

  it('reads the sample in Windows-1251 and UTF-16 exactly as in UTF-8, or as told', async () => {
    const expected = await run('align', '--json', sampleRu, sampleEn)
    const ru = readFileSync(sampleRu, 'utf8')
    for (const encoding of ['windows-1251', 'utf-16le', 'utf-16be'] as const) {
      const converted = file(`ru-${encoding}.txt`, encode(ru, encoding))
      expect(await run('align', '--json', converted, sampleEn)).toEqual(expected)
      expect(
        await run('align', '--json', '--source-encoding', encoding, converted, sampleEn)
      ).toEqual(expected)
    }
  })

  it('says exactly why a forced encoding cannot read the file', async () => {
    const cp1251 = file('cp1251.txt', encode('1.  Минск и Вашингтон.', 'windows-1251'))
    const result = await run('align', '--source-encoding', 'utf-8', cp1251, sampleEn)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(
        `^calque: ${cp1251.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read as utf-8: .*offset 4`
      )
    )
  })

  it('warns on stderr when the English side is Russian, and still aligns', async () => {
    const copy = file('translation.txt', readFileSync(sampleRu))
    const result = await run('align', sampleRu, copy)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'calque: warning: The English side (translation.txt) looks Russian: are the files swapped, or is this side untranslated?\n'
    )
  })

  it('prints the pairing of a bilingual file as it is, without aligning', async () => {
    const xliff = file(
      'article.xlf',
      '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en"><file id="f">' +
        '<unit id="u1"><segment><source>Минск и Вашингтон договорились.</source><target>Minsk and Washington agreed.</target></segment></unit>' +
        '<unit id="u2"><segment><source>Утром стулья — вечером деньги.</source><target>Morning chairs – money in the evening.</target></segment></unit>' +
        '</file></xliff>'
    )
    expect(await run('align', xliff)).toEqual({
      code: 0,
      stdout: '[0]:[0]\t1.000\n[1]:[1]\t1.000\n',
      stderr: ''
    })
    const plain = await run('align', sampleEn)
    expect(plain.code).toBe(1)
    // The command line's own words, never the app's menus.
    expect(plain.stderr).toContain(
      'holds one language only: give it with its translation, as in calque align SOURCE TARGET.'
    )
    const halfOfPair = await run('align', xliff, sampleEn)
    expect(halfOfPair.stderr).toContain('give it on its own, as in calque align FILE')
    for (const output of [plain.stderr, halfOfPair.stderr]) expect(output).not.toContain('File ›')
  })

  it('applies user sentence rules given with --rules, and reports a broken rules file', async () => {
    const text = file('list.txt', 'Первым выступил предс. Иванов. Вопросов не было.')
    const en = file('list-en.txt', 'Chairman Ivanov spoke first. There were no questions.')
    const without = await run('align', '--json', text, en)
    const rules = file(
      'rules.json',
      JSON.stringify({ formatVersion: 1, language: 'ru', lists: { titles: ['предс'] } })
    )
    const withRules = await run('align', '--json', '--rules', rules, text, en)
    const segments = (r: Run) =>
      (JSON.parse(r.stdout) as { source: { segments: { text: string }[] } }).source.segments.map(
        (s) => s.text
      )
    expect(segments(without)).toEqual(['Первым выступил предс.', 'Иванов.', 'Вопросов не было.'])
    expect(segments(withRules)).toEqual(['Первым выступил предс. Иванов.', 'Вопросов не было.'])
    const broken = file(
      'broken.json',
      '{"formatVersion": 1, "rules": [{"id": "x", "break": true, "before": "("}]}'
    )
    const result = await run('align', '--rules', broken, text, en)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('The sentence rules in')
    expect(result.stderr).toContain('cannot be used: rules[0].before')
    expect(result.stderr).not.toContain('(line , column )')
    expect(result.stderr).toContain('rules[0].before')
  })

  it('reports an empty file and a folder', async () => {
    const empty = file('empty.txt', '')
    expect((await run('align', empty, sampleEn)).stderr).toBe(
      `calque: ${empty} is empty: there is no text to review.\n`
    )
    const folder = join(dir, 'a-folder')
    mkdirSync(folder)
    expect(await run('align', sampleRu, folder)).toMatchObject({
      code: 1,
      stderr: `calque: ${folder} is a folder, not a file.\n`
    })
  })

  it('reports a file over the 50 MB limit with human sizes, without reading it', async () => {
    const huge = file('huge.txt', '')
    truncateSync(huge, 65_011_712)
    expect((await run('align', huge, sampleEn)).stderr).toBe(
      `calque: ${huge} is too large to open (62.0 MB; the limit is 50.0 MB).\n`
    )
  })
})

describe('calque: usage', () => {
  it('prints help with --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['align', '--help']]) {
      const result = await run(...argv)
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('Usage: calque <command> [options]')
      expect(result.stdout).toContain('--presegmented')
    }
  })

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(await run('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    expect((await run('-V')).stdout).toBe(`${version}\n`)
  })

  it.each([
    [[], 'no command given'],
    [['translate'], 'unknown command "translate"'],
    [['--frobnicate'], 'unknown option "--frobnicate"'],
    [['align'], 'align needs SOURCE (Russian) and TARGET (English), or one bilingual file'],
    [['align', 'a', 'b', 'c'], 'align takes one or two files, got 3'],
    [['align', '--xml', 'a', 'b'], 'unknown option "--xml" for align']
  ])('exits 2 for %j', async (argv, message) => {
    expect(await run(...argv)).toEqual({
      code: 2,
      stdout: '',
      stderr: `calque: ${message}\nRun "calque --help" for usage.\n`
    })
  })

  it('exits 2 when the source and the target are the same file', async () => {
    const result = await run(
      'align',
      sampleEn,
      join(repoRoot, 'resources/samples/../samples/belarus-usa-ambassadors/en.txt')
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('The source and the target are the same file')
  })

  it('takes file names that start with a dash after --', async () => {
    const dashed = file('-dashed.txt', 'Текст.')
    const result = await run('align', '--json', '--', dashed, sampleEn)
    expect(result.code).toBe(0)
  })
})

describe('bin/calque.cjs', () => {
  it('says how to build when out/main/cli.js is missing, and exits 1', () => {
    const fakeRoot = join(dir, 'unbuilt')
    mkdirSync(join(fakeRoot, 'bin'), { recursive: true })
    copyFileSync(join(repoRoot, 'bin/calque.cjs'), join(fakeRoot, 'bin/calque.cjs'))
    const result = spawnSync(process.execPath, [join(fakeRoot, 'bin/calque.cjs'), '--version'], {
      encoding: 'utf8'
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('calque is not built yet: run npm run build\n')
  })

  it.skipIf(!existsSync(join(repoRoot, 'out/main/cli.js')))(
    'runs the built CLI (skipped before npm run build)',
    () => {
      const output = execFileSync(
        process.execPath,
        [join(repoRoot, 'bin/calque.cjs'), 'align', sampleRu, sampleEn],
        {
          encoding: 'utf8'
        }
      )
      expect(output.split('\n')).toHaveLength(51)
    }
  )
})
