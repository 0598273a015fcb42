/**
 * The renderer's work per key typed, read from a Chromium performance trace: for each keydown, the
 * time the renderer's main thread was busy (tasks, clipped to the interval) from the keydown to the end
 * of the compositor commit of the first frame after that key's `input` event — the handlers, React's
 * render, style, layout and paint of the frame that shows the character. Waiting for that frame is not
 * work (frames come every 16.7 ms), so a key that lands just after a frame started shows it late without
 * costing more; the wall time to the frame is measured apart.
 */

interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly pid: number
  readonly tid: number
  readonly ts: number
  readonly dur?: number
  readonly args?: { readonly data?: { readonly type?: string } }
}

const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0)

export function keyWorkFromTrace(trace: Buffer | string): number[] {
  const parsed = JSON.parse(trace.toString()) as TraceEvent[] | { traceEvents: TraceEvent[] }
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents
  const dispatches = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X')
  // The renderer's main thread: the one that dispatched the DOM events.
  const counts = new Map<string, number>()
  for (const e of dispatches)
    counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1)
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (main === undefined) return []
  const onMain = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts)
  const tasks = onMain.filter((e) => e.name === 'RunTask')
  const commits = onMain.filter((e) => e.name === 'Commit')
  const ofType = (type: string) =>
    onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type)
  if (tasks.length === 0 || commits.length === 0)
    throw new Error(
      'the trace holds no tasks or commits: trace the toplevel and timeline categories'
    )
  const keydowns = ofType('keydown')
  const inputs = ofType('input')
  return keydowns.flatMap((keydown, k) => {
    // This key's input event: the first after it, before the next key (a key may make none).
    const next = keydowns[k + 1]?.ts ?? Infinity
    const input = inputs.find((e) => e.ts > keydown.ts && e.ts < next)
    if (!input) return []
    const commit = commits.find((c) => c.ts > input.ts)
    if (!commit) return []
    const until = end(commit)
    let busy = 0
    for (const task of tasks) {
      if (end(task) <= keydown.ts || task.ts >= until) continue
      busy += Math.min(end(task), until) - Math.max(task.ts, keydown.ts)
    }
    return [busy / 1000]
  })
}
