import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../bot/runtime/config.js';
import { loadKnowledge, type IngestReason, type LoadedKnowledge } from '../../bot/runtime/knowledge.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';
import { freshDatabase } from '../helpers/postgres.js';

const DIVERSION = 'Youth diversion\n\nIn 2024/25, 640 young people were diverted from court through the Youth Diversion Scheme.\n';
/** A shipped document the second data folder lacks. */
const MISSING = '003_57c9b989817e64c1.txt';

describe('loadKnowledge on a PostgreSQL database shared by replicas', () => {
  const opened: LoadedKnowledge[] = [];
  const dirs: string[] = [];

  afterEach(async () => {
    for (const { store } of opened.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** Loads the knowledge as the bot (`start`) or `standing-together ingest` (`ingest`) does, over `dir`. */
  async function load(url: string, dir: string, reason: IngestReason) {
    const { log, lines } = captureLog();
    const config = readConfig({ DATABASE_URL: url, DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const loaded = await loadKnowledge(config, log, {}, reason);
    opened.push(loaded);
    return { ...loaded, lines };
  }

  /** A copy of the shipped data. */
  function shipped(): string {
    const dir = copyOfData();
    dirs.push(dir);
    return dir;
  }

  /** A copy of the shipped data without MISSING and with diversion.txt: a folder another replica never saw. */
  function different(): string {
    const dir = shipped();
    rmSync(path.join(dir, 'documents', MISSING));
    writeFileSync(path.join(dir, 'documents', 'diversion.txt'), DIVERSION);
    return dir;
  }

  const files = async (loaded: LoadedKnowledge) => (await loaded.store.documents()).map((d) => d.file).sort();

  it('the first replica to start on an empty database seeds it from its data folder', async () => {
    const url = await freshDatabase();
    const first = await load(url, shipped(), 'start');
    expect(first.summary.added).toContain(MISSING);
    expect(first.summary.added.length).toBeGreaterThan(1);
    expect(await files(first)).toEqual([...first.summary.added].sort());
    expect(first.kb.documents.size).toBe(first.summary.added.length);
  });

  it('a replica starting with a data folder that lacks one document and adds another leaves the shared documents as they are', async () => {
    const url = await freshDatabase();
    const first = await load(url, shipped(), 'start');
    const before = await first.store.documents();
    const generation = await first.store.generation();

    const second = await load(url, different(), 'start');
    expect(second.summary.added).toEqual([]);
    expect(second.summary.removed).toEqual([]);
    expect(second.summary.changed).toEqual([]);
    expect(await second.store.documents()).toEqual(before);
    expect(await second.store.generation()).toBe(generation);
    expect(second.kb.generation).toBe(generation);
    expect([...second.kb.documents.values()].map((d) => d.file)).toContain(MISSING);
    expect(second.lines.filter((l) => String(l.msg).startsWith('document '))).toEqual([]);
  });

  it('`standing-together ingest`, not a replica starting, makes the data folder win', async () => {
    const url = await freshDatabase();
    await load(url, shipped(), 'start');

    const ingested = await load(url, different(), 'ingest');
    expect(ingested.summary.added).toEqual(['diversion.txt']);
    expect(ingested.summary.removed).toEqual([MISSING]);
    const now = await files(ingested);
    expect(now).toContain('diversion.txt');
    expect(now).not.toContain(MISSING);
    expect(ingested.kb.generation).toBe(await ingested.store.generation());
  });
});
