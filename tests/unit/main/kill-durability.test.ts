import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openReviewLog } from '../../../src/main/services/review-log'
import { repoRoot, tempDir } from '../../helpers/paths'

/** Runs the writer until it has acknowledged `atLeast` appends, then kills it with SIGKILL. */
function runAndKill(log: string, atLeast: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'fixtures/log-writer.ts'), log],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    const acked: number[] = []
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)))
      if (acked.length >= atLeast && !child.killed) child.kill('SIGKILL')
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked)
      else reject(new Error(`writer exited by itself: ${stderr}`))
    })
  })
}

describe('a kill -9 in the middle of work', () => {
  it('loses nothing that was acknowledged, twice in a row', async () => {
    const log = join(tempDir(), 'review.jsonl')
    const firstRun = await runAndKill(log, 30)
    const secondRun = await runAndKill(log, 30)

    const reopened = await openReviewLog(log, () => new Date())
    const onDisk = new Set(reopened.state.flags.map((f) => Number(f.id.slice(1))))
    for (const seq of [...firstRun, ...secondRun]) expect(onDisk.has(seq)).toBe(true)
    // Anything torn by the kill was at most the one record in flight.
    expect(reopened.notices.filter((n) => n.kind === 'invalid-line')).toEqual([])
    expect(onDisk.size).toBeGreaterThanOrEqual(firstRun.length + secondRun.length)
  }, 60_000)
})
