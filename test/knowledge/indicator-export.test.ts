import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportIndicators } from '../../knowledge/search/indicator-export.js';
import { useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

describe('indicators export over the shipped documents', () => {
  it('names every row with a measure read from its sentence, never the placeholder', async () => {
    const rows = parse(await exportIndicators(knowledge()), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row.indicator, row.measure).not.toMatch(/^(?:figure|total|respectively)?$/i);
  });

  it('claims Greater Manchester only for rows whose document or sentence says so', async () => {
    const rows = parse(await exportIndicators(knowledge()), { columns: true }) as Record<string, string>[];
    const national = rows.filter((r) => /\bEngland and Wales\b|\bnational(?:ly)?\b/i.test(r.measure!) && !/Greater Manchester|\bGM\b/.test(r.measure!));
    expect(national.length).toBeGreaterThan(0);
    for (const row of national) expect(row.geography, row.measure).not.toBe('Greater Manchester');
  });
});
