import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../adapters/render/json.js';
import { renderText } from '../../adapters/render/text.js';
import { handle } from '../../bot/handle.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import { makePdf } from '../helpers/fixtures.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';

const URL_OF_REPORT = 'https://example.org/gmca/priority-2-year-3.pdf';
let store: Store;
let kb: KnowledgeBase;

beforeAll(async () => {
  // The Year 3 progress report (where CSTRs for 2023/24 are stated) gets a link in the catalog.
  const data = copyOfData();
  const file = path.join(data, 'catalog.json');
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as { documents: { file: string; url?: string }[] };
  catalog.documents.find((d) => d.file.startsWith('002_'))!.url = URL_OF_REPORT;
  writeFileSync(file, JSON.stringify(catalog));
  store = await openStore(':memory:');
  await ingest(data, store, captureLog().log);
  kb = await KnowledgeBase.load(store);
});

afterAll(async () => {
  await store.close();
});

describe('a document the catalog gives a url', () => {
  it('is cited with its link in the terminal answer and the JSON contract', async () => {
    const answer = await handle('CSTR 2023/24', kb);
    expect(answer.passages[0]).toMatchObject({ docId: expect.stringMatching(/^002_/), url: URL_OF_REPORT });
    expect(renderText(answer)).toContain(`\n      ${URL_OF_REPORT}`);
    expect(JSON.parse(renderJson(answer)).passages[0].url).toBe(URL_OF_REPORT);
  });

  it('leaves the citations of documents without one as they were', async () => {
    const answer = await handle('Challenger disruptions', kb);
    const others = answer.passages.filter((p) => !p.docId.startsWith('002_'));
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(p.url).toBeUndefined();
    expect(renderText(answer)).not.toContain('https://');
  });
});

describe('a PDF the catalog gives a url', () => {
  it('is linked at the page the passage is on', async () => {
    const data = copyOfData();
    const docs = path.join(data, 'documents');
    mkdirSync(docs, { recursive: true });
    const pages = [['Summary', 'The panel met four times in the year.'], ['Youth diversion', 'In 2024/25, 640 young people were diverted from court through the Youth Diversion Scheme.']];
    writeFileSync(path.join(docs, 'panel-2025.pdf'), await makePdf(pages, { title: 'Youth Diversion Panel Report' }));
    const catalogFile = path.join(data, 'catalog.json');
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { documents: Record<string, string>[] };
    catalog.documents.push({ file: 'panel-2025.pdf', title: 'Youth Diversion Panel Report', publisher: 'GMCA', date: '2025-06-01', kind: 'panel-report', url: 'https://example.org/panel-2025.pdf' });
    writeFileSync(catalogFile, JSON.stringify(catalog));
    const pdfStore = await openStore(':memory:');
    await ingest(data, pdfStore, captureLog().log);
    const answer = await handle('how many young people were diverted from court in 2024/25?', await KnowledgeBase.load(pdfStore));
    expect(answer.passages[0]).toMatchObject({ section: 'Youth diversion › p. 2', url: 'https://example.org/panel-2025.pdf#page=2' });
    await pdfStore.close();
  });
});
