import { BotError, ErrorCode } from '../errors.js';
import { DigestTables } from './digest-tables.js';
import { FeedbackTables } from './feedback-tables.js';
import { KnowledgeTables, type Generation } from './knowledge-tables.js';
import { RequestTables } from './request-tables.js';
import { PostgresFullText } from './postgres-full-text.js';
import { SqliteFullText } from './sqlite-full-text.js';
import type { FullTextPlan, FullTextTable, KnowledgeOutline, KnowledgeSnapshot } from './shapes.js';
import type { SqlDriver } from './sql.js';
import type { Acronym, Figure, IndicatorRow, Passage, SourceStamp, StoredDocument } from '../types.js';

export type { DocumentContent, Generation } from './knowledge-tables.js';
export type { FullTextFields, FullTextLengths, FullTextMatch, FullTextPlan, FullTextTable, KnowledgeOutline, KnowledgeSnapshot, SearchTerms, TermFrequencies } from './shapes.js';

/**
 * The store: documents, passages, figures and indicator tables, and what requests and the
 * digest share. It stands on the embedded sqlite3 file by default, or on PostgreSQL when given a
 * `postgres://` URL so several replicas can share it. Every SQL statement of the project lives
 * under `knowledge/store/`; nothing else knows which database is behind these methods.
 */
export interface Store {
  /** The question log and the weekly digest's subscriptions and claims. */
  readonly digest: DigestTables;
  /** Verdicts on answers, and the report of questions worth a look. */
  readonly feedback: FeedbackTables;
  documents(): Promise<StoredDocument[]>;
  passages(): Promise<Passage[]>;
  /** Passages by id (in no particular order; ids not held are left out). */
  passagesById(ids: string[]): Promise<Passage[]>;
  /** For each passage id, the passage before it in its document. */
  passagesBefore(ids: string[]): Promise<Map<string, Passage>>;
  /** Figures stated by these passages. */
  figuresOf(passageIds: string[]): Promise<Figure[]>;
  /** Figures of one kind, or of one document, in document order. */
  figuresWhere(filter: { kind?: Figure['kind']; docId?: string }): Promise<Figure[]>;
  /**
   * The passages' full-text table (FTS5 in sqlite3, a GIN-indexed tsvector in PostgreSQL): a
   * corpus too large to hold in memory is searched there.
   */
  readonly fullText: FullTextTable;
  acronyms(): Promise<Acronym[]>;
  figures(): Promise<Figure[]>;
  indicators(): Promise<IndicatorRow[]>;
  /** Content hash of each indicator table as last loaded. */
  indicatorHashes(): Promise<Map<string, string>>;
  /** What each data file looked like when last hashed (see `hashSources`), by its path in the data folder. */
  sourceStamps(): Promise<Map<string, SourceStamp>>;
  /** Replaces the stamps kept for the data files with these. */
  saveSourceStamps(stamps: Map<string, SourceStamp>): Promise<void>;

  /**
   * Claims a platform event id (a Slack event retried, a Teams activity resent): true the first
   * time, false ever after, across restarts.
   */
  claimEvent(platform: string, id: string): Promise<boolean>;
  /** Keeps a request acknowledged but not yet answered, so a restart can answer it after a crash. */
  holdRequest(platform: string, id: string, body: unknown): Promise<void>;
  /** Forgets a held request once it is answered. */
  releaseRequest(platform: string, id: string): Promise<void>;
  /** Takes the held requests received between `since` and `until` (older ones are dropped), each once across every process. */
  takeHeldRequests(platform: string, since: string, until: string): Promise<{ id: string; body: unknown; receivedAt: string }[]>;
  /**
   * Counts one more request by `key` in the window starting at `windowStart` (ISO time) and
   * returns the count so far: the rate limit, shared by every process on the database.
   */
  countRequest(key: string, windowStart: string): Promise<number>;
  /** The number of the knowledge generation last published (0 before any). */
  generation(): Promise<number>;
  /** Everything a knowledge base is built from, read in one snapshot, with its generation. */
  knowledgeSnapshot(): Promise<KnowledgeSnapshot>;
  /** All but the passages and figures, read in one snapshot: what a corpus searched in the store loads. */
  knowledgeOutline(): Promise<KnowledgeOutline>;
  /**
   * Calls `listener` as soon as another process publishes a generation, where the database can
   * push (PostgreSQL); on sqlite3 it never calls, and readers poll `generation()`. Returns how
   * to stop listening.
   */
  onGeneration(listener: (generation: number) => void): Promise<() => Promise<void>>;
  /** Which database stands behind the store. */
  readonly kind: 'sqlite' | 'postgres';
  /** The search index saved for this corpus key, if any. */
  savedIndex(key: string): Promise<string | undefined>;
  /** Saves the search index for a corpus key, replacing any other. */
  saveIndex(key: string, body: string): Promise<void>;
  /** The word alternatives saved for this corpus key (see `word-alternatives.ts`), if any. */
  savedAlternatives(key: string): Promise<string | undefined>;
  /** Saves the word alternatives for a corpus key, replacing any other. */
  saveAlternatives(key: string, body: string): Promise<void>;
  /**
   * Publishes what one ingest read — documents replaced or removed, indicator tables replaced
   * or removed — in one transaction: readers see the whole previous generation or the whole new
   * one, and a process killed midway leaves the previous one as it was. With a `fullText` plan,
   * a corpus of more than `plan.above` passages gets its full-text table built in that same
   * transaction, so no reader finds the generation without it.
   */
  applyGeneration(generation: Generation, fullText?: FullTextPlan): Promise<void>;
  /** The database's own consistency check: "ok" when sound. */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

class SqlStore implements Store {
  readonly digest: DigestTables;
  readonly feedback: FeedbackTables;
  readonly kind: 'sqlite' | 'postgres';
  readonly fullText: FullTextTable;
  private readonly knowledge: KnowledgeTables;
  private readonly requests: RequestTables;

  constructor(private readonly db: SqlDriver) {
    this.kind = db.kind;
    this.fullText = db.kind === 'sqlite' ? new SqliteFullText(db) : new PostgresFullText(db);
    this.digest = new DigestTables(db);
    this.feedback = new FeedbackTables(db);
    this.knowledge = new KnowledgeTables(db);
    this.requests = new RequestTables(db);
  }

  documents(): Promise<StoredDocument[]> {
    return this.knowledge.documents();
  }

  passages(): Promise<Passage[]> {
    return this.knowledge.passages();
  }

  acronyms(): Promise<Acronym[]> {
    return this.knowledge.acronyms();
  }

  passagesById(ids: string[]): Promise<Passage[]> {
    return this.knowledge.passagesById(ids);
  }

  passagesBefore(ids: string[]): Promise<Map<string, Passage>> {
    return this.knowledge.passagesBefore(ids);
  }

  figuresOf(passageIds: string[]): Promise<Figure[]> {
    return this.knowledge.figuresOf(passageIds);
  }

  figuresWhere(filter: { kind?: Figure['kind']; docId?: string }): Promise<Figure[]> {
    return this.knowledge.figuresWhere(filter);
  }

  figures(): Promise<Figure[]> {
    return this.knowledge.figures();
  }

  indicators(): Promise<IndicatorRow[]> {
    return this.knowledge.indicators();
  }

  indicatorHashes(): Promise<Map<string, string>> {
    return this.knowledge.indicatorHashes();
  }

  sourceStamps(): Promise<Map<string, SourceStamp>> {
    return this.knowledge.sourceStamps();
  }

  async saveSourceStamps(stamps: Map<string, SourceStamp>): Promise<void> {
    await this.transaction('the data files\' stamps', (tx) => new KnowledgeTables(tx).replaceSourceStamps(stamps));
  }

  generation(): Promise<number> {
    return this.knowledge.generation();
  }

  onGeneration(listener: (generation: number) => void): Promise<() => Promise<void>> {
    return this.db.listen(listener);
  }

  knowledgeSnapshot(): Promise<KnowledgeSnapshot> {
    return this.db.snapshot(async (tx) => {
      const t = new KnowledgeTables(tx);
      // One after another: a snapshot is one connection, which runs one statement at a time.
      const outline = await t.outline();
      const passages = await t.passages();
      const figures = await t.figures();
      return { ...outline, passages, figures };
    });
  }

  knowledgeOutline(): Promise<KnowledgeOutline> {
    return this.db.snapshot((tx) => new KnowledgeTables(tx).outline());
  }

  claimEvent(platform: string, id: string): Promise<boolean> {
    return this.requests.claimEvent(platform, id);
  }

  holdRequest(platform: string, id: string, body: unknown): Promise<void> {
    return this.requests.hold(platform, id, body);
  }

  releaseRequest(platform: string, id: string): Promise<void> {
    return this.requests.release(platform, id);
  }

  takeHeldRequests(platform: string, since: string, until: string): Promise<{ id: string; body: unknown; receivedAt: string }[]> {
    return this.requests.takeHeld(platform, since, until);
  }

  countRequest(key: string, windowStart: string): Promise<number> {
    return this.requests.count(key, windowStart);
  }

  async applyGeneration(g: Generation, fullText?: FullTextPlan): Promise<void> {
    if (g.documents.length + g.removeDocuments.length + g.indicatorTables.length + g.removeIndicatorTables.length === 0) return;
    const what = g.documents[0]?.doc.file ?? g.indicatorTables[0]?.file ?? 'the new generation';
    await this.transaction(what, async (tx) => {
      const n = await KnowledgeTables.write(tx, g);
      if (n === undefined) return;
      if (fullText) {
        const [row] = await tx.all<{ passages: number | string }>('SELECT count(*) AS passages FROM passages');
        if (Number(row?.passages ?? 0) > fullText.above) await this.fullText.buildIn(tx, n, fullText.termsFor(await new KnowledgeTables(tx).acronyms()));
      }
      await this.db.announce(tx, n);
    });
  }

  integrityCheck(): Promise<string> {
    return this.db.integrityCheck();
  }

  async savedIndex(key: string): Promise<string | undefined> {
    const [row] = await this.db.all<{ body: string }>('SELECT body FROM search_index WHERE key = ?', [key]);
    return row?.body;
  }

  async saveIndex(key: string, body: string): Promise<void> {
    await this.replaceSaved('search_index', 'the search index', key, body);
  }

  async savedAlternatives(key: string): Promise<string | undefined> {
    const [row] = await this.db.all<{ body: string }>('SELECT body FROM word_alternatives WHERE key = ?', [key]);
    return row?.body;
  }

  async saveAlternatives(key: string, body: string): Promise<void> {
    await this.replaceSaved('word_alternatives', 'the word alternatives', key, body);
  }

  /** Replaces what a table of derived knowledge holds (one row: the current corpus's) with this. */
  private async replaceSaved(table: 'search_index' | 'word_alternatives', what: string, key: string, body: string): Promise<void> {
    await this.transaction(what, async (tx) => {
      await tx.run(`DELETE FROM ${table}`);
      await tx.run(`INSERT INTO ${table} (key, body, saved_at) VALUES (?,?,?)`, [key, body, new Date().toISOString()]);
    });
  }

  /** Runs `work` in one transaction; a failure names what was being stored. */
  private async transaction(what: string, work: Parameters<SqlDriver['transaction']>[0]): Promise<void> {
    try {
      await this.db.transaction(work);
    } catch (error) {
      throw new BotError(ErrorCode.StoreFailed, `could not store ${what}: ${(error as Error).message}`, { file: what }, { cause: error });
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Whether a store target names a PostgreSQL database rather than a sqlite3 file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * Opens the store and brings its schema up to date: PostgreSQL for a `postgres://` URL, else the
 * sqlite3 file at that path (created if needed). `:memory:` gives a private in-memory store, as
 * tests use. Each database's driver is loaded only when used.
 */
export async function openStore(target: string): Promise<Store> {
  const driver: SqlDriver = isPostgresUrl(target)
    ? await (await import('./postgres.js')).PostgresDriver.open(target)
    : await (await import('./sqlite.js')).SqliteDriver.open(target);
  try {
    await driver.migrate();
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return new SqlStore(driver);
}

/** PostgreSQL error classes that mean the server went away or is restarting, not a wrong query. */
const UNAVAILABLE_CODES = /^(?:08|57P0[1-3])/;
const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|terminating connection|the database system is (?:starting up|shutting down)|not currently accepting connections/i;

/**
 * Whether an error means the database cannot be reached just now (PostgreSQL down, restarting or
 * the connection cut): the question can be asked again in a moment, unlike a fault in the bot.
 */
export function isStoreUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true;
    if (UNAVAILABLE_MESSAGES.test(e.message) || (typeof code === 'string' && UNAVAILABLE_MESSAGES.test(code))) return true;
  }
  return false;
}
