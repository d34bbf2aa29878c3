import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseIndicatorWorkbook } from '../../knowledge/documents/indicator-workbook.js';

async function workbook(rows: unknown[][], sheetName = 'Quarterly'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('indicator workbooks', () => {
  it('reads each sheet row like a CSV row, numbers and all', async () => {
    const bytes = await workbook([
      ['indicator', 'measure', 'period', 'value', 'unit', 'geography', 'source', 'published'],
      ['CSTRs ordered', 'CSTRs', '2023/24', 1362, 'count', 'Greater Manchester', '002 › Summary', '2024-07-01'],
      ['CSTRs ordered', 'CSTRs', 'Q1 2024/25', 390, 'count', 'Greater Manchester', '', ''],
    ]);
    const { rows, problems } = await parseIndicatorWorkbook(bytes, 'measures.xlsx');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.period.label, r.number, r.line])).toEqual([
      ['2023/24', 1362, 2],
      ['Q1 2024/25', 390, 3],
    ]);
  });

  it('names the sheet and cell of a bad row and keeps the good ones', async () => {
    const bytes = await workbook([
      ['indicator', 'measure', 'period', 'value', 'unit', 'geography', 'source', 'published'],
      ['CSTRs ordered', 'CSTRs', '2023/24', 'lots', 'count', 'GM', '', ''],
      ['CSTRs ordered', 'CSTRs', '2022/23', 1032, 'count', 'GM', '', ''],
    ]);
    const { rows, problems } = await parseIndicatorWorkbook(bytes, 'measures.xlsx');
    expect(rows).toHaveLength(1);
    expect(problems).toMatchObject([{ file: 'measures.xlsx', line: 2, column: 'Quarterly!D2' }]);
  });

  it('says so for a file that is not a workbook', async () => {
    const { problems } = await parseIndicatorWorkbook(Buffer.from('not excel'), 'broken.xlsx');
    expect(problems[0]!.message).toMatch(/not a readable Excel workbook/);
  });
});
