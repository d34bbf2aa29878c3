import { parse } from 'csv-parse/sync';
import { findPeriods } from '../language/periods.js';
import type { FigureUnit, IndicatorRow } from '../types.js';
import { FIGURE_UNITS } from '../types.js';

export type { IndicatorRow } from '../types.js';

/**
 * Indicator tables: CSV files an analyst keeps, one row per measure and period —
 * `indicator, measure, period, value, unit, geography, source, published`. A new row for a new
 * quarter moves the bot's answer to it, with the trend against the row before.
 */

export const INDICATOR_COLUMNS = ['indicator', 'measure', 'period', 'value', 'unit', 'geography', 'source', 'published'] as const;
const REQUIRED = ['indicator', 'period', 'value', 'unit'] as const;
const UNITS: readonly FigureUnit[] = FIGURE_UNITS;


/** A row that could not be read, and why. */
export interface IndicatorProblem {
  file: string;
  line: number;
  column?: string;
  message: string;
}

/**
 * Reads one indicator table. Each bad row is reported with its file, line and column, and every
 * good row is still returned.
 * @example
 * parseIndicatorTable('indicator,period,value,unit\nCSTRs ordered,2023/24,1362,count\n', 'cstr.csv').rows[0].number // 1362
 */
export function parseIndicatorTable(text: string, file: string): { rows: IndicatorRow[]; problems: IndicatorProblem[] } {
  const rows: IndicatorRow[] = [];
  const problems: IndicatorProblem[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), info: true, skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return { rows, problems: [{ file, line: e.lines ?? 1, message: `not a readable CSV table: ${e.message}` }] };
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',').map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return { rows, problems: [{ file, line: 1, column: missing[0], message: `the header has no ${missing.join(', ')} column (expected ${INDICATOR_COLUMNS.join(', ')})` }] };
  }
  for (const { record, info } of records) {
    const line = info.lines;
    const bad = (column: string, message: string) => problems.push({ file, line, column, message });
    const empty = REQUIRED.find((c) => !record[c]);
    if (empty) {
      bad(empty, `the ${empty} is missing`);
      continue;
    }
    const periodText = record.period!;
    const periods = findPeriods(periodText);
    if (periods.length !== 1 || periods[0]!.label.length < periodText.replace(/\s+/g, ' ').length - 2) {
      bad('period', `"${periodText}" is not a period the bot understands (e.g. 2023/24, Q1 2024/25, July 2022, 2019)`);
      continue;
    }
    const number = Number(record.value!.replace(/[£,%\s]/g, ''));
    if (!Number.isFinite(number)) {
      bad('value', `"${record.value}" is not a number`);
      continue;
    }
    const unit = record.unit!.toLowerCase() as FigureUnit;
    if (!UNITS.includes(unit)) {
      bad('unit', `"${record.unit}" is not a unit (one of ${UNITS.join(', ')})`);
      continue;
    }
    const published = record.published || undefined;
    if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
      bad('published', `"${published}" is not a date written YYYY-MM-DD`);
      continue;
    }
    rows.push({
      file,
      line,
      indicator: record.indicator!,
      measure: record.measure || record.indicator!,
      period: { ...periods[0]!, label: periodText },
      value: record.value!,
      number,
      unit,
      geography: record.geography || 'Greater Manchester',
      source: record.source ?? '',
      published,
    });
  }
  return { rows, problems };
}
