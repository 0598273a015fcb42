/**
 * The tracker's columns for each kind of data, their widths (one CSS grid template shared by the
 * heading, the filter row and every line, so cells line up without measuring) and how each is
 * filtered. An evaluation has systems and raters but no lifecycle or dates; a project the reverse.
 */
import { VALUE_COLUMNS, type TrackerColumn } from '@shared/report/tracker-query'
import type { DashboardSource } from '../dashboard-ui'

const PROJECT: readonly TrackerColumn[] = [
  'article',
  'row',
  'side',
  'text',
  'category',
  'severity',
  'status',
  'origin',
  'author',
  'createdAt',
  'updatedAt',
  'comment'
]

const EVALUATION: readonly TrackerColumn[] = [
  'system',
  'article',
  'row',
  'side',
  'text',
  'category',
  'severity',
  'author',
  'comment'
]

/**
 * Width of each column: a minimum in px and, for the text-heavy ones, a share of the room left. The
 * minimums add up to ~1040 px, so a project's twelve columns fit beside the project panel; below
 * that the grid scrolls sideways.
 */
const WIDTHS: Readonly<Record<TrackerColumn, { readonly min: number; readonly grow?: number }>> = {
  article: { min: 80, grow: 0.8 },
  system: { min: 110 },
  row: { min: 44 },
  side: { min: 58 },
  text: { min: 180, grow: 3 },
  category: { min: 100, grow: 1 },
  severity: { min: 72 },
  status: { min: 78 },
  origin: { min: 80 },
  author: { min: 72 },
  createdAt: { min: 72 },
  updatedAt: { min: 72 },
  comment: { min: 100, grow: 1.2 }
}

/** The selection checkbox's column comes first. */
const CHECKBOX = 30

export function trackerColumns(source: DashboardSource): readonly TrackerColumn[] {
  return source === 'project' ? PROJECT : EVALUATION
}

export function gridTemplate(columns: readonly TrackerColumn[]): string {
  const width = (c: TrackerColumn): string => {
    const { min, grow } = WIDTHS[c]
    return grow ? `minmax(${min}px, ${grow}fr)` : `${min}px`
  }
  return [`${CHECKBOX}px`, ...columns.map(width)].join(' ')
}

/** The narrowest the grid can be (px): below it, it scrolls sideways. */
export function gridMinWidth(columns: readonly TrackerColumn[]): number {
  return columns.reduce((sum, c) => sum + WIDTHS[c].min, CHECKBOX)
}

/** Filtered by choosing a value (a select) rather than by typing (a text field). */
export function isValueColumn(column: TrackerColumn): boolean {
  return VALUE_COLUMNS.includes(column)
}

/** Right-aligned (a number). */
export function isNumeric(column: TrackerColumn): boolean {
  return column === 'row'
}
