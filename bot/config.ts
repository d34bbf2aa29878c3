import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BotError, ErrorCode } from './errors.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const schema = z.object({
  DATA_DIR: z
    .string()
    .min(1, 'must be a folder path')
    .default(path.join(projectRoot, 'data')),
  DB_PATH: z
    .string()
    .min(1, 'must be a file path, or :memory:')
    .default(path.join(projectRoot, '.data', 'standing-together.sqlite')),
  LOG_LEVEL: LogLevel.default('info'),
});

/** The bot's settings, read once from the environment. */
export interface Config {
  /** Folder holding `catalog.json` and `documents/`. */
  dataDir: string;
  /** sqlite3 database file (created if missing). */
  dbPath: string;
  logLevel: z.infer<typeof LogLevel>;
}

/**
 * Reads and checks the environment once. Each bad variable is named with what it expects.
 * @example
 * const config = readConfig({ DATA_DIR: './data', LOG_LEVEL: 'warn' });
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" here, as they do in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}: ${issue.message} (got ${JSON.stringify(present[name])})`;
    });
    throw new BotError(ErrorCode.ConfigInvalid, `invalid configuration — ${problems.join('; ')}`, {
      field: parsed.error.issues[0]?.path.join('.'),
    });
  }
  const { DATA_DIR, DB_PATH, LOG_LEVEL } = parsed.data;
  return {
    dataDir: path.resolve(DATA_DIR),
    dbPath: DB_PATH === ':memory:' ? DB_PATH : path.resolve(DB_PATH),
    logLevel: LOG_LEVEL,
  };
}
