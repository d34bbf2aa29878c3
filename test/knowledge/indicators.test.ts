import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { parseIndicatorTable } from '../../knowledge/documents/indicators.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore } from '../../knowledge/store/store.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';

const header = 'indicator,measure,period,value,unit,geography,source,published\n';

describe('indicator tables', () => {
  it('reads each row with its period and number', async () => {
    const { rows, problems } = parseIndicatorTable(`${header}CSTRs ordered,CSTRs,2023/24,"1,362",count,Greater Manchester,002 › Summary,2024-07-01\n`, 't.csv');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ indicator: 'CSTRs ordered', number: 1362, unit: 'count', line: 2, period: { start: '2023-04-01', end: '2024-03-31' } });
  });

  it('reports each bad row by file, line and column and keeps the good ones', async () => {
    const text = [
      header.trim(),
      'CSTRs ordered,CSTRs,2023/24,1362,count,GM,src,2024-07-01',
      'CSTRs ordered,CSTRs,sometime,1400,count,GM,src,2024-07-01',
      'CSTRs ordered,CSTRs,2024/25,lots,count,GM,src,2024-07-01',
      'CSTRs ordered,CSTRs,2024/25,1400,furlongs,GM,src,2024-07-01',
      'CSTRs ordered,CSTRs,2022/23',
    ].join('\n');
    const { rows, problems } = parseIndicatorTable(text, 'cstr.csv');
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['cstr.csv', 3, 'period'],
      ['cstr.csv', 4, 'value'],
      ['cstr.csv', 5, 'unit'],
      ['cstr.csv', 6, 'value'],
    ]);
  });

  it('refuses a table without the columns it needs, naming the missing one', async () => {
    const { problems } = parseIndicatorTable('indicator,value\nA,1\n', 'x.csv');
    expect(problems[0]).toMatchObject({ file: 'x.csv', line: 1, column: 'period' });
  });

  it('moves the answer and its trend to a newer row an analyst adds', async () => {
    const data = copyOfData();
    const store = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'st-db-')), 'db.sqlite'));
    const { log, lines } = captureLog();
    try {
      await ingest(data, store, log);
      let kb = await KnowledgeBase.load(store);
      expect((await handle('CSTR', kb)).headline).toBe('1,362 CSTRs ordered in Greater Manchester in 2023/24, up 32% on 2022/23 (1,032)');
      expect((await handle('CSTR 2024/25', kb)).status).toBe('other_period');

      appendFileSync(path.join(data, 'indicators', 'plan-measures.csv'), 'CSTRs ordered,CSTRs,2024/25,1500,count,Greater Manchester,,2025-07-01\nCSTRs ordered,CSTRs,2025/26,many,count,Greater Manchester,,2026-07-01\n');
      const summary = await ingest(data, store, log);
      expect(summary.indicators.loaded).toEqual(['plan-measures.csv']);
      expect(summary.indicators.problems).toMatchObject([{ column: 'value' }]);
      expect(lines.some((l) => l.level === 40 && String(l.msg).includes('not a number'))).toBe(true);

      kb = await KnowledgeBase.load(store);
      const latest = await handle('CSTR', kb);
      expect(latest.headline).toBe('1,500 CSTRs ordered in Greater Manchester in 2024/25, up 10.1% on 2023/24 (1,362)');
      const asked = await handle('how many CSTRs were ordered in 2024/25?', kb);
      expect(asked.status).toBe('answered');
      expect(asked.figures[0]).toMatchObject({ value: '1500', period: '2024/25' });
      const older = await handle('CSTR 2023/24', kb);
      expect(older.notes).toContain('A newer figure exists: 1,500 for 2024/25.');
    } finally {
      await store.close();
    }
  });
});
