import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { BotError, ErrorCode } from '../bot/errors.js';
import type { Figure } from './figures.js';
import type { IndicatorRow } from './indicators.js';
import { DigestTables, type SqlRunner } from './store/digest-tables.js';
import { FeedbackTables } from './store/feedback-tables.js';
import { MIGRATIONS, SCHEMA_VERSION } from './store/migrations.js';
import type { Acronym, Passage, StoredDocument } from './types.js';

/**
 * The knowledge store: documents, passages and acronyms in one sqlite3 file. Every SQL
 * statement of the project lives here, so another database can stand behind the same methods.
 */
export interface Store {
  /** The question log and the weekly digest's subscriptions and claims. */
  readonly digest: DigestTables;
  /** Verdicts on answers, and the report of questions worth a look. */
  readonly feedback: FeedbackTables;
  documents(): Promise<StoredDocument[]>;
  passages(): Promise<Passage[]>;
  acronyms(): Promise<Acronym[]>;
  figures(): Promise<Figure[]>;
  indicators(): Promise<IndicatorRow[]>;
  /** Content hash of each indicator table as last loaded. */
  indicatorHashes(): Promise<Map<string, string>>;

  /**
   * Claims a platform event id (a Slack event retried, a Teams activity resent): true the first
   * time, false ever after, across restarts.
   */
  claimEvent(platform: string, id: string): Promise<boolean>;
  /** The search index saved for this corpus key, if any. */
  savedIndex(key: string): Promise<string | undefined>;
  /** Saves the search index for a corpus key, replacing any other. */
  saveIndex(key: string, body: string): Promise<void>;
  /**
   * Publishes what one ingest read — documents replaced or removed, indicator tables replaced
   * or removed — in one transaction: readers see the whole previous generation or the whole new
   * one, and a process killed midway leaves the previous one as it was.
   */
  applyGeneration(generation: Generation): Promise<void>;
  /** sqlite's own consistency check: "ok" when the file is sound. */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

/** Everything one ingest run changes, published together. */
export interface Generation {
  documents: { doc: StoredDocument; content: DocumentContent }[];
  removeDocuments: string[];
  indicatorTables: { file: string; hash: string; rows: IndicatorRow[] }[];
  removeIndicatorTables: string[];
}

/** Everything ingest derives from one document. */
export interface DocumentContent {
  passages: Passage[];
  acronyms: Acronym[];
  figures: Figure[];
}




class SqliteStore implements Store {
  readonly digest: DigestTables;
  readonly feedback: FeedbackTables;

  constructor(private readonly db: sqlite3.Database) {
    const runner: SqlRunner = {
      run: (sql, params = []) =>
        new Promise((resolve, reject) =>
          this.db.run(sql, params, function (this: sqlite3.RunResult, err) {
            if (err) reject(err);
            else resolve({ changes: this.changes });
          }),
        ),
      all: (sql, params = []) => this.all(sql, params),
    };
    this.digest = new DigestTables(runner);
    this.feedback = new FeedbackTables(runner);
  }

  private run(sql: string, params: unknown[] = []): Promise<void> {
    return new Promise((resolve, reject) => this.db.run(sql, params, (err) => (err ? reject(err) : resolve())));
  }

  private all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  async migrate(): Promise<void> {
    const [row] = await this.all<{ user_version: number }>('PRAGMA user_version');
    const version = row?.user_version ?? 0;
    if (version > SCHEMA_VERSION) {
      throw new BotError(ErrorCode.StoreFailed, `the database was written by a newer version (schema ${version}, this one knows ${SCHEMA_VERSION}); delete it to rebuild from data/`);
    }
    for (let v = version; v < SCHEMA_VERSION; v++) {
      await this.exec(`BEGIN; ${MIGRATIONS[v]} PRAGMA user_version = ${v + 1}; COMMIT;`);
    }
  }

  async documents(): Promise<StoredDocument[]> {
    const rows = await this.all<Record<string, string | number>>('SELECT * FROM documents ORDER BY date DESC, id');
    return rows.map((r) => ({
      id: String(r.id),
      file: String(r.file),
      title: String(r.title),
      publisher: String(r.publisher),
      date: String(r.date),
      kind: String(r.kind),
      hash: String(r.hash),
      ingestedAt: String(r.ingested_at),
      passageCount: Number(r.passage_count),
      firstIngestedAt: String(r.first_ingested_at ?? r.ingested_at),
    }));
  }

  async passages(): Promise<Passage[]> {
    const rows = await this.all<Record<string, string | number>>('SELECT * FROM passages ORDER BY doc_id, ord');
    return rows.map((r) => ({
      id: String(r.id),
      docId: String(r.doc_id),
      section: JSON.parse(String(r.section)) as string[],
      text: String(r.text),
      start: Number(r.start),
      end: Number(r.end),
      locations: JSON.parse(String(r.locations)),
      periods: JSON.parse(String(r.periods)),
      quotable: r.quotable ? (JSON.parse(String(r.quotable)) as [number, number][]) : undefined,
    }));
  }

  async acronyms(): Promise<Acronym[]> {
    const rows = await this.all<{ doc_id: string; short: string; long: string; context: string }>('SELECT * FROM acronyms');
    return rows.map((r) => ({ docId: r.doc_id, short: r.short, long: r.long, context: r.context }));
  }

  async figures(): Promise<Figure[]> {
    const rows = await this.all<{ body: string }>('SELECT body FROM figures ORDER BY doc_id, rowid');
    return rows.map((r) => JSON.parse(r.body) as Figure);
  }

  async indicators(): Promise<IndicatorRow[]> {
    const rows = await this.all<{ body: string }>('SELECT body FROM indicators ORDER BY indicator, period_end, file, line');
    return rows.map((r) => JSON.parse(r.body) as IndicatorRow);
  }

  async indicatorHashes(): Promise<Map<string, string>> {
    const rows = await this.all<{ file: string; hash: string }>('SELECT file, hash FROM indicator_tables');
    return new Map(rows.map((r) => [r.file, r.hash]));
  }

  async applyGeneration(g: Generation): Promise<void> {
    if (g.documents.length + g.removeDocuments.length + g.indicatorTables.length + g.removeIndicatorTables.length === 0) return;
    const what = g.documents[0]?.doc.file ?? g.indicatorTables[0]?.file ?? 'the new generation';
    await this.transaction(what, async () => {
      for (const { doc, content } of g.documents) await this.writeDocument(doc, content);
      for (const id of g.removeDocuments) await this.run('DELETE FROM documents WHERE id = ?', [id]);
      for (const t of g.indicatorTables) await this.writeIndicatorTable(t.file, t.hash, t.rows);
      for (const file of g.removeIndicatorTables) await this.run('DELETE FROM indicator_tables WHERE file = ?', [file]);
    });
  }

  async integrityCheck(): Promise<string> {
    const rows = await this.all<{ integrity_check: string }>('PRAGMA integrity_check');
    return rows.map((r) => r.integrity_check).join('; ');
  }

  private async writeIndicatorTable(file: string, hash: string, rows: IndicatorRow[]): Promise<void> {
    {
      // A row keeps the time it first appeared, so the digest can tell a new period from a reload.
      const seen = new Map(
        (await this.all<{ body: string; first_seen: string | null }>('SELECT body, first_seen FROM indicators WHERE file = ?', [file])).map((r) => {
          const row = JSON.parse(r.body) as IndicatorRow;
          return [rowKey(row), r.first_seen ?? undefined] as const;
        }),
      );
      const now = new Date().toISOString();
      await this.run('DELETE FROM indicator_tables WHERE file = ?', [file]);
      await this.run('INSERT INTO indicator_tables (file, hash, loaded_at) VALUES (?,?,?)', [file, hash, now]);
      for (const r of rows) {
        const firstSeen = seen.get(rowKey(r)) ?? now;
        await this.run('INSERT INTO indicators (file, line, indicator, period_end, body, first_seen) VALUES (?,?,?,?,?,?)', [
          file, r.line, r.indicator, r.period.end, JSON.stringify({ ...r, firstSeen }), firstSeen,
        ]);
      }
    }
  }

  claimEvent(platform: string, id: string): Promise<boolean> {
    return new Promise((resolve, reject) =>
      this.db.run(
        'INSERT OR IGNORE INTO handled_events (platform, id, handled_at) VALUES (?,?,?)',
        [platform, id, new Date().toISOString()],
        function (this: sqlite3.RunResult, err) {
          if (err) reject(err);
          else resolve(this.changes === 1);
        },
      ),
    );
  }

  async savedIndex(key: string): Promise<string | undefined> {
    const [row] = await this.all<{ body: string }>('SELECT body FROM search_index WHERE key = ?', [key]);
    return row?.body;
  }

  async saveIndex(key: string, body: string): Promise<void> {
    await this.transaction('the search index', async () => {
      await this.run('DELETE FROM search_index');
      await this.run('INSERT INTO search_index (key, body, saved_at) VALUES (?,?,?)', [key, body, new Date().toISOString()]);
    });
  }

  /** Runs `work` in one transaction, rolled back whole if any part fails. */
  private async transaction(what: string, work: () => Promise<void>): Promise<void> {
    await this.run('BEGIN IMMEDIATE');
    try {
      await work();
      await this.run('COMMIT');
    } catch (error) {
      await this.run('ROLLBACK').catch(() => undefined);
      throw new BotError(ErrorCode.StoreFailed, `could not store ${what}: ${(error as Error).message}`, { file: what }, { cause: error });
    }
  }

  private async writeDocument(doc: StoredDocument, { passages, acronyms, figures }: DocumentContent): Promise<void> {
    {
      // Passages, acronyms and figures go with their document (ON DELETE CASCADE); when it was
      // first read stays, so the digest can tell a new document from a changed one.
      const [old] = await this.all<{ first: string | null }>('SELECT COALESCE(first_ingested_at, ingested_at) AS first FROM documents WHERE id = ?', [doc.id]);
      await this.run('DELETE FROM documents WHERE id = ?', [doc.id]);
      await this.run(
        'INSERT INTO documents (id, file, title, publisher, date, kind, hash, ingested_at, passage_count, first_ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)',
        [doc.id, doc.file, doc.title, doc.publisher, doc.date, doc.kind, doc.hash, doc.ingestedAt, passages.length, old?.first ?? doc.ingestedAt],
      );
      for (const [i, p] of passages.entries()) {
        await this.run('INSERT INTO passages (id, doc_id, ord, section, text, start, "end", locations, periods, quotable) VALUES (?,?,?,?,?,?,?,?,?,?)', [
          p.id, p.docId, i, JSON.stringify(p.section), p.text, p.start, p.end, JSON.stringify(p.locations), JSON.stringify(p.periods), JSON.stringify(p.quotable ?? []),
        ]);
      }
      for (const a of acronyms) {
        await this.run('INSERT INTO acronyms (doc_id, short, long, context) VALUES (?,?,?,?)', [a.docId, a.short, a.long, a.context]);
      }
      for (const f of figures) {
        await this.run(
          'INSERT INTO figures (id, doc_id, passage_id, kind, measure, unit, number, period_start, period_end, body) VALUES (?,?,?,?,?,?,?,?,?,?)',
          [f.id, f.docId, f.passageId, f.kind, f.measure, f.unit, f.number, f.period?.start ?? null, f.period?.end ?? null, JSON.stringify(f)],
        );
      }
    }
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

function rowKey(r: IndicatorRow): string {
  return `${r.indicator}|${r.geography}|${r.period.start}|${r.period.end}`;
}

/**
 * Opens (creating if needed) the sqlite3 store at `dbPath` and brings its schema up to date.
 * `:memory:` gives a private in-memory store, as tests use.
 */
export async function openStore(dbPath: string): Promise<Store> {
  if (dbPath !== ':memory:') mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(dbPath, (err) =>
      err ? reject(new BotError(ErrorCode.StoreFailed, `cannot open the database: ${err.message}`, { file: dbPath }, { cause: err })) : resolve(handle),
    );
  });
  const store = new SqliteStore(db);
  await store.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
  await store.migrate();
  return store;
}
