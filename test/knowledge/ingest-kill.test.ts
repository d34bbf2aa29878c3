import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore } from '../../knowledge/store/store.js';
import { captureLog, copyOfData, projectRoot } from '../helpers/knowledge.js';

describe('an ingest killed midway', () => {
  it('leaves the previous generation serving and the database intact', async () => {
    const data = copyOfData();
    const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'st-kill-')), 'db.sqlite');
    const store = await openStore(dbPath);
    await ingest(data, store, captureLog().log);
    await store.close();

    // Forty new documents: the next ingest reads them one by one, then publishes them together.
    for (let i = 0; i < 40; i++) copyFileSync(path.join(data, 'documents', '000_35f14ea1fa3973a0.txt'), path.join(data, 'documents', `extra-${i}.txt`));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'adapters', 'cli.ts'), 'ingest', data], {
      cwd: projectRoot,
      env: { ...process.env, DB_PATH: dbPath, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk) => {
        // Killed as soon as it has read its first new document: mid-ingest.
        if (String(chunk).includes('document ingested')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await exited;

    const after = await openStore(dbPath);
    expect(await after.integrityCheck()).toBe('ok');
    expect((await after.documents()).length).toBe(5);
    const kb = await KnowledgeBase.load(after);
    expect((await handle('CSTR 2023/24', kb)).passages[0]!.text).toContain('1362 CSTRs were ordered');

    // The next ingest completes what the killed one started.
    const summary = await ingest(data, after, captureLog().log);
    expect(summary.added).toHaveLength(40);
    expect((await after.documents()).length).toBe(45);
    await after.close();
  });
});
