import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildBilingualArticle,
  buildPairArticle,
  rebuildWithEncoding
} from '../../../src/main/services/article-build'
import { ensurePairProject } from '../../../src/main/services/project-create'
import { openProjectSession } from '../../../src/main/services/project-session'
import { readArticleManifest } from '../../../src/main/services/project-files'
import { nodeFs } from '../../../src/main/services/fs-port'
import { CalqueFailure } from '@shared/domain/errors'
import { sampleEn, sampleRu, tempDir } from '../../helpers/paths'
import { encode, encodeSingleByte, representable } from '../../helpers/encoders'

const clock = () => new Date('2026-11-27T10:00:00.000Z')

/** What a project made from these files holds (its one article): sides, rows, folder. */
async function openOrCreatePairProject(
  root: string,
  source: string,
  target: string,
  now: () => Date
) {
  const dir = await ensurePairProject(
    root,
    await buildPairArticle({ sourcePath: source, targetPath: target }),
    now
  )
  return viewOf(dir, now)
}

async function openOrCreateBilingualProject(root: string, path: string, now: () => Date) {
  return viewOf(await ensurePairProject(root, await buildBilingualArticle(path), now), now)
}

async function viewOf(dir: string, now: () => Date) {
  const session = await openProjectSession(dir, { now })
  const article = await session.article(session.file.articles[0]!.id)
  await session.close()
  const { manifest, alignment } = article
  return {
    dir: article.dir,
    view: {
      source: { ...manifest.source, segments: alignment.source.segments },
      target: { ...manifest.target, segments: alignment.target.segments },
      beads: alignment.beads,
      pairing: manifest.pairing
    }
  }
}

/** Reads one side of the article again in another encoding (what Reopen with Encoding builds). */
async function reencodeProject(
  project: { dir: string },
  side: 'source' | 'target',
  encoding: 'windows-1251' | 'koi8-r',
  now: () => Date
) {
  const manifest = await readArticleManifest(nodeFs, project.dir)
  const built = await rebuildWithEncoding(project.dir, manifest, side, encoding, {})
  void now
  return {
    dir: project.dir,
    view: {
      source: { ...built.sides.source, segments: built.source.segments },
      target: { ...built.sides.target, segments: built.target.segments },
      beads: built.beads,
      pairing: built.pairing
    }
  }
}

async function convertedSample(encoding: Parameters<typeof encode>[1]): Promise<string> {
  const dir = tempDir()
  const path = join(dir, `ru-${encoding}.txt`)
  await writeFile(path, encode(await readFile(sampleRu, 'utf8'), encoding))
  return path
}

describe('projects from files in other encodings and formats', () => {
  it('opens the sample converted to Windows-1251 and to UTF-16 exactly like the UTF-8 original', async () => {
    const original = await openOrCreatePairProject(tempDir(), sampleRu, sampleEn, clock)
    for (const encoding of ['windows-1251', 'utf-16le', 'utf-16be'] as const) {
      const converted = await openOrCreatePairProject(
        tempDir(),
        await convertedSample(encoding),
        sampleEn,
        clock
      )
      expect(converted.view.source.encoding.name).toBe(encoding)
      expect(converted.view.source.segments).toEqual(original.view.source.segments)
      expect(converted.view.beads).toEqual(original.view.beads)
    }
  })

  it('keeps the original bytes of a converted file, never a re-encoded copy', async () => {
    const path = await convertedSample('windows-1251')
    const project = await openOrCreatePairProject(tempDir(), path, sampleEn, clock)
    expect(await readFile(join(project.dir, 'source.txt'))).toEqual(await readFile(path))
  })

  it('reopens a side with the encoding the user chooses, and records that choice', async () => {
    // KOI8-R has no « » —: such files use ASCII quotes and hyphens.
    const path = join(tempDir(), 'ru-koi8.txt')
    const text = representable(await readFile(sampleRu, 'utf8'), 'koi8-r')
    await writeFile(path, encodeSingleByte(text, 'koi8-r'))
    const project = await openOrCreatePairProject(tempDir(), path, sampleEn, clock)
    expect(project.view.source.encoding.name).toBe('koi8-r')
    const garbled = await reencodeProject(project, 'source', 'windows-1251', clock)
    expect(garbled.view.source.encoding).toEqual({
      name: 'windows-1251',
      source: 'user',
      confidence: 1
    })
    expect(garbled.view.source.segments[0]?.text).not.toContain('США')
    const fixed = await reencodeProject(garbled, 'source', 'koi8-r', clock)
    expect(fixed.view.source.segments[0]?.text).toBe(
      'США и Беларусь готовы восстановить отношения на уровне послов'
    )
  })

  it('warns when the English side is in fact Russian', async () => {
    const project = await openOrCreatePairProject(
      tempDir(),
      sampleRu,
      sampleRu.replace('ru.txt', 'ru.txt'),
      clock
    ).catch((e: unknown) => e)
    // The same file twice is refused outright; a Russian copy under another name is warned about.
    expect((project as CalqueFailure).error.code).toBe('pair-same-file')
    const copy = join(tempDir(), 'translation.txt')
    await writeFile(copy, await readFile(sampleRu))
    const swapped = await openOrCreatePairProject(tempDir(), sampleRu, copy, clock)
    expect(swapped.view.target.warnings).toContainEqual(
      expect.objectContaining({ code: 'looks-russian', side: 'target' })
    )
  })

  it('keeps the pairing of a bilingual TMX made from the sample, without aligning', async () => {
    const ru = (await readFile(sampleRu, 'utf8')).split('\n\n')
    const en = (await readFile(sampleEn, 'utf8')).split('\n\n')
    const escape = (t: string) =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const units = ru
      .map(
        (r, i) =>
          `<tu><tuv xml:lang="ru"><seg>${escape(r.trim())}</seg></tuv><tuv xml:lang="en"><seg>${escape((en[i] ?? '').trim())}</seg></tuv></tu>`
      )
      .join('\n')
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="ru" datatype="plaintext"/><body>\n${units}\n</body></tmx>\n`
    const path = join(tempDir(), 'article.tmx')
    await writeFile(path, tmx)
    const root = tempDir()
    const project = await openOrCreateBilingualProject(root, path, clock)
    expect(project.view.pairing).toBe('paired')
    expect(project.view.beads).toHaveLength(26)
    expect(project.view.beads.every((b) => b.confidence === 1)).toBe(true)
    expect(project.view.source.format).toBe('tmx')
    expect((await readdir(project.dir)).sort()).toEqual([
      'alignment.json',
      'bilingual.tmx',
      'manifest.json',
      'review.jsonl'
    ])
    const idiom = project.view.beads.find((b) =>
      b.target.some((t) => project.view.target.segments[t]?.text.includes('morning chairs'))
    )!
    expect(idiom.source.map((s) => project.view.source.segments[s]!.text).join(' ')).toContain(
      'утром стулья — вечером деньги'
    )
  })

  it('says which file is bilingual when one is given as half of a pair, and writes nothing', async () => {
    const xliff = join(tempDir(), 'article.xlf')
    await writeFile(
      xliff,
      '<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en"><file id="f"><unit id="u1"><segment><source>Минск.</source><target>Minsk.</target></segment></unit></file></xliff>'
    )
    const root = join(tempDir(), 'projects')
    const error = await openOrCreatePairProject(root, xliff, sampleEn, clock).catch(
      (e: unknown) => e
    )
    expect((error as CalqueFailure).error).toMatchObject({
      code: 'pair-got-bilingual',
      side: 'source'
    })
    expect(await readdir(root).catch(() => [])).toEqual([])
    const plain = await openOrCreateBilingualProject(root, sampleEn, clock).catch((e: unknown) => e)
    expect((plain as CalqueFailure).error.code).toBe('not-bilingual')
  })
})

describe('Windows-1251 bytes are not UTF-8 errors any more', () => {
  it('reads «Минск» in Windows-1251 as Russian', async () => {
    const path = join(tempDir(), 'minsk.txt')
    await writeFile(path, encodeSingleByte('«Минск» — столица Беларуси.', 'windows-1251'))
    const project = await openOrCreatePairProject(tempDir(), path, sampleEn, clock)
    expect(project.view.source.segments[0]?.text).toBe('«Минск» — столица Беларуси.')
  })
})
