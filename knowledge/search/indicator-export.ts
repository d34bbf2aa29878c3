import { stringify } from 'csv-stringify/sync';
import { NO_MEASURE } from '../figures/figures.js';
import type { KnowledgeBase } from './retrieve.js';
import { INDICATOR_COLUMNS } from '../documents/indicators.js';

/**
 * Every figure the documents state for a period, as indicator-table rows an analyst can check
 * and keep (`standing-together indicators export`). Each row cites its document and section.
 * A figure whose measure could not be read is left out (a row named "figure" is no indicator),
 * and a row claims a place only where its document says one: the geography column is empty
 * otherwise, never Greater Manchester by default.
 */
export async function exportIndicators(kb: KnowledgeBase): Promise<string> {
  const rows: string[][] = [];
  const figures = (await kb.figures({ kind: 'actual' })).filter((f) => f.period && f.period.kind !== 'rolling' && f.period.kind !== 'since' && f.measure !== NO_MEASURE);
  const passages = new Map((await kb.passagesById([...new Set(figures.map((f) => f.passageId))])).map((p) => [p.id, p]));
  for (const f of figures) {
    const passage = passages.get(f.passageId);
    const doc = kb.documents.get(f.docId);
    rows.push([
      f.measure,
      f.sentence,
      f.period!.label,
      f.value,
      f.unit,
      f.geography ?? '',
      [f.docId, ...(passage?.section ?? [])].join(' › '),
      doc?.date ?? '',
    ]);
  }
  return stringify([[...INDICATOR_COLUMNS], ...rows]);
}
