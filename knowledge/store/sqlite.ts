import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { BotError, ErrorCode } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './sqlite-migrations.js';
import type { SqlDriver, SqlRunner } from './sql.js';

/** How long opening waits for other processes opening the same new file. */
const OPEN_WAIT_MS = 10_000;

/**
 * Runs `step` again while sqlite answers SQLITE_BUSY: switching a new file to WAL and its first
 * write lock can be refused outright (no busy handler runs) while another process does the same.
 */
async function untilNotBusy(step: () => Promise<void>): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      return await step();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() - started > OPEN_WAIT_MS) throw error;
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
    }
  }
}

/**
 * The embedded database: one sqlite3 file (or `:memory:`), one connection. Other processes on
 * the same file see a new generation by polling its number; there is no push.
 */
export class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite';
  /** Transactions queue here: the one connection can hold only one at a time. */
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: sqlite3.Database) {}

  /** Opens (creating if needed) the file and sets it up for one writer and many readers. */
  static async open(dbPath: string): Promise<SqliteDriver> {
    if (dbPath !== ':memory:') mkdirSync(path.dirname(dbPath), { recursive: true });
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(dbPath, (err) =>
        err ? reject(new BotError(ErrorCode.StoreFailed, `cannot open the database: ${err.message}`, { file: dbPath }, { cause: err })) : resolve(handle),
      );
    });
    const driver = new SqliteDriver(db);
    // The busy timeout first: switching to WAL waits for other processes opening the file too.
    // synchronous=NORMAL is WAL's usual pairing: a commit survives the process crashing, and only
    // a power cut can undo the last few (the file stays sound). It takes a write from ~5 ms (an
    // fsync each) to ~0.1 ms — the difference between acking 50 Slack requests at once in time
    // or not, since each claims its signature in the store before acking.
    await untilNotBusy(() => driver.exec('PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;'));
    return driver;
  }

  run(sql: string, params: unknown[] = []): Promise<{ changes: number }> {
    return new Promise((resolve, reject) =>
      this.db.run(sql, params, function (this: sqlite3.RunResult, err) {
        if (err) reject(err);
        else resolve({ changes: this.changes });
      }),
    );
  }

  all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  async migrate(): Promise<void> {
    // A file already at this schema needs no write lock: a start does not wait behind another
    // process's long ingest just to learn there is nothing to migrate.
    const [current] = await this.all<{ user_version: number }>('PRAGMA user_version');
    if (current?.user_version === SCHEMA_VERSION) return;
    // Each step in its own write transaction, the version read inside it: processes opening a
    // new file together take turns, and each step runs once.
    for (;;) {
      await untilNotBusy(() => this.exec('BEGIN IMMEDIATE'));
      try {
        const [row] = await this.all<{ user_version: number }>('PRAGMA user_version');
        const version = row?.user_version ?? 0;
        if (version > SCHEMA_VERSION) {
          throw new BotError(ErrorCode.StoreFailed, `the database was written by a newer version (schema ${version}, this one knows ${SCHEMA_VERSION}); delete it to rebuild from data/`);
        }
        if (version === SCHEMA_VERSION) {
          await this.exec('COMMIT');
          return;
        }
        await this.exec(`${MIGRATIONS[version]} PRAGMA user_version = ${version + 1}; COMMIT;`);
      } catch (error) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }
  }

  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const next = this.writing.then(async () => {
      // IMMEDIATE takes the write lock at once, so another process's ingest waits its turn
      // (busy_timeout) instead of failing halfway.
      await this.run('BEGIN IMMEDIATE');
      try {
        const result = await work(this);
        await this.run('COMMIT');
        return result;
      } catch (error) {
        await this.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  snapshot<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    // A read transaction holds one WAL snapshot; queued with the writes, as the connection can
    // hold one transaction at a time.
    const next = this.writing.then(async () => {
      await this.run('BEGIN');
      try {
        return await work(this);
      } finally {
        await this.run('COMMIT').catch(() => undefined);
      }
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  async announce(): Promise<void> {
    // Nothing to push: readers poll the generation number.
  }

  async listen(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  async integrityCheck(): Promise<string> {
    const rows = await this.all<{ integrity_check: string }>('PRAGMA integrity_check');
    return rows.map((r) => r.integrity_check).join('; ');
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}
