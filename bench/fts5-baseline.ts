import sqlite3 from 'sqlite3';

/**
 * The measuring stick, not the product: a plain SQLite FTS5 table (bm25) over the same passages,
 * queried with the question's words OR'ed together — what a team would build first.
 */
export class Fts5Baseline {
  private constructor(private readonly db: sqlite3.Database) {}

  static async build(texts: string[]): Promise<Fts5Baseline> {
    const db = new sqlite3.Database(':memory:');
    const base = new Fts5Baseline(db);
    await base.exec("CREATE VIRTUAL TABLE passages USING fts5(text, tokenize = 'porter unicode61'); BEGIN;");
    await new Promise<void>((resolve, reject) => {
      const insert = db.prepare('INSERT INTO passages (text) VALUES (?)');
      for (const t of texts) insert.run(t);
      insert.finalize((err) => (err ? reject(err) : resolve()));
    });
    await base.exec('COMMIT;');
    return base;
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  /** The five best passages' row ids for a question. */
  search(question: string): Promise<number[]> {
    const words = question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return Promise.resolve([]);
    const match = words.map((w) => `"${w}"`).join(' OR ');
    return new Promise((resolve, reject) =>
      this.db.all('SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY bm25(passages) LIMIT 5', [match], (err, rows: { rowid: number }[]) =>
        err ? reject(err) : resolve(rows.map((r) => r.rowid)),
      ),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.db.close(() => resolve()));
  }
}
