/**
 * The file name a report is offered under: "<what> <project> <date>", with only the characters the
 * save request accepts (letters, digits, space, `._()-`), at most 120 of them.
 */

const ALLOWED = /[^\p{L}\p{N} ._()-]+/gu
const MAX = 120

export function reportFileName(what: string, name: string, date: Date | string): string {
  const day = (typeof date === 'string' ? date : date.toISOString()).slice(0, 10)
  const clean = (s: string): string => s.replace(ALLOWED, ' ').replace(/\s+/gu, ' ').trim()
  const head = clean(what) || 'report'
  const project = clean(name)
  const room = MAX - head.length - day.length - 2
  const middle = room > 0 ? Array.from(project).slice(0, room).join('').trim() : ''
  return [head, middle, day].filter(Boolean).join(' ')
}
