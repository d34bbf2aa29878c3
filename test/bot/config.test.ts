import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../bot/runtime/config.js';
import { BotError } from '../../bot/errors.js';
import { createLogger, levelFor, terminalDestination } from '../../bot/runtime/logger.js';
import { projectRoot } from '../helpers/knowledge.js';

function configError(env: NodeJS.ProcessEnv): BotError {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    return error as BotError;
  }
  throw new Error(`readConfig accepted ${JSON.stringify(env)}`);
}

describe('readConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readConfig({})).toEqual({
      dataDir: path.join(projectRoot, 'data'),
      dbPath: path.join(projectRoot, '.data', 'standing-together.sqlite'),
      databaseUrl: undefined,
      logLevel: 'info',
      logLevelSet: false,
      port: 3000,
      slack: undefined,
      teams: undefined,
      digest: { cron: '0 8 * * 1', timezone: 'Europe/London', leaseMs: 600_000 },
      maxDocumentBytes: 50 * 1024 * 1024,
      rateLimitPerMinute: 30,
      searchInStoreAbove: 20_000,
      heldRequestGraceMs: 120_000,
    });
  });

  it('keeps a terminal quiet below warnings unless LOG_LEVEL is set, and servers and pipes in full', () => {
    expect(levelFor(readConfig({}), true)).toBe('warn');
    expect(levelFor(readConfig({}), false)).toBe('info');
    expect(levelFor(readConfig({ LOG_LEVEL: 'info' }), true)).toBe('info');
    expect(levelFor(readConfig({ LOG_LEVEL: 'error' }), true)).toBe('error');
  });

  it('reads the corpus size past which search moves into the store, and names a bad one', () => {
    expect(readConfig({ SEARCH_IN_STORE_ABOVE: '0' }).searchInStoreAbove).toBe(0);
    expect(readConfig({}).heldRequestGraceMs).toBe(120_000);
    expect(readConfig({ HELD_REQUEST_GRACE_SECONDS: '5' }).heldRequestGraceMs).toBe(5000);
    expect(() => readConfig({ HELD_REQUEST_GRACE_SECONDS: '0' })).toThrow(/HELD_REQUEST_GRACE_SECONDS: must be at least 1/);
    expect(() => readConfig({ SEARCH_IN_STORE_ABOVE: 'lots' })).toThrow(/SEARCH_IN_STORE_ABOVE: must be a number of passages/);
    expect(() => readConfig({ SEARCH_IN_STORE_ABOVE: '-5' })).toThrow(/SEARCH_IN_STORE_ABOVE: must be 0 or more/);
  });

  it('names a digest schedule or time zone it cannot read', () => {
    expect(() => readConfig({ DIGEST_CRON: 'every monday' })).toThrow(/DIGEST_CRON: must be a cron expression/);
    expect(() => readConfig({ DIGEST_TZ: 'Mars/Olympus' })).toThrow(/DIGEST_TZ: must be an IANA time zone/);
  });

  it('turns Slack on only with both the bot token and the signing secret', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'sssssssss' }).slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 'sssssssss',
      appToken: undefined,
      apiUrl: undefined,
    });
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('names a malformed token without echoing it', () => {
    let message = '';
    try {
      readConfig({ SLACK_BOT_TOKEN: 'xoxp-personal-secret', SLACK_SIGNING_SECRET: 'sssssssss' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).not.toContain('xoxp-personal-secret');
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ DATA_DIR: '', DB_PATH: '', LOG_LEVEL: '' })).toEqual(readConfig({}));
  });

  it('ignores unrelated environment variables', () => {
    expect(readConfig({ HOME: '/home/someone', PATH: '/usr/bin', NODE_ENV: 'test' })).toEqual(readConfig({}));
  });

  it('rejects an unknown LOG_LEVEL, naming the variable and what it got', () => {
    const error = configError({ LOG_LEVEL: 'loud' });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('LOG_LEVEL');
    expect(error.message).toContain('loud');
    expect(error.describe()).toContain('LOG_LEVEL');
  });

  it('accepts each pino level', () => {
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) {
      expect(readConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    }
  });

  it('resolves a relative DATA_DIR and DB_PATH to absolute paths', () => {
    const config = readConfig({ DATA_DIR: 'some/data', DB_PATH: 'tmp/db.sqlite' });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir).toBe(path.resolve('some/data'));
    expect(path.isAbsolute(config.dbPath)).toBe(true);
    expect(config.dbPath).toBe(path.resolve('tmp/db.sqlite'));
  });

  it('keeps an absolute DATA_DIR as it is, and :memory: for DB_PATH', () => {
    const config = readConfig({ DATA_DIR: '/srv/plan-data', DB_PATH: ':memory:' });
    expect(config.dataDir).toBe(path.resolve('/srv/plan-data'));
    expect(config.dbPath).toBe(':memory:');
  });
});

describe('readConfig for a command that only describes the app', () => {
  it('does not demand the Teams password to package the manifest', () => {
    expect(() => readConfig({ MICROSOFT_APP_ID: 'app-id' })).toThrow(/MICROSOFT_APP_PASSWORD/);
    expect(readConfig({ MICROSOFT_APP_ID: 'app-id' }, { serving: false }).teams?.appId).toBe('app-id');
  });
});

describe('logs for a person at a terminal', () => {
  it('are readable lines, not JSON, with what was wrong and where', () => {
    const lines: string[] = [];
    const log = createLogger('warn', terminalDestination((l) => lines.push(l)));
    log.info('not shown');
    log.warn({ file: 'broken.pdf', reason: 'the PDF is damaged' }, 'document skipped');
    expect(lines).toEqual(['warning: document skipped — file broken.pdf, reason the PDF is damaged']);
  });
});
