/**
 * A table's header row read into the same line as its values, as text extraction leaves a small
 * table: "Band A Band B Band C Band D £145.50 £169.75 £193.99 £218.24". Each value is its
 * column's: the fourth number is Band D's. Read only where the labels are as many as the values,
 * each is the same word with a different tag ("Band A", "Tier 2", "Year 10"), and nothing but
 * space stands between the values (the labels standing before them, or as the heading over them), so a sentence that merely names things before its numbers is
 * never taken for a table.
 */

/** Where a number stands in the line. */
interface Placed {
  at: number;
  end: number;
}

/** One tag after the repeated word: a letter, a number or a short word ("A", "2", "IV", "Two"). */
const TAG = /^(?:[A-Z]|\d{1,2}|[IVX]{1,4}|[A-Z][a-z]{1,5})$/;

/**
 * The column label of each value in `line`, in order, when the line is a header row of labels
 * followed by a row of exactly as many values; otherwise undefined.
 * @example
 * columnLabels('Band A Band B £10 £12', found) // ['Band A', 'Band B']
 */
export function columnLabels(line: string, values: Placed[], heading?: string): string[] | undefined {
  if (!valuesOnly(line, values)) return undefined;
  // A short header row may have been read as the heading over its row of values.
  return taggedLabels(line.slice(0, values[0]!.at).trim() || (heading?.trim() ?? ''), values.length);
}

/**
 * The measure of each value in a row that opens with its own label, under a header row of
 * column labels read as the heading over it: "Dog Fouling 5 7" under "Period 1 (18.01.22 –
 * 22.03.22) Period 2 (23.03.22 – 27.05.22)" gives "Dog Fouling (Period 2)" to the 7.
 * @example
 * rowUnderColumns('Dog Fouling 5 7', found, 'Period 1 Period 2') // ['Dog Fouling (Period 1)', 'Dog Fouling (Period 2)']
 */
export function rowUnderColumns(line: string, values: Placed[], heading: string | undefined): string[] | undefined {
  if (!heading || !valuesOnly(line, values)) return undefined;
  const row = line.slice(0, values[0]!.at).replace(/[*†‡]+\s*$/, '').trim();
  if (!ROW_LABEL.test(row)) return undefined;
  return taggedLabels(heading, values.length)?.map((label) => `${row} (${label})`);
}

/** A row's own label: one to five words, no numbers. */
const ROW_LABEL = /^\p{L}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,4}$/u;

/** Whether nothing but space stands between a line's values, and nothing after the last. */
function valuesOnly(line: string, values: Placed[]): boolean {
  if (values.length < 2) return false;
  for (let i = 1; i < values.length; i++) if (line.slice(values[i - 1]!.end, values[i]!.at).trim() !== '') return false;
  return line.slice(values.at(-1)!.end).trim().replace(/[.;]$/, '') === '';
}

/**
 * A header of `count` labels, each the same word with a different tag ("Band A Band B", "Period
 * 1 (Jan – Mar) Period 2 (Apr – Jun)": a note in brackets after a label is passed over).
 */
function taggedLabels(head: string, count: number): string[] | undefined {
  // Read word by word (linear, whatever a document holds): the same word, then a tag, each time.
  const tokens = head.replace(/\([^()]{0,60}\)/g, ' ').split(/\s+/).filter(Boolean);
  const word = tokens[0];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word) || tokens.length !== count * 2) return undefined;
  const labels: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    if (tokens[i] !== word || !TAG.test(tokens[i + 1]!)) return undefined;
    labels.push(`${word} ${tokens[i + 1]}`);
  }
  return new Set(labels).size === labels.length ? labels : undefined;
}

/** A header row's column name: one capitalised word ("Year", "Granted", "Revoked"). */
const COLUMN_NAME = /^\p{Lu}[\p{Ll}-]+$/u;
/** A row's label that says when: a year or a financial year ("2017", "2023/24", "2016-17"). */
const ROW_PERIOD = /^(?:19|20)\d\d(?:[/-]\d{2}(?:\d{2})?)?$/;
/** A cell's value: a count, a sum or a share. */
const CELL = /^£?\d[\d,]*(?:\.\d+)?%?$/;

/**
 * The column name of each value in `line`, in order, when the line is a small table read into one
 * line: a header row of one-word names ("Year Granted Refused Revoked") and rows that each open
 * with a year and hold one value per other column ("2023 145,684 1,580 2,213"). The 2,213 is
 * Revoked's. Read only where every token after the header fits that grid and the values found are
 * exactly its cells; the row's year is the figure's period, read as any other.
 * @example
 * rowTableLabels('Year Granted Refused 2022 10 2 2023 12 3', found) // ['Granted', 'Refused', 'Granted', 'Refused']
 */
export function rowTableLabels(line: string, values: Placed[]): string[] | undefined {
  const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
  let columns = 0;
  while (columns < tokens.length && COLUMN_NAME.test(tokens[columns]!.text)) columns++;
  const cells = tokens.slice(columns);
  if (columns < 3 || cells.length < 2 * columns || cells.length % columns !== 0) return undefined;
  const labels: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const { text, at: where } = cells[i]!;
    if (i % columns === 0) {
      if (!ROW_PERIOD.test(text)) return undefined;
      continue;
    }
    if (!CELL.test(text)) return undefined;
    labels.push(tokens[i % columns]!.text);
    at.push(where);
  }
  if (values.length !== at.length || values.some((v, i) => v.at !== at[i])) return undefined;
  return labels;
}

/** A header's first words naming its column of periods: "Date", "Year", "Financial year". */
const PERIOD_COLUMN = /^(?:date|year|financial year|period|quarter|month)\s+/i;
/** The first row's period, a word of its own: where the header ends. */
const FIRST_ROW = new RegExp(String.raw`\s${ROW_PERIOD.source.slice(1, -1)}\s`);
/** A row's note after its value: "(up to 31 October)". */
const ROW_NOTE = /^\s*(?:\([^()]{1,40}\)\s*)?/;

/** A two-column table of periods and one measure, read into one line, and which of its values is the total. */
export interface PeriodTable {
  /** The measure of each value, in order ("Number of reports"; "Total number of reports" for the total). */
  labels: string[];
  /** The index of the value on a closing "Total" row, if any: the sum over the rows' periods, not the last one's. */
  total?: number;
}

/**
 * A small table of one measure by period read into one line: a header naming the period column
 * and the measure ("Date Number of reports"), rows of a period and its value ("2013 98 2014 145",
 * a note in brackets allowed after a value), and maybe a closing "Total 1472". Read only where
 * every value found stands in that grid.
 * @example
 * periodTable('Year Arrests 2022 10 2023 12 Total 22', found) // { labels: ['Arrests', 'Arrests', 'Total arrests'], total: 2 }
 */
export function periodTable(line: string, values: Placed[]): PeriodTable | undefined {
  if (values.length < 2) return undefined;
  const header = PERIOD_COLUMN.exec(line);
  if (!header) return undefined;
  const firstRow = FIRST_ROW.exec(line.slice(header[0].length - 1));
  if (!firstRow) return undefined;
  const label = line.slice(header[0].length, header[0].length - 1 + firstRow.index).trim();
  if (!/^\p{L}[\p{L}' -]{1,40}$/u.test(label)) return undefined;
  let at = header[0].length + label.length;
  const labels: string[] = [];
  let total: number | undefined;
  for (const [i, v] of values.entries()) {
    const between = line.slice(at, v.at).replace(ROW_NOTE, '').trim();
    if (ROW_PERIOD.test(between)) labels.push(label);
    else if (/^total$/i.test(between) && i === values.length - 1 && labels.length >= 2) {
      labels.push(`Total ${label.charAt(0).toLowerCase()}${label.slice(1)}`);
      total = i;
    } else return undefined;
    at = v.end;
  }
  if (line.slice(at).replace(ROW_NOTE, '').trim().replace(/[.;]$/, '') !== '') return undefined;
  return { labels, total };
}
