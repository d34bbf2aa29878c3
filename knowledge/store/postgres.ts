import pg from 'pg';
import { BotError, ErrorCode } from '../errors.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from './postgres-migrations.js';
import { numberedPlaceholders, type SqlDriver, type SqlRunner } from './sql.js';

/** The channel a published generation is announced on. */
const CHANNEL = 'standing_together_generation';
/** Advisory lock keys: one for migrations at start, one for publishing generations. */
const MIGRATE_LOCK = 72_017_001;
const PUBLISH_LOCK = 72_017_002;
/** Wait before listening again after the listening connection drops. */
const RELISTEN_MS = 1000;

/** The URL as it may be shown: host, port and database, never the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'the DATABASE_URL';
  }
}

function runner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    run: async (sql, params = []) => ({ changes: (await client.query(numberedPlaceholders(sql), params)).rowCount ?? 0 }),
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(numberedPlaceholders(sql), params)).rows as T[],
  };
}

/**
 * The shared database for many replicas: a connection pool over PostgreSQL. Generations are
 * announced with NOTIFY inside the transaction that publishes them, so every listening replica
 * hears of one exactly when it becomes visible.
 */
export class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres';
  private readonly sql: SqlRunner;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    this.sql = runner(pool);
  }

  /** Connects (checking the server answers) to the database at `url`. */
  static async open(url: string): Promise<PostgresDriver> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client losing its server must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new BotError(ErrorCode.StoreFailed, `cannot reach PostgreSQL at ${describeUrl(url)}: ${(error as Error).message}`, {}, { cause: error });
    }
    return new PostgresDriver(pool, url);
  }

  run(sql: string, params?: unknown[]): Promise<{ changes: number }> {
    return this.sql.run(sql, params);
  }

  all<T>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.sql.all<T>(sql, params);
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      // Replicas starting together migrate one at a time; the others then find nothing to do.
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
      const version = rows[0]?.version ?? 0;
      if (version > PG_SCHEMA_VERSION) {
        throw new BotError(ErrorCode.StoreFailed, `the database at ${describeUrl(this.url)} was written by a newer version (schema ${version}, this one knows ${PG_SCHEMA_VERSION})`);
      }
      for (let v = version; v < PG_SCHEMA_VERSION; v++) {
        await client.query('BEGIN');
        try {
          await client.query(PG_MIGRATIONS[v]!);
          await client.query('DELETE FROM schema_version');
          await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    // Publishing is serialized across every process on the database.
    return this.inTransaction('BEGIN', work, PUBLISH_LOCK);
  }

  snapshot<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    return this.inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
  }

  /** Runs `work` on one pooled connection inside a transaction begun with `begin`. */
  private async inTransaction<T>(begin: string, work: (tx: SqlRunner) => Promise<T>, lock?: number): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      if (lock !== undefined) await client.query('SELECT pg_advisory_xact_lock($1)', [lock]);
      const result = await work(runner(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async announce(tx: SqlRunner, generation: number): Promise<void> {
    await tx.all('SELECT pg_notify(?, ?)', [CHANNEL, String(generation)]);
  }

  async listen(listener: (generation: number) => void): Promise<() => Promise<void>> {
    let stopped = false;
    let client: pg.Client | undefined;
    const connect = async (): Promise<void> => {
      if (stopped) return;
      const c = new pg.Client({ connectionString: this.url });
      c.on('notification', (msg) => {
        if (msg.channel === CHANNEL) listener(Number(msg.payload));
      });
      c.on('error', () => {
        // The connection dropped: polling covers the gap until it is back.
        void c.end().catch(() => undefined);
        if (!stopped) setTimeout(() => void connect().catch(() => undefined), RELISTEN_MS).unref();
      });
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      client = c;
    };
    await connect();
    return async () => {
      stopped = true;
      await client?.end().catch(() => undefined);
    };
  }

  async integrityCheck(): Promise<string> {
    const { rows } = await this.pool.query<{ version: number }>('SELECT version FROM schema_version');
    return rows[0]?.version === PG_SCHEMA_VERSION ? 'ok' : `schema version ${rows[0]?.version ?? 'missing'}, expected ${PG_SCHEMA_VERSION}`;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
