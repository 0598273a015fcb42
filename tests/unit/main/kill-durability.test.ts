/**
 * Durability, proven by killing: a writer process reviews a two-article project as fast as it can and
 * is killed with SIGKILL at a random moment, 200 times in a row (each run takes over the lock the
 * killed one left). After every kill the project must open cleanly, every acknowledged record must be
 * on disk byte for byte, and no record may appear twice.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPairArticle } from '../../../src/main/services/article-build'
import { addArticle, ensurePairProject } from '../../../src/main/services/project-create'
import { ProjectRegistry } from '../../../src/main/services/project-session'
import { REVIEW_LOG_FILE } from '@shared/project/format'
import { scanLog } from '@shared/review/log-scan'
import { encode } from '../../helpers/encoders'
import { repoRoot, sampleEn, sampleRu, tempDir } from '../../helpers/paths'

const KILLS = Number(process.env['CALQUE_KILLS'] ?? 200)
const clock = () => new Date()

let writerScript = ''

beforeAll(async () => {
  // Bundled once, so each of the 200 runs starts a plain node process (tsx would add ~0.3 s a run).
  writerScript = join(tempDir(), 'project-writer.cjs')
  await build({
    entryPoints: [join(__dirname, 'fixtures/project-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writerScript,
    tsconfig: join(repoRoot, 'tsconfig.json'),
    logLevel: 'silent'
  })
}, 60_000)

async function twoArticleProject(): Promise<string> {
  const root = tempDir()
  const dir = await ensurePairProject(
    root,
    await buildPairArticle({ sourcePath: sampleRu, targetPath: sampleEn }),
    clock
  )
  // A second article: the same Russian in Windows-1251 (another file, so another article).
  const { writeFile } = await import('node:fs/promises')
  const ru1251 = join(tempDir(), 'ru-1251.txt')
  await writeFile(ru1251, encode(await readFile(sampleRu, 'utf8'), 'windows-1251'))
  const registry = new ProjectRegistry({ now: clock })
  const session = await registry.open(dir)
  await addArticle(
    session,
    await buildPairArticle({ sourcePath: ru1251, targetPath: sampleEn }),
    clock
  )
  await registry.closeAll()
  return dir
}

/** Runs the writer until it has acknowledged `acks` appends (or `ms` passed), then SIGKILLs it. */
function runAndKill(dir: string, seed: number, acks: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const acked: string[] = []
    let buffer = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    const kill = (): void => {
      if (!child.killed) child.kill('SIGKILL')
    }
    child.stderr.on('data', (d) => (stderr += d))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') timer = setTimeout(kill, ms)
        else if (line.startsWith('ack ')) acked.push(line.slice(4))
      }
      if (acked.length >= acks) kill()
    })
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL') resolve(acked)
      else reject(new Error(`writer exited by itself: ${stderr}`))
    })
  })
}

describe('SIGKILL at random moments', () => {
  it(`loses nothing acknowledged and never corrupts the project, ${KILLS} kills in a row`, async () => {
    const dir = await twoArticleProject()
    const acknowledged = new Map<string, Set<string>>()
    let total = 0
    for (let run = 0; run < KILLS; run++) {
      const acked = await runAndKill(dir, run + 1, 1 + ((run * 7919) % 40), (run * 31) % 25)
      for (const line of acked) {
        const [article, , hash] = line.split(' ')
        const set = acknowledged.get(article!) ?? new Set()
        set.add(hash!)
        acknowledged.set(article!, set)
      }
      total += acked.length

      // The project opens cleanly (the stale lock taken over, at most a torn tail set aside) …
      const registry = new ProjectRegistry({ now: clock })
      const session = await registry.open(dir)
      expect(session.readOnly).toBeNull()
      for (const entry of session.file.articles) {
        const article = await session.article(entry.id)
        expect(article.log.notices.filter((n) => n.kind !== 'torn-last-line')).toEqual([])
        // … every acknowledged record is there byte for byte, and none twice.
        const seqs = article.log.records.map((r) => r.seq)
        expect(new Set(seqs).size).toBe(seqs.length)
        const bytes = await readFile(join(article.dir, REVIEW_LOG_FILE))
        const lines = scanLog(bytes)
        expect(lines.every((l) => l.terminated && l.content.kind === 'record')).toBe(true)
        const onDisk = new Set(
          lines.map((l) =>
            createHash('sha256')
              .update(bytes.subarray(l.start, l.end + 1))
              .digest('hex')
              .slice(0, 16)
          )
        )
        for (const hash of acknowledged.get(entry.id) ?? []) expect(onDisk.has(hash)).toBe(true)
      }
      await registry.closeAll()
    }
    // The runs did real work: hundreds of acknowledged actions across both articles.
    expect(total).toBeGreaterThan(KILLS)
    expect(acknowledged.size).toBe(2)
  }, 600_000)
})
