import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createLogger } from '../../bot/runtime/logger.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const shippedData = path.join(projectRoot, 'data');

/** A logger whose JSON lines the test can read. */
export function captureLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l));
      done();
    },
  });
  return { log: createLogger('info', sink), lines };
}

const copies: string[] = [];

/** A new data folder, removed when the test process ends. */
function dataFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'st-data-'));
  if (copies.push(dir) === 1) process.once('exit', () => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return dir;
}

/** A copy of the shipped data folder the test may change; removed when the test process ends. */
export function copyOfData(): string {
  const dir = dataFolder();
  cpSync(shippedData, dir, { recursive: true });
  return dir;
}

/** A data folder with an empty catalog and no documents, removed when the test process ends. */
function emptyData(): string {
  const dir = dataFolder();
  mkdirSync(path.join(dir, 'documents'));
  writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify({ documents: [] }));
  return dir;
}

/** The real corpus ingested into a fresh in-memory sqlite3 store, and the knowledge base over it. */
export async function realKnowledge(): Promise<{ kb: KnowledgeBase; store: Store }> {
  const store = await openStore(':memory:');
  await ingest(shippedData, store, captureLog().log);
  return { kb: await KnowledgeBase.load(store), store };
}

/**
 * Loads the real corpus once for a test file and closes it after; call the returned function
 * inside a test to get the knowledge base (and its `store()` for the store behind it).
 */
export function useRealKnowledge(): (() => KnowledgeBase) & { store: () => Store } {
  let loaded: { kb: KnowledgeBase; store: Store } | undefined;
  beforeAll(async () => {
    loaded = await realKnowledge();
  });
  afterAll(async () => {
    await loaded?.store.close();
  });
  return Object.assign(() => loaded!.kb, { store: () => loaded!.store });
}

/**
 * The shipped corpus with more documents beside it (file name → text), as someone drops a
 * report into data/documents, loaded once for a test file; call the returned function inside a
 * test for the knowledge base. `alone`: those documents without the shipped ones, for behaviour
 * that depends on what the whole corpus never says.
 */
export function useKnowledgeWith(documents: Record<string, string>, { alone = false }: { alone?: boolean } = {}): () => KnowledgeBase {
  let loaded: { kb: KnowledgeBase; store: Store } | undefined;
  beforeAll(async () => {
    const data = alone ? emptyData() : copyOfData();
    for (const [name, text] of Object.entries(documents)) writeFileSync(path.join(data, 'documents', name), text);
    const store = await openStore(':memory:');
    await ingest(data, store, captureLog().log);
    loaded = { kb: await KnowledgeBase.load(store), store };
  });
  afterAll(async () => {
    await loaded?.store.close();
  });
  return () => loaded!.kb;
}

/**
 * For each test, a copy of the shipped data folder it may change and an empty sqlite3 store
 * beside it, both removed after the test.
 */
export function useFreshDataAndStore(): { dataDir: () => string; store: () => Store } {
  let dataDir = '';
  let dbDir = '';
  let store: Store | undefined;
  beforeEach(async () => {
    dataDir = copyOfData();
    dbDir = mkdtempSync(path.join(tmpdir(), 'st-db-'));
    store = await openStore(path.join(dbDir, 'store.sqlite'));
  });
  afterEach(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  });
  return { dataDir: () => dataDir, store: () => store! };
}
