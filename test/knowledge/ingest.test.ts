import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotError } from '../../bot/errors.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';

const SHIPPED = ['000_35f14ea1fa3973a0.txt', '001_338cde1e18e200f0.txt', '002_771864db4e1dc69d.txt', '003_57c9b989817e64c1.txt', '004_aa1460babd284f03.txt'];

let dataDir: string;
let dbDir: string;
let store: Store;

beforeEach(async () => {
  dataDir = copyOfData();
  dbDir = mkdtempSync(path.join(tmpdir(), 'st-db-'));
  store = await openStore(path.join(dbDir, 'store.sqlite'));
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(dbDir, { recursive: true, force: true });
});

const doc = (file: string) => path.join(dataDir, 'documents', file);

describe('ingest', () => {
  it('adds every shipped document once, and a second run finds nothing to do', async () => {
    const first = await ingest(dataDir, store, captureLog().log);
    expect(first.added).toEqual(SHIPPED);
    expect(first).toMatchObject({ changed: [], unchanged: [], removed: [], skipped: [] });
    const passagesBefore = (await store.passages()).length;
    expect(passagesBefore).toBeGreaterThan(0);

    const second = await ingest(dataDir, store, captureLog().log);
    expect(second).toMatchObject({ added: [], changed: [], unchanged: SHIPPED, removed: [], skipped: [] });
    expect((await store.passages()).length).toBe(passagesBefore);
  });

  it("reports every document's passages as it goes, read now or before, so a progress bar counts the corpus", async () => {
    const counted = async () => {
      let passages = 0;
      await ingest(dataDir, store, captureLog().log, {
        maxBytes: 50 * 1024 * 1024,
        onFile: (p) => {
          passages += p.passages;
        },
      });
      return passages;
    };
    const first = await counted();
    expect(first).toBe((await store.passages()).length);
    expect(await counted()).toBe(first);
  });

  it('re-reads only a changed document, and its new paragraph can be found', async () => {
    await ingest(dataDir, store, captureLog().log);
    appendFileSync(doc('003_57c9b989817e64c1.txt'), '\n\nIn 2023/24 the zebrafish mentoring pilot supported 418 people leaving HMP Manchester.\n');

    const summary = await ingest(dataDir, store, captureLog().log);
    expect(summary.changed).toEqual(['003_57c9b989817e64c1.txt']);
    expect(summary.added).toEqual([]);
    expect(summary.unchanged).toEqual(SHIPPED.filter((f) => !f.startsWith('003_')));

    const kb = await KnowledgeBase.load(store);
    const top = (await kb.retrieve('zebrafish mentoring pilot')).ranked[0]?.passage;
    expect(top?.docId).toBe('003_57c9b989817e64c1');
    expect(top?.text).toContain('418 people leaving HMP Manchester');
  });

  it('drops a removed document and its passages', async () => {
    await ingest(dataDir, store, captureLog().log);
    rmSync(doc('000_35f14ea1fa3973a0.txt'));

    const summary = await ingest(dataDir, store, captureLog().log);
    expect(summary.removed).toEqual(['000_35f14ea1fa3973a0.txt']);
    expect((await store.documents()).map((d) => d.id)).not.toContain('000_35f14ea1fa3973a0');
    expect((await store.passages()).filter((p) => p.docId === '000_35f14ea1fa3973a0')).toEqual([]);
    const kb = await KnowledgeBase.load(store);
    expect((await kb.retrieve('73 OCGs were archived')).ranked.every((r) => r.passage.docId !== '000_35f14ea1fa3973a0')).toBe(true);
  });

  it('skips empty and binary files with their reasons, reads non-UTF-8 text as Windows-1252, and still serves the rest', async () => {
    writeFileSync(doc('empty.txt'), '');
    writeFileSync(doc('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    writeFileSync(doc('latin1.txt'), Buffer.concat([Buffer.from('line one\nline two\n'), Buffer.from([0x41, 0xff, 0xfe, 0x0a])]));
    const { log, lines } = captureLog();

    const summary = await ingest(dataDir, store, log);
    expect(summary.added).toEqual([...SHIPPED, 'latin1.txt'].sort());
    const reasons = new Map(summary.skipped.map((s) => [s.file, s.reason]));
    expect([...reasons.keys()].sort()).toEqual(['binary.txt', 'empty.txt']);
    expect(reasons.get('empty.txt')).toMatch(/empty/);
    // It starts like a zip (PK\3\4), so it is read as a Word file and refused as one.
    expect(reasons.get('binary.txt')).toMatch(/binary|NUL|zip/);
    const note = lines.find((l) => l.file === 'latin1.txt' && l.level === 40);
    expect(String(note?.msg)).toMatch(/not UTF-8 \(first bad byte on line 3\); read as Windows-1252/);

    const warned = lines.filter((l) => l.level === 40).map((l) => l.file);
    expect(warned).toEqual(expect.arrayContaining(['empty.txt', 'binary.txt', 'latin1.txt']));

    const kb = await KnowledgeBase.load(store);
    expect(kb.documents.size).toBe(SHIPPED.length + 1);
    expect((await kb.retrieve('CSTR 2023/24')).ranked[0]?.passage.text).toContain('1362 CSTRs were ordered');
  });

  it('skips a folder named like a table, reads a Windows-1252 table saying so, and keeps every other table', async () => {
    const indicators = path.join(dataDir, 'indicators');
    mkdirSync(path.join(indicators, 'x.csv'));
    const header = 'indicator,measure,period,value,unit,geography,source,published\n';
    const row = Buffer.from('Caf\xe9 visits,Visits to the youth caf\xe9,2023/24,41,count,Greater Manchester,note,2024-07-01\n', 'latin1');
    writeFileSync(path.join(indicators, 'cafe.csv'), Buffer.concat([Buffer.from(header), row]));
    const { log, lines } = captureLog();
    const summary = await ingest(dataDir, store, log);
    expect(summary.indicators.loaded.sort()).toEqual(['cafe.csv', 'plan-measures.csv']);
    expect(summary.indicators.problems).toEqual([{ file: 'x.csv', line: 1, message: expect.stringMatching(/is a folder, not a table; skipped/) }]);
    expect(lines.some((l) => l.file === 'cafe.csv' && l.level === 40 && /not UTF-8 .* Windows-1252/.test(String(l.msg)))).toBe(true);
    const rows = await store.indicators();
    expect(rows.find((r) => r.indicator === 'Café visits')).toMatchObject({ measure: 'Visits to the youth café' });
    expect(rows.some((r) => r.indicator === 'CSTRs ordered')).toBe(true);
  });

  it('refuses a data folder without documents/, naming the path', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'st-empty-'));
    try {
      const error = await ingest(empty, store, captureLog().log).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BotError);
      expect((error as BotError).code).toBe('DATA_DIR_MISSING');
      expect((error as BotError).describe()).toContain(path.join(empty, 'documents'));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses a catalog with a badly written date, naming the row and field', async () => {
    const catalogFile = path.join(dataDir, 'catalog.json');
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { documents: { date: string }[] };
    catalog.documents[2]!.date = '1 April 2022';
    writeFileSync(catalogFile, JSON.stringify(catalog));

    const error = await ingest(dataDir, store, captureLog().log).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BotError);
    const bot = error as BotError;
    expect(bot.code).toBe('CATALOG_INVALID');
    expect(bot.location).toMatchObject({ row: 3, field: 'date' });
    expect(bot.describe()).toMatch(/row 3/);
    expect(bot.describe()).toMatch(/field "date"/);
    expect(bot.describe()).toMatch(/YYYY-MM-DD/);
  });

  it('refuses a catalog url that is not a web address, naming the row and field', async () => {
    const catalogFile = path.join(dataDir, 'catalog.json');
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { documents: { url?: string }[] };
    catalog.documents[1]!.url = 'javascript:alert(1)';
    writeFileSync(catalogFile, JSON.stringify(catalog));
    const error = (await ingest(dataDir, store, captureLog().log).catch((e: unknown) => e)) as BotError;
    expect(error.location).toMatchObject({ row: 2, field: 'url' });
    expect(error.describe()).toMatch(/http:\/\/ or https:\/\//);
  });

  it('reads an unchanged document again when its catalog entry changes, so a corrected title or a new link shows', async () => {
    await ingest(dataDir, store, captureLog().log);
    const catalogFile = path.join(dataDir, 'catalog.json');
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { documents: { file: string; title: string; url?: string }[] };
    const entry = catalog.documents.find((d) => d.file === SHIPPED[3])!;
    entry.url = 'https://example.org/plans/reducing-reoffending.pdf';
    entry.title = `${entry.title} (corrected)`;
    writeFileSync(catalogFile, JSON.stringify(catalog));

    const again = await ingest(dataDir, store, captureLog().log);
    expect(again.changed).toEqual([SHIPPED[3]]);
    const stored = (await store.documents()).find((d) => d.file === SHIPPED[3])!;
    expect(stored).toMatchObject({ url: 'https://example.org/plans/reducing-reoffending.pdf', title: expect.stringMatching(/\(corrected\)$/) });
    // Nothing else was read again, and a third run reads nothing.
    expect((await ingest(dataDir, store, captureLog().log)).changed).toEqual([]);
  });
});
