import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { parseIndicatorTable, type IndicatorProblem, type IndicatorRow } from './indicators.js';
import { zipTooLarge } from './sources/zip-size.js';

/**
 * Reads an Excel workbook of indicator tables (exceljs): each sheet with the same columns as
 * the CSV tables. A bad row is reported by sheet and cell ("Quarterly!D7"), and the rest load.
 */
export async function parseIndicatorWorkbook(bytes: Buffer, file: string): Promise<{ rows: IndicatorRow[]; problems: IndicatorProblem[] }> {
  const tooLarge = zipTooLarge(bytes);
  if (tooLarge) return { rows: [], problems: [{ file, line: 1, message: `not read: ${tooLarge}` }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { rows: [], problems: [{ file, line: 1, message: `not a readable Excel workbook: ${(error as Error).message}` }] };
  }
  const rows: IndicatorRow[] = [];
  const problems: IndicatorProblem[] = [];
  workbook.eachSheet((sheet) => {
    const table: string[][] = [];
    const sheetRows: number[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      table.push(values);
      sheetRows.push(n);
    });
    if (table.length === 0) return;
    const header = table[0]!.map((h) => h.trim().toLowerCase());
    const parsed = parseIndicatorTable(stringify(table), `${file}!${sheet.name}`);
    // CSV line n is sheet row sheetRows[n-1]; a column name becomes the cell it is in.
    for (const p of parsed.problems) {
      const sheetRow = sheetRows[p.line - 1] ?? p.line;
      const col = p.column ? header.indexOf(p.column) : -1;
      problems.push({ ...p, file, line: sheetRow, column: col >= 0 ? `${sheet.name}!${columnLetter(col)}${sheetRow}` : p.column });
    }
    rows.push(...parsed.rows.map((r) => ({ ...r, file, line: sheetRows[r.line - 1] ?? r.line })));
  });
  return { rows, problems };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (v.result !== undefined) return cellText(v.result);
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return String(value);
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
