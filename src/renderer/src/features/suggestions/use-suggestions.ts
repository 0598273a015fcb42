/**
 * The automatic suggestions of the open article in the workspace: loaded from main, filtered and
 * indexed by row, one of the current row's suggestions focused, and the reviewer's answers to them —
 * accept as a flag (through the flag picker, prefilled), apply the fix to the post-edit, dismiss the
 * occurrence (review events: undoable with the rest of the review), or switch the whole check off for
 * the project (a project setting, taken back from the toast or the QA panel).
 */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleChecks } from '@shared/ipc/contract'
import type { Finding } from '@shared/qa'
import type { ReviewEvent } from '@shared/review/events'
import { editOf } from '@shared/review/state'
import type { ArticleState } from '../../store/article-state'
import { rowInfo, type FlagsByRow } from '../../store/rows'
import { useActions, useAppStore, useStore } from '../../store/use-store'
import type { FlagTarget } from '../flags/FlagPicker'
import type { CommandHandlers } from '../keys/use-keymap'
import type { ToastMessage } from '../workspace/Toast'
import type { RowSuggestionMarks } from '../workspace/grid/ReviewRow'
import { fixedEnglish } from './apply-fix'
import { findingMessage } from './finding-text'
import { indexSuggestionsOf, withFocus, type SuggestionIndex } from './suggestion-index'
import { currentChecks, useArticleChecks, type ChecksState } from './use-article-checks'

export type SuggestionAction = 'accept' | 'fix' | 'dismiss' | 'dismiss-check'

/** One suggestion of the current row, as its list shows it. */
export interface RowSuggestion {
  readonly finding: Finding
  readonly focused: boolean
}

/** What the grid asks for each row it draws. */
export interface SuggestionMarksLookup {
  get(rowId: string): RowSuggestionMarks | undefined
}

export interface SuggestionsInput {
  readonly articleId: string
  readonly article: ArticleState
  readonly flags: FlagsByRow
  readonly currentRow: string | null
  readonly numbers: ReadonlyMap<string, number>
  readonly submit: (event: ReviewEvent) => boolean
  readonly toast: (message: Omit<ToastMessage, 'id'>) => void
  readonly openPicker: (target: FlagTarget) => void
}

export interface Suggestions {
  readonly state: ChecksState
  readonly checks: ArticleChecks | null
  readonly index: SuggestionIndex
  readonly marks: SuggestionMarksLookup
  /** The current row's suggestions, the focused one marked. */
  readonly current: readonly RowSuggestion[]
  /** The checks switched off for the project. */
  readonly checksOff: ReadonlySet<string>
  focus(findingId: string): void
  act(action: SuggestionAction, findingId?: string): void
  setCheck(checkId: string, on: boolean): void
  /**
   * Ctrl+Z right after a check was switched off (no review action since) switches it back on:
   * `true` when that is what it did.
   */
  undoCheckOff(): boolean
  readonly commands: CommandHandlers
}

const NO_CHECKS_OFF: readonly string[] = []

export function useSuggestions(input: SuggestionsInput): Suggestions {
  const { articleId, article, flags, currentRow, submit, toast, openPicker } = input
  const { t } = useTranslation(['qa', 'workspace', 'keys'])
  const actions = useActions()
  const store = useStore()
  const project = useAppStore((s) => s.opened?.project ?? null)
  const disabled = project?.settings.disabledChecks ?? NO_CHECKS_OFF
  const glossary = project?.settings.glossary ?? null
  const { view, base, visible, saved } = article

  const state = useArticleChecks({
    projectId: view.projectId,
    articleId,
    savedBeads: saved.beads,
    settingsKey: JSON.stringify([disabled, glossary])
  })
  const checks = currentChecks(state)
  const checksOff = useMemo(() => new Set(disabled), [disabled])

  const index = useMemo(
    () =>
      indexSuggestionsOf(base, {
        findings: checks?.findings ?? [],
        beads: visible.beads,
        base,
        dismissals: visible.dismissals,
        flags,
        notes: visible.notes,
        checksOff
      }),
    [checks, visible.beads, visible.dismissals, visible.notes, base, flags, checksOff]
  )

  const [focusedId, setFocusedId] = useState<string | null>(null)
  const row = currentRow !== null ? index.byRow.get(currentRow) : undefined
  const rowFindings = row?.findings
  // The focused suggestion of the current row: the one chosen (g, a click, the QA panel), else its first.
  const focused =
    rowFindings && rowFindings.length > 0
      ? (rowFindings.find((f) => f.id === focusedId) ?? rowFindings[0]!)
      : null

  const current = useMemo(
    () => (rowFindings ?? []).map((finding) => ({ finding, focused: finding === focused })),
    [rowFindings, focused]
  )
  const focusedMarks = useMemo(
    () => (row && focused ? withFocus(row, focused.id) : undefined),
    [row, focused]
  )
  const marks = useMemo<SuggestionMarksLookup>(
    () => ({
      get: (rowId) =>
        rowId === currentRow && focusedMarks ? focusedMarks : index.byRow.get(rowId)?.marks
    }),
    [index, currentRow, focusedMarks]
  )

  const findingById = useCallback(
    (id: string | undefined): Finding | null => {
      if (id === undefined) return focused
      return index.all.find((f) => f.id === id) ?? null
    },
    [index, focused]
  )

  /** After a suggestion goes away, the one after it (else before it) on the row is focused. */
  const focusNeighbour = (finding: Finding): void => {
    const list = index.byRow.get(finding.rowId)?.findings ?? []
    const at = list.findIndex((f) => f.id === finding.id)
    const next = list[at + 1] ?? list[at - 1]
    setFocusedId(next?.id ?? null)
  }

  const checkName = (id: string): string => t(`qa:check.${id}.name` as never)

  const accept = (finding: Finding): void => {
    const bead = visible.beads.find((b) => b.id === finding.rowId)
    if (!bead) return
    openPicker({
      row: finding.rowId,
      number: input.numbers.get(finding.rowId) ?? 0,
      side: finding.side,
      span: finding.span,
      fromSelection: true,
      text: rowInfo(bead, base).texts[finding.side],
      suggestion: {
        check: finding.check,
        category: finding.category,
        severity: finding.severity,
        comment: findingMessage(t, finding)
      }
    })
  }

  const fix = (finding: Finding): void => {
    const bead = visible.beads.find((b) => b.id === finding.rowId)
    if (!bead) return
    const mt = rowInfo(bead, base).texts.target
    const outcome = fixedEnglish(mt, editOf(visible, bead.id), finding.fix)
    if (!outcome.ok) {
      toast({ text: t(`qa:toast.${outcome.reason === 'no-fix' ? 'noFix' : 'editedAway'}`) })
      return
    }
    if (
      submit({ type: 'edit.set', row: bead.id, text: outcome.text === mt ? null : outcome.text })
    ) {
      focusNeighbour(finding)
      toast({ text: t('qa:toast.fixed'), undo: true })
    }
  }

  const dismiss = (finding: Finding): void => {
    if (
      submit({
        type: 'suggestion.dismiss',
        key: finding.id,
        scope: 'occurrence',
        check: finding.check
      })
    ) {
      focusNeighbour(finding)
      toast({ text: t('qa:toast.dismissed'), undo: true })
    }
  }

  const setCheck = useCallback(
    (checkId: string, on: boolean): void => {
      // From the store, not this render: an Undo may come long after the toast was made.
      const now = new Set(store.getState().opened?.project.settings.disabledChecks ?? [])
      if (on === !now.has(checkId)) return
      if (on) now.delete(checkId)
      else now.add(checkId)
      void actions.updateProjectSettings({ disabledChecks: [...now] })
    },
    [actions, store]
  )

  // The check last switched off with Shift+D, and the review state's last step at that moment.
  const [lastCheckOff, setLastCheckOff] = useState<{
    readonly check: string
    readonly seq: number
  } | null>(null)

  const dismissCheck = (finding: Finding): void => {
    setCheck(finding.check, false)
    setLastCheckOff({ check: finding.check, seq: visible.lastSeq })
    toast({
      text: t('qa:toast.checkOff', { check: checkName(finding.check) }),
      undo: true,
      onUndo: () => {
        setLastCheckOff(null)
        setCheck(finding.check, true)
      }
    })
  }

  const undoCheckOff = (): boolean => {
    if (!lastCheckOff) return false
    setLastCheckOff(null)
    if (lastCheckOff.seq !== visible.lastSeq) return false
    setCheck(lastCheckOff.check, true)
    return true
  }

  const act = (action: SuggestionAction, id?: string): void => {
    const finding = findingById(id)
    if (!finding) return
    if (id !== undefined) setFocusedId(id)
    if (action === 'accept') accept(finding)
    else if (action === 'fix') fix(finding)
    else if (action === 'dismiss') dismiss(finding)
    else dismissCheck(finding)
  }

  const onRow = (action: SuggestionAction) => (): boolean | void => {
    if (!focused) return false
    act(action)
  }

  const commands: CommandHandlers = {
    'suggestion-next': () => {
      if (!rowFindings || rowFindings.length === 0 || !focused) return false
      const at = rowFindings.indexOf(focused)
      setFocusedId(rowFindings[(at + 1) % rowFindings.length]!.id)
    },
    'suggestion-accept': onRow('accept'),
    'suggestion-fix': onRow('fix'),
    'suggestion-dismiss': onRow('dismiss'),
    'suggestion-dismiss-check': onRow('dismiss-check')
  }

  return {
    state,
    checks,
    index,
    marks,
    current,
    checksOff,
    focus: setFocusedId,
    act,
    setCheck,
    undoCheckOff,
    commands
  }
}
