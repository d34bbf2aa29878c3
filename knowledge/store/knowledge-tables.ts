import type { KnowledgeOutline } from './shapes.js';
import type { Acronym, Figure, IndicatorRow, Passage, SourceStamp, StoredDocument } from '../types.js';
import { insertMany, placeholders, type SqlRunner } from './sql.js';

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

/**
 * The knowledge tables (documents with their passages, acronyms and figures; indicator tables
 * with their rows), read whole and written one generation at a time.
 */
export class KnowledgeTables {
  constructor(private readonly sql: SqlRunner) {}

  async documents(): Promise<StoredDocument[]> {
    const rows = await this.sql.all<Record<string, string | number | null>>('SELECT * FROM documents ORDER BY date DESC, id');
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
      ...(r.url ? { url: String(r.url) } : {}),
    }));
  }

  async passages(): Promise<Passage[]> {
    const rows = await this.sql.all<Record<string, string | number>>('SELECT * FROM passages ORDER BY doc_id, ord');
    return rows.map(passageOf);
  }

  /** Passages by id (in no particular order; ids not held are left out). */
  async passagesById(ids: string[]): Promise<Passage[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.all<Record<string, string | number>>(`SELECT * FROM passages WHERE id IN (${placeholders(ids)})`, ids);
    return rows.map(passageOf);
  }

  /** For each passage id, the passage it reads on from: its list's lead-in, else the one before it (first passages have none). */
  async passagesBefore(ids: string[]): Promise<Map<string, Passage>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql.all<Record<string, string | number>>(
      `SELECT b.*, p.id AS after_id FROM passages p JOIN passages b ON b.id = p.leans_on
       WHERE p.id IN (${placeholders(ids)})
       UNION ALL
       SELECT b.*, p.id AS after_id FROM passages p JOIN passages b ON b.doc_id = p.doc_id AND b.ord = p.ord - 1
       WHERE p.leans_on IS NULL AND p.id IN (${placeholders(ids)})`,
      [...ids, ...ids],
    );
    return new Map(rows.map((r) => [String(r.after_id), passageOf(r)]));
  }

  /** Figures stated by these passages. */
  async figuresOf(passageIds: string[]): Promise<Figure[]> {
    if (passageIds.length === 0) return [];
    const rows = await this.sql.all<{ body: string }>(`SELECT body FROM figures WHERE passage_id IN (${placeholders(passageIds)}) ORDER BY doc_id, ord`, passageIds);
    return rows.map((r) => JSON.parse(r.body) as Figure);
  }

  /** Figures of one kind, or of one document, in document order. */
  async figuresWhere(filter: { kind?: Figure['kind']; docId?: string }): Promise<Figure[]> {
    // Only the conditions asked for: PostgreSQL cannot type a parameter that is only tested for NULL.
    const where = [...(filter.kind ? ['kind = ?'] : []), ...(filter.docId ? ['doc_id = ?'] : [])];
    const params = [...(filter.kind ? [filter.kind] : []), ...(filter.docId ? [filter.docId] : [])];
    const rows = await this.sql.all<{ body: string }>(`SELECT body FROM figures${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY doc_id, ord`, params);
    return rows.map((r) => JSON.parse(r.body) as Figure);
  }

  async acronyms(): Promise<Acronym[]> {
    const rows = await this.sql.all<{ doc_id: string; short: string; long: string; context: string }>('SELECT * FROM acronyms ORDER BY doc_id, ord');
    return rows.map((r) => ({ docId: r.doc_id, short: r.short, long: r.long, context: r.context }));
  }

  async figures(): Promise<Figure[]> {
    const rows = await this.sql.all<{ body: string }>('SELECT body FROM figures ORDER BY doc_id, ord');
    return rows.map((r) => JSON.parse(r.body) as Figure);
  }

  async indicators(): Promise<IndicatorRow[]> {
    const rows = await this.sql.all<{ body: string }>('SELECT body FROM indicators ORDER BY indicator, period_end, file, line');
    return rows.map((r) => JSON.parse(r.body) as IndicatorRow);
  }

  async indicatorHashes(): Promise<Map<string, string>> {
    const rows = await this.sql.all<{ file: string; hash: string }>('SELECT file, hash FROM indicator_tables');
    return new Map(rows.map((r) => [r.file, r.hash]));
  }

  /** What each data file looked like when last hashed, by its path inside the data folder. */
  async sourceStamps(): Promise<Map<string, SourceStamp>> {
    const rows = await this.sql.all<{ file: string; stamp: string; hash: string }>('SELECT file, stamp, hash FROM source_stamps');
    return new Map(rows.map((r) => [r.file, { stamp: r.stamp, hash: r.hash }]));
  }

  /** Replaces every stamp with these (inside the caller's transaction). */
  async replaceSourceStamps(stamps: Map<string, SourceStamp>): Promise<void> {
    await this.sql.run('DELETE FROM source_stamps');
    await insertMany(this.sql, 'source_stamps', ['file', 'stamp', 'hash'], [...stamps].map(([file, s]) => [file, s.stamp, s.hash]));
  }

  /** Everything but the passages and figures, one statement after another (callers hold a snapshot). */
  async outline(): Promise<KnowledgeOutline> {
    const generation = await this.generation();
    const documents = await this.documents();
    const acronyms = await this.acronyms();
    const indicators = await this.indicators();
    return { generation, documents, acronyms, indicators };
  }

  /** The number of the generation last published (0 before any). */
  async generation(): Promise<number> {
    const [row] = await this.sql.all<{ generation: number | string }>('SELECT generation FROM knowledge_state WHERE id = 1');
    return row ? Number(row.generation) : 0;
  }

  /**
   * Writes a generation inside the caller's transaction and returns its number, or undefined
   * when it changes nothing: replicas starting together each ingest the same files, and only
   * the first to publish them makes a new generation.
   */
  static async write(tx: SqlRunner, g: Generation): Promise<number | undefined> {
    const tables = new KnowledgeTables(tx);
    let changed = 0;
    for (const { doc, content } of g.documents) {
      // The same bytes under a changed catalog entry (a corrected title, a link added) are written again.
      const [same] = await tx.all(
        "SELECT 1 AS same FROM documents WHERE id = ? AND hash = ? AND title = ? AND publisher = ? AND date = ? AND kind = ? AND COALESCE(url, '') = ?",
        [doc.id, doc.hash, doc.title, doc.publisher, doc.date, doc.kind, doc.url ?? ''],
      );
      if (same) continue;
      await tables.writeDocument(doc, content);
      changed++;
    }
    for (const id of g.removeDocuments) changed += (await tx.run('DELETE FROM documents WHERE id = ?', [id])).changes;
    for (const t of g.indicatorTables) {
      const [same] = await tx.all('SELECT 1 AS same FROM indicator_tables WHERE file = ? AND hash = ?', [t.file, t.hash]);
      if (same) continue;
      await tables.writeIndicatorTable(t.file, t.hash, t.rows);
      changed++;
    }
    for (const file of g.removeIndicatorTables) changed += (await tx.run('DELETE FROM indicator_tables WHERE file = ?', [file])).changes;
    if (changed === 0) return undefined;
    const [row] = await tx.all<{ generation: number | string }>(
      `INSERT INTO knowledge_state (id, generation, published_at) VALUES (1, 1, ?)
       ON CONFLICT (id) DO UPDATE SET generation = knowledge_state.generation + 1, published_at = excluded.published_at
       RETURNING generation`,
      [new Date().toISOString()],
    );
    return Number(row!.generation);
  }

  private async writeDocument(doc: StoredDocument, { passages, acronyms, figures }: DocumentContent): Promise<void> {
    // Passages, acronyms and figures go with their document (ON DELETE CASCADE); when it was
    // first read stays, so the digest can tell a new document from a changed one.
    const [old] = await this.sql.all<{ first: string | null }>('SELECT COALESCE(first_ingested_at, ingested_at) AS first FROM documents WHERE id = ?', [doc.id]);
    await this.sql.run('DELETE FROM documents WHERE id = ?', [doc.id]);
    await this.sql.run(
      'INSERT INTO documents (id, file, title, publisher, date, kind, hash, ingested_at, passage_count, first_ingested_at, url) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
      [doc.id, doc.file, doc.title, doc.publisher, doc.date, doc.kind, doc.hash, doc.ingestedAt, passages.length, old?.first ?? doc.ingestedAt, doc.url ?? null],
    );
    await insertMany(
      this.sql,
      'passages',
      ['id', 'doc_id', 'ord', 'section', 'text', 'start', 'end', 'locations', 'periods', 'quotable', 'leans_on'],
      passages.map((p, i) => [p.id, p.docId, i, JSON.stringify(p.section), p.text, p.start, p.end, JSON.stringify(p.locations), JSON.stringify(p.periods), JSON.stringify(p.quotable ?? []), p.leansOn ?? null]),
    );
    await insertMany(this.sql, 'acronyms', ['doc_id', 'ord', 'short', 'long', 'context'], acronyms.map((a, i) => [a.docId, i, a.short, a.long, a.context]));
    await insertMany(
      this.sql,
      'figures',
      ['id', 'doc_id', 'passage_id', 'ord', 'kind', 'measure', 'unit', 'number', 'period_start', 'period_end', 'body'],
      figures.map((f, i) => [f.id, f.docId, f.passageId, i, f.kind, f.measure, f.unit, f.number, f.period?.start ?? null, f.period?.end ?? null, JSON.stringify(f)]),
    );
  }

  private async writeIndicatorTable(file: string, hash: string, rows: IndicatorRow[]): Promise<void> {
    // A row keeps the time it first appeared, so the digest can tell a new period from a reload.
    const seen = new Map(
      (await this.sql.all<{ body: string; first_seen: string | null }>('SELECT body, first_seen FROM indicators WHERE file = ?', [file])).map((r) => {
        const row = JSON.parse(r.body) as IndicatorRow;
        return [rowKey(row), r.first_seen ?? undefined] as const;
      }),
    );
    const now = new Date().toISOString();
    await this.sql.run('DELETE FROM indicator_tables WHERE file = ?', [file]);
    await this.sql.run('INSERT INTO indicator_tables (file, hash, loaded_at) VALUES (?,?,?)', [file, hash, now]);
    await insertMany(
      this.sql,
      'indicators',
      ['file', 'line', 'indicator', 'period_end', 'body', 'first_seen'],
      rows.map((r) => {
        const firstSeen = seen.get(rowKey(r)) ?? now;
        return [file, r.line, r.indicator, r.period.end, JSON.stringify({ ...r, firstSeen }), firstSeen];
      }),
    );
  }
}

function rowKey(r: IndicatorRow): string {
  return `${r.indicator}|${r.geography}|${r.period.start}|${r.period.end}`;
}

function passageOf(r: Record<string, string | number>): Passage {
  return {
    id: String(r.id),
    docId: String(r.doc_id),
    section: JSON.parse(String(r.section)) as string[],
    text: String(r.text),
    start: Number(r.start),
    end: Number(r.end),
    locations: JSON.parse(String(r.locations)),
    periods: JSON.parse(String(r.periods)),
    quotable: r.quotable ? (JSON.parse(String(r.quotable)) as [number, number][]) : undefined,
    ...(r.leans_on ? { leansOn: String(r.leans_on) } : {}),
  };
}
