import { describe, expect, it } from 'vitest'
import { requestSchemas } from '@shared/ipc/contract'
import { reportFileName } from '@shared/report/file-name'

const accepted = (name: string) =>
  requestSchemas.saveReport.safeParse({ format: 'html', content: '', suggestedName: name }).success

describe('report file names', () => {
  it('names the report, the project and the day, in characters the save request accepts', () => {
    const name = reportFileName(
      'LQA report',
      'USA and Belarus: «ready» to restore relations?',
      '2026-11-29T15:00:00.000Z'
    )
    expect(name).toBe('LQA report USA and Belarus ready to restore relations 2026-11-29')
    expect(accepted(name)).toBe(true)
  })

  it('keeps Cyrillic names, and stays within 120 characters for a very long one', () => {
    expect(reportFileName('Отчёт LQA', 'США и Беларусь', new Date('2026-11-29T00:00:00Z'))).toBe(
      'Отчёт LQA США и Беларусь 2026-11-29'
    )
    const long = reportFileName('LQA report', 'word '.repeat(80), '2026-11-29')
    expect(long.length).toBeLessThanOrEqual(120)
    expect(long.endsWith('2026-11-29')).toBe(true)
    expect(accepted(long)).toBe(true)
    expect(accepted(reportFileName('', '/// ***', '2026-11-29'))).toBe(true)
  })
})
