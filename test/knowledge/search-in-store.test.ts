import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../bot/digest/content.js';
import { handle } from '../../bot/handle.js';
import { exportIndicators } from '../../knowledge/search/indicator-export.js';
import { DEFAULT_INGEST_OPTIONS, ingest } from '../../knowledge/documents/ingest.js';
import { fullTextPlan } from '../../knowledge/search/store-corpus.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import { captureLog, copyOfData, projectRoot } from '../helpers/knowledge.js';
import { freshDatabase } from '../helpers/postgres.js';

// Past this many passages the corpus stays in the store; 0 puts the shipped corpus there.
const IN_STORE = { searchInStoreAbove: 0 };
const IN_MEMORY = { searchInStoreAbove: Number.MAX_SAFE_INTEGER };

const QUESTIONS = [
  'CSTR 2023/24',
  'what is MATAC',
  'youth reoffending rate',
  'how many offenders does the custody health and diversion service see a year?',
  'what share of the demand on police in England and Wales comes from Greater Manchester?',
  "quote women's centres",
  'rape charge rate',
  "what's the average time to answer a 999 call?",
];

/** The two stores, each with its own full-text engine: FTS5 in the sqlite3 file, tsvector and GIN in PostgreSQL. */
const STORES = [
  { name: 'sqlite3 FTS5', open: (dir: string) => openStore(path.join(dir, 'store.sqlite')) },
  { name: 'PostgreSQL tsvector', open: async () => openStore(await freshDatabase()) },
];

describe.each(STORES)('a corpus searched in the store ($name) rather than in memory', ({ open }) => {
  let dir: string;
  let data: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'st-fts-'));
    data = copyOfData();
    store = await open(dir);
    await ingest(data, store, captureLog().log);
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the answers the in-memory index gives', async () => {
    const inStore = await KnowledgeBase.load(store, undefined, IN_STORE);
    const inMemory = await KnowledgeBase.load(store, undefined, IN_MEMORY);
    for (const question of QUESTIONS) {
      const a = await handle(question, inStore);
      const b = await handle(question, inMemory);
      expect(a.status, question).toBe(b.status);
      expect(a.headline, question).toBe(b.headline);
      expect(a.figures, question).toEqual(b.figures);
      expect(a.passages[0]?.text, question).toBe(b.passages[0]?.text);
    }
    expect((await handle('CSTR 2023/24', inStore)).headline).toBe('1,362 CSTRs ordered in Greater Manchester in 2023/24, up 32% on 2022/23 (1,032)');
  });

  it('exports the same indicator rows and builds the same digest from figures read in the store', async () => {
    const inStore = await KnowledgeBase.load(store, undefined, IN_STORE);
    const inMemory = await KnowledgeBase.load(store, undefined, IN_MEMORY);
    const csv = await exportIndicators(inStore);
    expect(csv).toBe(await exportIndicators(inMemory));
    expect(csv.split('\n').length).toBeGreaterThan(20);
    const week = new Date('2026-11-22T12:00:00Z');
    expect(await buildDigest(inStore, store, week)).toEqual(await buildDigest(inMemory, store, week));
  });

  it('builds its full-text table once for a generation, and again when documents change, beside the one still serving', async () => {
    const first = captureLog();
    const kb = await KnowledgeBase.load(store, first.log, IN_STORE);
    const again = captureLog();
    await KnowledgeBase.load(store, again.log, IN_STORE);
    expect(again.lines.filter((l) => String(l.msg).includes('full-text table'))).toEqual([]);
    expect((await store.fullText.builtFor(kb.generation))?.generation).toBe(kb.generation);

    appendFileSync(path.join(data, 'documents', '003_57c9b989817e64c1.txt'), '\n\nIn 2023/24 the zebrafish mentoring pilot supported 418 people leaving HMP Manchester.\n');
    unlinkSync(path.join(data, 'documents', '001_338cde1e18e200f0.txt'));
    // Published as a server's ingest publishes: the table is built in the publishing transaction.
    await ingest(data, store, captureLog().log, { ...DEFAULT_INGEST_OPTIONS, fullText: fullTextPlan(0) });
    const published = await store.generation();
    expect(published).toBeGreaterThan(kb.generation);
    expect((await store.fullText.builtFor(published))?.generation).toBe(published);
    const rebuilt = captureLog();
    const next = await KnowledgeBase.load(store, rebuilt.log, IN_STORE);
    expect(next.generation).toBe(published);
    expect(rebuilt.lines.filter((l) => String(l.msg).includes('full-text table'))).toEqual([]);
    const found = await next.retrieve('zebrafish mentoring pilot');
    expect(found.ranked[0]?.passage.text).toContain('418 people leaving HMP Manchester');
    // The knowledge base of the previous generation still searches its own table, whole.
    expect((await handle('CSTR 2023/24', kb)).headline).toBe('1,362 CSTRs ordered in Greater Manchester in 2023/24, up 32% on 2022/23 (1,032)');
    expect((await kb.retrieve('zebrafish mentoring pilot')).ranked.some((r) => r.passage.text.includes('418 people'))).toBe(false);
    const everywhere = await next.retrieve('Greater Manchester police and crime plan');
    expect(everywhere.ranked.length).toBeGreaterThan(0);
    expect(everywhere.ranked.every((r) => r.passage.docId !== '001_338cde1e18e200f0')).toBe(true);
  });

  it('does not publish a generation whose full-text table cannot be built, and keeps serving the one before', async () => {
    const before = await KnowledgeBase.load(store, undefined, IN_STORE);
    appendFileSync(path.join(data, 'documents', '003_57c9b989817e64c1.txt'), '\n\nIn 2023/24 the axolotl befriending scheme reached 77 families.\n');
    const failing = {
      above: 0,
      termsFor: () => ({
        version: 'failing',
        fieldsOf: () => {
          throw new Error('disk full');
        },
      }),
    };
    await expect(ingest(data, store, captureLog().log, { ...DEFAULT_INGEST_OPTIONS, fullText: failing })).rejects.toThrow(/disk full/);
    expect(await store.generation()).toBe(before.generation);
    const after = await KnowledgeBase.load(store, undefined, IN_STORE);
    expect(after.generation).toBe(before.generation);
    expect((await after.retrieve('axolotl befriending scheme')).ranked.some((r) => r.passage.text.includes('77 families'))).toBe(false);
    expect((await handle('CSTR 2023/24', after)).headline).toBe('1,362 CSTRs ordered in Greater Manchester in 2023/24, up 32% on 2022/23 (1,032)');
    // The next ingest that can build it publishes the change.
    await ingest(data, store, captureLog().log, { ...DEFAULT_INGEST_OPTIONS, fullText: fullTextPlan(0) });
    const fixed = await KnowledgeBase.load(store, undefined, IN_STORE);
    expect((await fixed.retrieve('axolotl befriending scheme')).ranked[0]?.passage.text).toContain('77 families');
  });

  it('builds the table again when it holds terms made by another version of the tokenizer', async () => {
    const generation = await store.generation();
    await store.fullText.rebuild(generation, { version: 'an older tokenizer', fieldsOf: () => ({ text: ['stale'], section: [], expansions: [] }) });
    expect((await store.fullText.builtFor(generation))?.version).toBe('an older tokenizer');
    const log = captureLog();
    const kb = await KnowledgeBase.load(store, log.log, IN_STORE);
    expect(log.lines.some((l) => String(l.msg).includes('building the full-text table'))).toBe(true);
    expect((await store.fullText.builtFor(generation))?.version).not.toBe('an older tokenizer');
    expect((await handle('CSTR 2023/24', kb)).headline).toBe('1,362 CSTRs ordered in Greater Manchester in 2023/24, up 32% on 2022/23 (1,032)');
  });
});

/** Every question of the dev sets beside the project (when present) and of its own set. */
function devQuestions(): string[] {
  const files = [path.join(projectRoot, '..', 'shared', 'eval', 'qa-dev.jsonl'), path.join(projectRoot, '..', 'shared', 'eval', 'qa-dev2.jsonl'), path.join(projectRoot, 'eval', 'qa-own.jsonl')];
  return files.filter((f) => existsSync(f)).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { query: string }).query),
  );
}

describe('one corpus searched in memory, in sqlite3 and in PostgreSQL', () => {
  it('ranks the same three passages first for every question of the dev sets', async () => {
    const data = copyOfData();
    const dir = mkdtempSync(path.join(tmpdir(), 'st-fts3-'));
    const sqlite = await openStore(path.join(dir, 'store.sqlite'));
    const pg = await openStore(await freshDatabase());
    try {
      await ingest(data, sqlite, captureLog().log);
      await ingest(data, pg, captureLog().log);
      const bases = {
        memory: await KnowledgeBase.load(sqlite, undefined, IN_MEMORY),
        sqlite3: await KnowledgeBase.load(sqlite, undefined, IN_STORE),
        postgres: await KnowledgeBase.load(pg, undefined, IN_STORE),
      };
      const questions = devQuestions();
      expect(questions.length).toBeGreaterThanOrEqual(60);
      const topThree = async (kb: KnowledgeBase, q: string) => (await kb.retrieve(q)).ranked.slice(0, 3).map((r) => r.passage.text.slice(0, 80));
      for (const q of questions) {
        const memory = await topThree(bases.memory, q);
        expect(await topThree(bases.sqlite3, q), q).toEqual(memory);
        expect(await topThree(bases.postgres, q), q).toEqual(memory);
      }
    } finally {
      await sqlite.close();
      await pg.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a large corpus searched in the store, where most passages hold the question\'s common words', () => {
  it('still finds the one passage holding its telling words, in sqlite3 and PostgreSQL alike', async () => {
    // 2,500 passages hold "crime", "year" and "police"; one alone holds "dog fouling".
    const data = mkdtempSync(path.join(tmpdir(), 'st-common-'));
    mkdirSync(path.join(data, 'documents'));
    for (let d = 0; d < 25; d++) {
      const paragraphs = Array.from({ length: 100 }, (_, p) => `Crime recorded by the police in ward ${d * 100 + p} rose in the year to March, and crime in the year before had fallen.`);
      if (d === 12) paragraphs[40] = 'The police issued 311 fines for dog fouling in the year to March, a crime the council enforces.';
      writeFileSync(path.join(data, 'documents', `ward-report-${d}.txt`), `Ward crime report ${d}\n\n${paragraphs.join('\n\n')}\n`);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'st-common-db-'));
    const sqlite = await openStore(path.join(dir, 'store.sqlite'));
    const pg = await openStore(await freshDatabase());
    try {
      await ingest(data, sqlite, captureLog().log);
      await ingest(data, pg, captureLog().log);
      const question = 'how many police fines for dog fouling crime were there in the year?';
      for (const [name, kb] of [
        ['memory', await KnowledgeBase.load(sqlite, undefined, IN_MEMORY)],
        ['sqlite3', await KnowledgeBase.load(sqlite, undefined, IN_STORE)],
        ['postgres', await KnowledgeBase.load(pg, undefined, IN_STORE)],
      ] as const) {
        expect(kb.passageCount, name).toBeGreaterThanOrEqual(2500);
        const answer = await handle(question, kb);
        expect(answer.passages[0]?.text, name).toContain('dog fouling');
        expect(answer.figures[0]?.value, name).toBe('311');
      }
    } finally {
      await sqlite.close();
      await pg.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  });
});
