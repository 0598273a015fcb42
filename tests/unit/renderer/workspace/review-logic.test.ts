// @vitest-environment jsdom
/**
 * The workspace's pure logic on real sample text: highlight runs, the optimistic review store,
 * per-row flag grouping, picker keys and the single-key commands.
 */
import { describe, expect, it, vi } from 'vitest'
import type { Flag } from '@shared/domain/review'
import { createFlag, type NewFlag } from '../../../../src/renderer/src/features/workspace/new-flag'
import { reviewEventSchema } from '@shared/review/events'
import { alignmentIssues } from '../../../../src/renderer/src/components/alignment-issues'
import { groupFlagsByRow } from '../../../../src/renderer/src/features/workspace/flags-by-row'
import { highlightRuns } from '../../../../src/renderer/src/features/workspace/highlight-runs'
import {
  nextCategoryByLetter,
  physicalLetter,
  severityForKey
} from '../../../../src/renderer/src/features/workspace/picker-keys'
import {
  countReview,
  initReviewStore,
  reviewReducer
} from '../../../../src/renderer/src/features/workspace/review-store'
import {
  commandFor,
  type WorkspaceCommands
} from '../../../../src/renderer/src/features/workspace/useWorkspaceKeys'
import { initialReviewState } from '@shared/review/replay'
import { beadTexts } from '@shared/review/row-text'
import { sampleProject } from '../helpers/sample-project'

const project = sampleProject()
const idiomBead = project.beads.find((b) =>
  beadTexts(b, project.source.segments, project.target.segments).target.includes('morning chairs')
)!
const idiomText = beadTexts(idiomBead, project.source.segments, project.target.segments).target
const sides = { source: project.source.segments, target: project.target.segments }
const fresh = () => initReviewStore({ review: initialReviewState(project.beads), sides })

function flagOn(phrase: string, severity: Flag['severity'], id = phrase): NewFlag {
  const start = idiomText.indexOf(phrase)
  expect(start).toBeGreaterThanOrEqual(0)
  const at = '2026-11-27T10:00:00.000Z'
  return {
    id,
    row: idiomBead.id,
    side: 'target',
    span: [start, start + phrase.length],
    category: 'accuracy',
    severity,
    comment: '',
    status: 'open',
    origin: 'reviewer',
    author: '',
    createdAt: at,
    updatedAt: at
  }
}

describe('createFlag', () => {
  it('builds a flag the log schema accepts, leaving the author for main to stamp', () => {
    const flag = createFlag(
      {
        row: idiomBead.id,
        side: 'target',
        span: [3, 17],
        category: 'accuracy',
        severity: 'major',
        comment: '  calque  '
      },
      crypto.randomUUID(),
      new Date('2026-11-27T10:15:00+03:00')
    )
    expect(flag).toMatchObject({
      status: 'open',
      origin: 'reviewer',
      author: '',
      comment: 'calque',
      createdAt: '2026-11-27T07:15:00.000Z'
    })
    expect(reviewEventSchema.safeParse({ type: 'flag.add', flag }).success).toBe(true)
  })
})

describe('highlightRuns', () => {
  it('cuts the text at every flag edge and colours overlaps by the most severe flag', () => {
    const outer = flagOn('"morning chairs –money in the evening"', 'minor', 'outer')
    const inner = flagOn('chairs –money', 'critical', 'inner')
    const runs = highlightRuns(idiomText.length, [outer, inner])
    expect(runs.map((r) => idiomText.slice(r.start, r.end)).join('')).toBe(idiomText)
    const pieces = runs
      .filter((r) => r.severity)
      .map((r) => [idiomText.slice(r.start, r.end), r.severity, r.flagIds])
    expect(pieces).toEqual([
      ['"morning ', 'minor', ['outer']],
      ['chairs –money', 'critical', ['outer', 'inner']],
      [' in the evening"', 'minor', ['outer']]
    ])
  })

  it('clamps spans that run past the text and skips empty ones', () => {
    const stale = {
      id: 's',
      span: [idiomText.length - 5, idiomText.length + 40] as const,
      severity: 'major' as const
    }
    const empty = { id: 'e', span: [3, 3] as const, severity: 'critical' as const }
    const runs = highlightRuns(idiomText.length, [stale, empty])
    expect(runs.at(-1)).toEqual({
      start: idiomText.length - 5,
      end: idiomText.length,
      severity: 'major',
      flagIds: ['s']
    })
    expect(runs.some((r) => r.flagIds.includes('e'))).toBe(false)
  })
})

describe('review store', () => {
  const saved = { seq: 7, savedAt: '2026-11-27T12:00:00.000Z' }
  const flag = flagOn('morning chairs', 'major')

  it('shows a change at once, counts it only once main acknowledges it', () => {
    let state = fresh()
    state = reviewReducer(state, {
      type: 'sent',
      change: { ticket: 1, event: { type: 'flag.add', flag } }
    })
    expect(state.visible.flags).toEqual([flag])
    expect(state.flagsByRow.get(idiomBead.id)?.[0]?.saving).toBe(true)
    expect(countReview(state.saved, [idiomBead.id]).flags).toBe(0)

    state = reviewReducer(state, { type: 'saved', ticket: 1, saved })
    expect(state.pending).toEqual([])
    expect(state.saved.lastSeq).toBe(7)
    expect(state.saved.flags[0]).toMatchObject({ id: flag.id, createdAt: saved.savedAt })
    expect(state.status).toEqual({ kind: 'saved', at: saved.savedAt })
    expect(countReview(state.saved, [idiomBead.id]).bySeverity.major).toBe(1)
  })

  it('rolls a refused change back and keeps the error', () => {
    const error = { code: 'log-changed-on-disk' as const, path: '/p/review.jsonl' }
    let state = fresh()
    state = reviewReducer(state, {
      type: 'sent',
      change: { ticket: 1, event: { type: 'status.set', row: 'b0', status: 'reviewed' } }
    })
    expect(state.visible.statuses.b0).toBe('reviewed')
    state = reviewReducer(state, { type: 'failed', ticket: 1, error })
    expect(state.visible.statuses.b0).toBeUndefined()
    expect(state.status).toEqual({ kind: 'failed', error })
    // A late or duplicate answer for a change already settled changes nothing.
    expect(reviewReducer(state, { type: 'saved', ticket: 1, saved })).toBe(state)
  })

  it('counts reviewed rows of this project only', () => {
    const review = {
      ...initialReviewState(project.beads),
      statuses: { b0: 'reviewed', b1: 'needs-work', b999: 'reviewed' } as const
    }
    expect(
      countReview(
        review,
        project.beads.map((b) => b.id)
      ).reviewed
    ).toBe(1)
  })
})

describe('groupFlagsByRow', () => {
  it('reuses a row’s array when its flags did not change, so only changed rows re-render', () => {
    const a = flagOn('morning chairs', 'minor', 'a')
    const other = { ...flagOn('Washington states', 'major', 'b'), row: 'b3' }
    const before = groupFlagsByRow([a, other], new Set())
    const c = flagOn('evening', 'critical', 'c')
    const after = groupFlagsByRow([a, other, c], new Set(), before)
    expect(after.get('b3')).toBe(before.get('b3'))
    expect(after.get(idiomBead.id)).not.toBe(before.get(idiomBead.id))
    expect(after.get(idiomBead.id)?.map((f) => f.flag.id)).toEqual(['a', 'c'])
  })
})

describe('flag picker keys', () => {
  it('maps 1/2/3 (main row, keypad, any layout) to minor/major/critical', () => {
    expect(severityForKey({ key: '1', code: 'Digit1' })).toBe('minor')
    expect(severityForKey({ key: '2', code: '' })).toBe('major')
    expect(severityForKey({ key: '3', code: 'Numpad3' })).toBe('critical')
    expect(severityForKey({ key: '"', code: 'Digit2' })).toBe('major')
    expect(severityForKey({ key: '4', code: 'Digit4' })).toBeNull()
  })

  it('jumps to the next category starting with the typed letter, in the UI language', () => {
    const en = [
      'Terminology',
      'Accuracy',
      'Linguistic conventions',
      'Style',
      'Locale conventions',
      'Audience appropriateness',
      'Design and markup'
    ]
    expect(nextCategoryByLetter(en, 0, 'l')).toBe(2)
    expect(nextCategoryByLetter(en, 2, 'L')).toBe(4)
    expect(nextCategoryByLetter(en, 4, 'l')).toBe(2)
    expect(nextCategoryByLetter(en, 0, 'q')).toBeNull()
    expect(nextCategoryByLetter(en, 0, 'Enter')).toBeNull()
    const ru = ['Терминология', 'Точность', 'Языковые нормы', 'Стиль']
    expect(nextCategoryByLetter(ru, 0, 'т')).toBe(1)
    expect(nextCategoryByLetter(ru, 1, 'т')).toBe(0)
  })

  it('falls back to the letter on the key, for English labels typed with a Russian layout', () => {
    expect(physicalLetter('KeyA')).toBe('a')
    expect(physicalLetter('Digit2')).toBe('')
  })
})

describe('workspace keys', () => {
  const commands = (): WorkspaceCommands => ({
    move: vi.fn(),
    markReviewed: vi.fn(),
    toggleNeedsWork: vi.fn(),
    openFlagPicker: vi.fn(),
    removeLastFlag: vi.fn(),
    alignment: vi.fn(),
    openRowMenu: vi.fn()
  })
  const press = (
    init: Partial<KeyboardEvent>,
    target: EventTarget | null = null
  ): WorkspaceCommands | null => {
    const c = commands()
    const command = commandFor({
      key: '',
      code: '',
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      isComposing: false,
      target,
      ...init
    } as KeyboardEvent)
    if (!command) return null
    command(c)
    return c
  }

  it('reads letters by physical key, so a Russian layout works the same', () => {
    expect(press({ key: 'а', code: 'KeyF' })?.openFlagPicker).toHaveBeenCalled()
    expect(press({ key: 'ч', code: 'KeyX' })?.removeLastFlag).toHaveBeenCalled()
    expect(press({ key: 'End' })?.move).toHaveBeenCalledWith(Infinity)
  })

  it('maps m/s/u and the bracket keys to alignment fixes, by physical key in any layout', () => {
    expect(press({ key: 'ь', code: 'KeyM' })?.alignment).toHaveBeenCalledWith('merge')
    expect(press({ key: 's', code: 'KeyS' })?.alignment).toHaveBeenCalledWith('split')
    expect(press({ key: 'г', code: 'KeyU' })?.alignment).toHaveBeenCalledWith('unlink')
    // The bracket keys type х and ъ with a Russian layout; Shift moves the source instead.
    expect(press({ key: 'х', code: 'BracketLeft' })?.alignment).toHaveBeenCalledWith(
      'move-target-up'
    )
    expect(press({ key: ']', code: 'BracketRight' })?.alignment).toHaveBeenCalledWith(
      'move-target-down'
    )
    expect(
      press({ key: 'Х', code: 'BracketLeft', shiftKey: true })?.alignment
    ).toHaveBeenCalledWith('move-source-up')
    expect(press({ key: '}', code: '', shiftKey: true })?.alignment).toHaveBeenCalledWith(
      'move-source-down'
    )
  })

  it('undoes with Ctrl/Cmd+Z and redoes with Ctrl/Cmd+Shift+Z or Ctrl+Y, in any layout', () => {
    expect(press({ key: 'z', code: 'KeyZ', ctrlKey: true })?.alignment).toHaveBeenCalledWith('undo')
    expect(press({ key: 'я', code: 'KeyZ', metaKey: true })?.alignment).toHaveBeenCalledWith('undo')
    expect(
      press({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true })?.alignment
    ).toHaveBeenCalledWith('redo')
    expect(press({ key: 'н', code: 'KeyY', ctrlKey: true })?.alignment).toHaveBeenCalledWith('redo')
    // In a text field Ctrl+Z is the field's own undo.
    expect(
      press({ key: 'z', code: 'KeyZ', ctrlKey: true }, document.createElement('input'))
    ).toBeNull()
  })

  it('opens the row menu with the Menu key or Shift+F10', () => {
    expect(press({ key: 'ContextMenu', code: 'ContextMenu' })?.openRowMenu).toHaveBeenCalled()
    expect(press({ key: 'F10', code: 'F10', shiftKey: true })?.openRowMenu).toHaveBeenCalled()
    expect(press({ key: 'F10', code: 'F10' })).toBeNull()
  })

  it('leaves shortcuts with modifiers (copy, reload…) to the system', () => {
    expect(press({ key: 'c', code: 'KeyC', ctrlKey: true })).toBeNull()
    expect(press({ key: 'z', code: 'KeyZ', ctrlKey: true, altKey: true })).toBeNull()
    expect(press({ key: 'J', code: 'KeyJ', shiftKey: true })).toBeNull()
    expect(press({ key: 'j', code: 'KeyJ', isComposing: true })).toBeNull()
  })

  it('never takes keys from a text field, nor Enter from a focused button', () => {
    expect(press({ key: 'j', code: 'KeyJ' }, document.createElement('input'))).toBeNull()
    const button = document.createElement('button')
    expect(press({ key: 'Enter', code: 'Enter' }, button)).toBeNull()
    expect(press({ key: 'j', code: 'KeyJ' }, button)?.move).toHaveBeenCalledWith(1)
  })
})

describe('alignmentIssues', () => {
  it('names an empty side before a low score, and nothing for a confident 1-1 row', () => {
    expect(alignmentIssues({ source: [0], target: [], confidence: 0.1 })).toEqual([
      'missing-target'
    ])
    expect(alignmentIssues({ source: [], target: [3], confidence: 0.9 })).toEqual([
      'missing-source'
    ])
    expect(alignmentIssues({ source: [1, 2], target: [1], confidence: 0.49 })).toEqual([
      'low-confidence'
    ])
    expect(alignmentIssues({ source: [1], target: [1], confidence: 0.5 })).toEqual([])
  })
})
