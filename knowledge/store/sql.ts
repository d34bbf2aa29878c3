/**
 * How the store's tables talk to a database: one small interface that the sqlite3 file and
 * PostgreSQL both implement. Statements are written once, with `?` placeholders and SQL both
 * databases accept (ON CONFLICT, RETURNING, string_agg, IS NOT DISTINCT FROM); each driver
 * adapts the placeholders to its own.
 */
export interface SqlRunner {
  /** Runs a statement; `changes` is how many rows it wrote. */
  run(sql: string, params?: unknown[]): Promise<{ changes: number }>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A database connection the store stands on. */
export interface SqlDriver extends SqlRunner {
  /** Which database this is, for messages and the few places the two differ. */
  readonly kind: 'sqlite' | 'postgres';
  /** Brings the schema up to date (run once at open). */
  migrate(): Promise<void>;
  /**
   * Runs `work` in one transaction, on one connection, rolled back whole if any part fails.
   * Writers are serialized: two ingests publishing at once take turns.
   */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /**
   * Runs reads in one snapshot: everything `work` reads belongs to one moment, even while
   * another process publishes a generation.
   */
  snapshot<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Tells other processes a new knowledge generation is published (inside its transaction). */
  announce(tx: SqlRunner, generation: number): Promise<void>;
  /** Calls `listener` when another process announces a generation; returns how to stop. */
  listen(listener: (generation: number) => void): Promise<() => Promise<void>>;
  /** The database's own consistency check: "ok" when sound. */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

/** One `?` per value, comma-separated: the inside of `IN (…)` or of a row of VALUES. */
export function placeholders(values: unknown[]): string {
  return values.map(() => '?').join(',');
}

/** Most rows one multi-row INSERT carries: well under both databases' parameter limits. */
const ROWS_PER_INSERT = 200;

/**
 * Inserts rows in multi-row statements: a round trip per 200 rows rather than per row, which is
 * what makes publishing 40,000 passages to PostgreSQL take seconds and not minutes.
 */
export async function insertMany(sql: SqlRunner, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const head = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const one = `(${placeholders(columns)})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await sql.run(head + chunk.map(() => one).join(','), chunk.flat());
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2, …`, leaving quoted text alone. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let quote: string | undefined;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else out += ch === '?' ? `$${++n}` : ch;
  }
  return out;
}
