import { describe, expect, it } from 'vitest';
import { createAsk } from '../../bot/ask.js';
import { captureLog, useRealKnowledge } from '../helpers/knowledge.js';
import { openStore } from '../../knowledge/store/store.js';

const knowledge = useRealKnowledge();

describe('the per-person rate limit', () => {
  it('answers politely past the limit, for that person only, and again a minute later', async () => {
    const store = await openStore(':memory:');
    let t = Date.parse('2026-11-23T09:00:00Z');
    const ask = createAsk({ kb: knowledge, store, log: captureLog().log, now: () => new Date(t), perMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await ask('CSTR 2023/24', { platform: 'slack', userId: 'U1' })).intent).not.toBe('command');
    const limited = await ask('CSTR 2023/24', { platform: 'slack', userId: 'U1' });
    expect(limited.headline).toMatch(/a lot of questions in a minute/);
    expect((await ask('CSTR 2023/24', { platform: 'slack', userId: 'U2' })).intent).not.toBe('command');
    t += 61_000;
    expect((await ask('CSTR 2023/24', { platform: 'slack', userId: 'U1' })).intent).not.toBe('command');
    await store.close();
  });
});

describe('the report command', () => {
  it('lists unanswered questions in the shell, and points chat users to the command line', async () => {
    const store = await openStore(':memory:');
    const ask = createAsk({ kb: knowledge, store, log: captureLog().log });
    expect((await ask('Operation Venetic results', { platform: 'shell' })).status).toBe('no_answer');
    const report = await ask('report', { platform: 'shell' });
    expect(report.intent).toBe('command');
    expect(report.headline).toContain('Operation Venetic results');
    const inSlack = await ask('report', { platform: 'slack', userId: 'U1' });
    expect(inSlack.headline).toMatch(/command line/);
    expect(inSlack.headline).not.toContain('Venetic');
    await store.close();
  });
});
