import { stringify } from 'csv-stringify/sync';
import type { KnowledgeBase } from './retrieve.js';
import { INDICATOR_COLUMNS } from './indicators.js';

/**
 * Every figure the documents state for a period, as indicator-table rows an analyst can check
 * and keep (`standing-together indicators export`). Each row cites its document and section.
 */
export function exportIndicators(kb: KnowledgeBase): string {
  const rows: string[][] = [];
  for (const figures of kb.figures.values()) {
    for (const f of figures) {
      if (f.kind !== 'actual' || !f.period || f.period.kind === 'rolling' || f.period.kind === 'since') continue;
      const passage = kb.passages.get(f.passageId);
      const doc = kb.documents.get(f.docId);
      rows.push([
        f.measure,
        f.sentence,
        f.period.label,
        f.value,
        f.unit,
        f.geography ?? 'Greater Manchester',
        [f.docId, ...(passage?.section ?? [])].join(' › '),
        doc?.date ?? '',
      ]);
    }
  }
  return stringify([[...INDICATOR_COLUMNS], ...rows]);
}
