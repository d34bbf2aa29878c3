import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../knowledge/documents/ingest.js';
import { openStore } from '../../knowledge/store/store.js';
import { captureLog, copyOfData, projectRoot } from '../helpers/knowledge.js';

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready within ${ms} ms`);
}

describe('the bot as a server', () => {
  it('says it is ready, and on SIGTERM stops taking requests, closes the database and exits 0', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'st-server-')), 'db.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bot', 'index.ts')], {
      cwd: projectRoot,
      env: { ...process.env, TEAMS_ENABLED: 'true', PORT: String(port), DB_PATH: dbPath, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (c) => (logs += String(c)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, 30_000);
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ ok: true });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).toContain('stopping: no new requests');
    expect(logs).not.toMatch(/"level":50/);
  });

  it('answers from the knowledge already published while a large new document is read, then takes it in', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'st-server-')), 'db.sqlite');
    const data = copyOfData();
    const published = await openStore(dbPath);
    await ingest(data, published, captureLog().log);
    await published.close();
    // About 12 MB of text: seconds of reading, during which the port is open and answering.
    const base = readFileSync(path.join(data, 'documents', '003_57c9b989817e64c1.txt'), 'utf8');
    writeFileSync(path.join(data, 'documents', 'large.txt'), Array.from({ length: 300 }, (_, n) => `Part ${n}\n\n${base.replace(/\d+/g, (d) => String(Number(d) + n))}`).join('\n\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bot', 'index.ts')], {
      cwd: projectRoot,
      env: { ...process.env, TEAMS_ENABLED: 'true', PORT: String(port), DB_PATH: dbPath, DATA_DIR: data, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (c) => (logs += String(c)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, 30_000);
    expect(logs).not.toContain('background ingest finished');
    await until(async () => logs.includes('new knowledge loaded without a restart'), 50_000);
    expect(logs).toContain('background ingest finished');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);

  it('is alive but not ready while Slack\'s Web API cannot be reached, and exits within its grace period on SIGTERM', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'st-server-')), 'db.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bot', 'index.ts')], {
      cwd: projectRoot,
      // Port 9 (discard) has no listener here: every Web API call fails and is retried.
      env: { ...process.env, PORT: String(port), DB_PATH: dbPath, LOG_LEVEL: 'info', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: 'http://127.0.0.1:9/api/' },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200, 30_000);
    // Slack has not accepted the token: a load balancer should send its requests elsewhere.
    const readyz = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ ready: false });
    child.kill('SIGTERM');
    const waited = await Promise.race([exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 20_000))]);
    if (waited === 'still running') child.kill('SIGKILL');
    expect(waited).toBe(0);
  });
});
