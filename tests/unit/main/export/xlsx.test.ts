import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { writeXlsx } from '../../../../src/main/services/export/xlsx'
import { sampleArticle } from '../../shared/export/sample-article'

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

describe('rows and flags as an Excel workbook', () => {
  it('has a Rows and a Flags sheet with typed cells, read back by exceljs', async () => {
    const workbook = await read(await writeXlsx([sampleArticle]))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Rows', 'Flags'])
    const rows = workbook.getWorksheet('Rows')!
    expect(rows.rowCount).toBe(51)
    expect(rows.getRow(1).getCell(1).value).toBe('Article')
    const b25 = rows.getRow(27)
    expect(b25.getCell(2).value).toBe('b25')
    expect(b25.getCell(3).value).toBe(25) // a number, not text
    expect(b25.getCell(7).value).toBe(sampleArticle.rows[25]!.edit)
    expect(b25.getCell(13).value).toBe(false) // a boolean
    const flags = workbook.getWorksheet('Flags')!
    expect(flags.rowCount).toBe(10)
    const calque = flags.getRows(2, 9)!.find((r) => r.getCell(3).value === 'f-calque')!
    expect(calque.getCell(7).value).toBe('morning chairs –money in the evening')
    expect(calque.getCell(11).value).toBe(70)
  })

  it('keeps a formula-looking MT as text (never a formula)', async () => {
    const row = { ...sampleArticle.rows[0]!, target: '=1+1' }
    const workbook = await read(await writeXlsx([{ ...sampleArticle, rows: [row] }]))
    expect(workbook.getWorksheet('Rows')!.getRow(2).getCell(6).value).toBe('=1+1')
  })

  it('names sheets and headers in Russian for a Russian export', async () => {
    const workbook = await read(await writeXlsx([sampleArticle], { language: 'ru' }))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Строки', 'Замечания'])
    expect(workbook.getWorksheet('Строки')!.getRow(1).getCell(1).value).toBe('Статья')
  })
})
