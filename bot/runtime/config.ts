import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cron } from 'croner';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { SEARCH_IN_STORE_ABOVE } from '../../knowledge/search/corpus.js';
import { IN_FLIGHT_MS } from './held-requests.js';
import { BotError, ErrorCode } from '../errors.js';

/** The folder holding package.json: found by walking up, so the compiled build (dist/) finds it too. */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** A whole number from the environment's text, with what it counts named in each message. */
function wholeNumber(what: string, min: number, minMessage: string, fallback: number) {
  return z._default(
    z.coerce.number(`must be a number of ${what}`).check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(min, minMessage)),
    fallback,
  );
}

// zod/mini: the same checks as zod's chained API, at a fifteenth of the code each start loads.
const schema = z.object({
  DATA_DIR: z._default(z.string().check(z.minLength(1, 'must be a folder path')), path.join(projectRoot, 'data')),
  DB_PATH: z._default(z.string().check(z.minLength(1, 'must be a file path, or :memory:')), path.join(projectRoot, '.data', 'standing-together.sqlite')),
  DATABASE_URL: z.optional(
    z.string().check(
      z.regex(/^postgres(?:ql)?:\/\/[^\s]+$/i, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/standing_together'),
      z.refine((v) => URL.canParse(v), 'must be a PostgreSQL URL such as postgres://user:password@host:5432/standing_together'),
    ),
  ),
  LOG_LEVEL: z._default(LogLevel, 'info'),
  PORT: z._default(
    z.coerce.number('must be a port, 1–65535').check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(1, 'must be a port, 1–65535'), z.maximum(65535, 'must be a port, 1–65535')),
    3000,
  ),
  SLACK_BOT_TOKEN: z.optional(z.string().check(z.startsWith('xoxb-', 'must be a bot token starting xoxb-'))),
  SLACK_SIGNING_SECRET: z.optional(z.string().check(z.minLength(8, 'must be the app\'s signing secret'))),
  SLACK_APP_TOKEN: z.optional(z.string().check(z.startsWith('xapp-', 'must be an app-level token starting xapp-'))),
  SLACK_API_URL: z.optional(z.url('must be a URL such as http://127.0.0.1:8080/api/')),
  MICROSOFT_APP_ID: z.optional(z.string().check(z.minLength(1))),
  MICROSOFT_APP_PASSWORD: z.optional(z.string().check(z.minLength(1))),
  MICROSOFT_APP_TENANT_ID: z.optional(z.string().check(z.minLength(1))),
  MICROSOFT_APP_TYPE: z._default(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], 'must be MultiTenant, SingleTenant or UserAssignedMSI'), 'MultiTenant'),
  TEAMS_ENABLED: z._default(z.enum(['true', 'false'], 'must be true or false'), 'false'),
  RATE_LIMIT_PER_MINUTE: wholeNumber('questions', 1, 'must be more than 0', 30),
  MAX_DOCUMENT_MB: z._default(z.coerce.number('must be a number of megabytes').check(z.positive('must be more than 0')), 50),
  DIGEST_CRON: z._default(z.string().check(z.refine(isCron, 'must be a cron expression such as "0 8 * * 1" (Mondays 08:00)')), '0 8 * * 1'),
  DIGEST_TZ: z._default(z.string().check(z.refine(isTimeZone, 'must be an IANA time zone such as Europe/London')), 'Europe/London'),
  DIGEST_LEASE_SECONDS: wholeNumber('seconds', 1, 'must be at least 1', 600),
  SEARCH_IN_STORE_ABOVE: wholeNumber('passages', 0, 'must be 0 or more', SEARCH_IN_STORE_ABOVE),
  HELD_REQUEST_GRACE_SECONDS: wholeNumber('seconds', 1, 'must be at least 1', IN_FLIGHT_MS / 1000),
});

// Messages for what no check here words itself (a value of the wrong type).
z.config(en());

function isCron(expr: string): boolean {
  try {
    new Cron(expr, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The bot's settings, read once from the environment. */
export interface Config {
  /** Folder holding `catalog.json` and `documents/`. */
  dataDir: string;
  /** sqlite3 database file (created if missing); unused when `databaseUrl` is set. */
  dbPath: string;
  /** PostgreSQL shared by several replicas, instead of the sqlite3 file. Holds a password: never log it. */
  databaseUrl?: string;
  logLevel: z.infer<typeof LogLevel>;
  /** Whether LOG_LEVEL was set: a person at a terminal then gets the logs asked for, not only warnings. */
  logLevelSet: boolean;
  /** Port the chat platforms' HTTP endpoints listen on. */
  port: number;
  /** Set when Slack is configured (bot token and signing secret). */
  slack?: SlackConfig;
  /** Set when Teams is configured (an app id, or TEAMS_ENABLED=true for local use). */
  teams?: TeamsConfig;
  /** Questions one person may ask a minute in Slack or Teams. */
  rateLimitPerMinute: number;
  /** Largest document ingested, in bytes. */
  maxDocumentBytes: number;
  /**
   * When the weekly digest is posted (a cron expression read in `timezone`), and how long a
   * claim on a channel's post holds before another process may take it over.
   */
  digest: { cron: string; timezone: string; leaseMs: number };
  /**
   * Passages past which the corpus is searched in the store (sqlite3 or PostgreSQL) instead of in
   * memory: start-up time and memory then stop growing with the corpus.
   */
  searchInStoreAbove: number;
  /**
   * How long a request acknowledged but not yet answered is left to the process that took it
   * before another (or the same one, restarted) answers it. Two minutes covers replicas answering
   * alongside; a single process restarted after a crash may use a few seconds.
   */
  heldRequestGraceMs: number;
}

/** What the Teams adapter needs; with no app id, requests are not authenticated (local use). */
export interface TeamsConfig {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/** What the Slack adapter needs; secrets stay here and never reach a log line. */
export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Socket Mode instead of HTTP when set (local development with no public URL). */
  appToken?: string;
  /** Another Web API base URL (a local fake in tests). */
  apiUrl?: string;
}

/**
 * Reads and checks the environment once. Each bad variable is named with what it expects.
 * `serving: false` is for commands that only describe the app (packaging the Teams manifest
 * needs its id, not its password), so a secret they don't use is not demanded.
 * @example
 * const config = readConfig({ DATA_DIR: './data', LOG_LEVEL: 'warn' });
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, { serving = true }: { serving?: boolean } = {}): Config {
  // Empty strings mean "unset" here, as they do in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      // Secrets are named, never echoed.
      const shown = /TOKEN|SECRET|PASSWORD|DATABASE_URL/.test(name) ? 'a value of the wrong shape' : JSON.stringify(present[name]);
      return `${name}: ${issue.message} (got ${shown})`;
    });
    throw new BotError(ErrorCode.ConfigInvalid, `invalid configuration — ${problems.join('; ')}`, {
      field: parsed.error.issues[0]?.path.join('.'),
    });
  }
  const { DATA_DIR, DB_PATH, LOG_LEVEL, PORT, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL } = parsed.data;
  const { MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID, MICROSOFT_APP_TYPE, TEAMS_ENABLED, DIGEST_CRON, DIGEST_TZ } = parsed.data;
  if (serving && MICROSOFT_APP_ID && !MICROSOFT_APP_PASSWORD && MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    throw new BotError(ErrorCode.ConfigInvalid, 'invalid configuration — MICROSOFT_APP_PASSWORD: Teams needs the app password with MICROSOFT_APP_ID', { field: 'MICROSOFT_APP_PASSWORD' });
  }
  if (Boolean(SLACK_BOT_TOKEN) !== Boolean(SLACK_SIGNING_SECRET)) {
    const missing = SLACK_BOT_TOKEN ? 'SLACK_SIGNING_SECRET' : 'SLACK_BOT_TOKEN';
    throw new BotError(ErrorCode.ConfigInvalid, `invalid configuration — ${missing}: Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET`, { field: missing });
  }
  return {
    dataDir: path.resolve(DATA_DIR),
    dbPath: DB_PATH === ':memory:' ? DB_PATH : path.resolve(DB_PATH),
    databaseUrl: parsed.data.DATABASE_URL,
    logLevel: LOG_LEVEL,
    logLevelSet: present.LOG_LEVEL !== undefined,
    port: PORT,
    slack:
      SLACK_BOT_TOKEN && SLACK_SIGNING_SECRET
        ? { botToken: SLACK_BOT_TOKEN, signingSecret: SLACK_SIGNING_SECRET, appToken: SLACK_APP_TOKEN, apiUrl: SLACK_API_URL }
        : undefined,
    teams:
      MICROSOFT_APP_ID || TEAMS_ENABLED === 'true'
        ? { appId: MICROSOFT_APP_ID, appPassword: MICROSOFT_APP_PASSWORD, tenantId: MICROSOFT_APP_TENANT_ID, appType: MICROSOFT_APP_TYPE }
        : undefined,
    digest: { cron: DIGEST_CRON, timezone: DIGEST_TZ, leaseMs: parsed.data.DIGEST_LEASE_SECONDS * 1000 },
    maxDocumentBytes: Math.round(parsed.data.MAX_DOCUMENT_MB * 1024 * 1024),
    rateLimitPerMinute: parsed.data.RATE_LIMIT_PER_MINUTE,
    searchInStoreAbove: parsed.data.SEARCH_IN_STORE_ABOVE,
    heldRequestGraceMs: parsed.data.HELD_REQUEST_GRACE_SECONDS * 1000,
  };
}
