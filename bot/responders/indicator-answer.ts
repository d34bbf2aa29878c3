import type { Series } from '../../knowledge/figures/indicator-series.js';
import { changeBetween } from '../../knowledge/figures/change.js';
import type { IndicatorRow } from '../../knowledge/documents/indicators.js';
import { overlaps, sameSpan, type KnowledgeBase } from '../../knowledge/search/retrieve.js';
import type { Period } from '../../knowledge/types.js';
import type { AnswerFigure } from '../answer.js';
import { displayValue } from '../figure-line.js';

/** What an indicator series says for a question: the row, the row before it, and caveats. */
export interface SeriesAnswer {
  figure: AnswerFigure;
  /** False when a period was asked and the series does not hold it (the nearest is shown). */
  held: boolean;
  notes: string[];
}

/**
 * Answers from an indicator series: the asked period's row if held, else the nearest one; with
 * no period asked, the latest row. The row before it gives the trend (absolute and %).
 */
export async function answerFromSeries(series: Series, asked: Period[], kb: KnowledgeBase): Promise<SeriesAnswer> {
  const rows = series.rows;
  const latest = rows[rows.length - 1]!;
  const notes: string[] = [];
  let row = latest;
  let held = true;
  if (asked.length > 0) {
    const match = rows.filter((r) => asked.some((a) => sameSpan(r.period, a))).pop();
    if (match) row = match;
    else {
      held = false;
      row = nearest(rows, asked[0]!);
      notes.push(`The figures don't give ${series.indicator} for ${asked.map((a) => a.label).join(', ')}; the nearest held is ${row.period.label}.`);
    }
  }
  if (row !== latest) notes.push(`A newer figure exists: ${displayValue(latest.value, latest.unit)} for ${latest.period.label}.`);
  const before = rows[rows.indexOf(row) - 1];
  return { figure: await toFigure(series, row, before, kb), held, notes };
}

function nearest(rows: IndicatorRow[], asked: Period): IndicatorRow {
  const mid = (p: Period) => (Date.parse(p.start) + Date.parse(p.end)) / 2;
  return [...rows].sort((a, b) => Math.abs(mid(a.period) - mid(asked)) - Math.abs(mid(b.period) - mid(asked)))[0]!;
}

async function toFigure(series: Series, row: IndicatorRow, before: IndicatorRow | undefined, kb: KnowledgeBase): Promise<AnswerFigure> {
  const [docId = '', ...section] = row.source.split(' › ').map((s) => s.trim());
  const doc = kb.documents.get(docId);
  const sentence = doc ? await sourceSentence(row, docId, kb) : undefined;
  return {
    docId: doc ? docId : row.file,
    title: doc?.title ?? `Indicator table ${row.file}`,
    publisher: doc?.publisher ?? '',
    docDate: doc?.date ?? row.published ?? '',
    section: doc ? section.join(' › ') : `line ${row.line}`,
    value: row.value,
    number: row.number,
    unit: row.unit,
    measure: series.indicator,
    kind: 'actual',
    period: row.period.label,
    geography: row.geography,
    previous: before ? { period: before.period.label, value: before.value, change: change(row, before) } : undefined,
    sentence: sentence ?? `${series.indicator}, ${row.period.label}: ${row.value} (${row.file}, line ${row.line})`,
  };
}

/** "+32%" for counts and money, "+1.2 points" for percentages; undefined when not comparable. */
function change(row: IndicatorRow, before: IndicatorRow): string | undefined {
  return row.unit === before.unit ? changeBetween(row.number, before.number, row.unit) : undefined;
}

/** The sentence of the source document that states the row's value for its period, if any. */
async function sourceSentence(row: IndicatorRow, docId: string, kb: KnowledgeBase): Promise<string | undefined> {
  return (await kb.figures({ docId })).find((f) => f.number === row.number && (!f.period || overlaps(f.period, row.period)))?.sentence;
}
