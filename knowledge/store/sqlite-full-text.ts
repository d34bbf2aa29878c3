import type { FullTextFields, FullTextLengths, FullTextTable, TermFrequencies } from '../store.js';
import { insertMany, type SqlDriver } from './sql.js';

/** Term frequencies as kept in the state row: term and passage count pairs, any field and each. */
type SavedFrequencies = Record<keyof TermFrequencies, [string, number][]>;

/** Relative weight of each column in FTS5's bm25, as the in-memory index weighs its fields. */
const BM25_WEIGHTS = '0, 1.0, 0.5, 0.6';

/**
 * The passages' search terms in an FTS5 table of the sqlite3 file: the candidate generator for a
 * corpus too large to hold in memory. Terms are written already tokenized (stemmed, stop words
 * dropped, one FTS token each), so FTS5 matches exactly what the in-memory index would.
 */
export class SqliteFullText implements FullTextTable {
  constructor(private readonly db: SqlDriver) {}

  async builtFor(): Promise<FullTextLengths | undefined> {
    const [row] = await this.db.all<{ generation: number; passages: number; text_length: number; section_length: number; expansions_length: number }>(
      'SELECT * FROM passage_search_state WHERE id = 1',
    );
    return row && { generation: row.generation, passages: row.passages, text: row.text_length, section: row.section_length, expansions: row.expansions_length };
  }

  async rebuild(generation: number, fieldsOf: (passage: { text: string; section: string[] }) => FullTextFields): Promise<FullTextLengths> {
    return this.db.transaction(async (tx) => {
      // Another process may have built it while this one waited for the write lock.
      const [done] = await tx.all<{ generation: number }>('SELECT generation FROM passage_search_state WHERE id = 1');
      if (done?.generation === generation) return (await this.builtFor())!;
      await tx.run('DELETE FROM passage_search');
      const rows = await tx.all<{ id: string; text: string; section: string }>('SELECT id, text, section FROM passages');
      const sums = { text: 0, section: 0, expansions: 0 };
      const fields = rows.map((r) => {
        const f = fieldsOf({ text: r.text, section: JSON.parse(r.section) as string[] });
        sums.text += f.text.length;
        sums.section += f.section.length;
        sums.expansions += f.expansions.length;
        return [r.id, f.text.join(' '), f.section.join(' '), f.expansions.join(' ')];
      });
      await insertMany(tx, 'passage_search', ['id', 'text', 'section', 'expansions'], fields);
      // Document frequencies are counted once here and kept: FTS5's vocabulary tables count them
      // by reading the whole index, too slow to do at every start.
      const frequencies: SavedFrequencies = { any: [], text: [], section: [], expansions: [] };
      for (const r of await tx.all<{ term: string; doc: number }>('SELECT term, doc FROM passage_search_terms')) frequencies.any.push([r.term, r.doc]);
      for (const r of await tx.all<{ term: string; col: string; doc: number }>("SELECT term, col, doc FROM passage_search_field_terms WHERE col <> 'id'")) {
        frequencies[r.col as keyof FullTextFields]?.push([r.term, r.doc]);
      }
      const n = Math.max(1, rows.length);
      const lengths = { generation, passages: rows.length, text: sums.text / n, section: sums.section / n, expansions: sums.expansions / n };
      await tx.run(
        `INSERT INTO passage_search_state (id, generation, passages, text_length, section_length, expansions_length, frequencies) VALUES (1, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET generation = excluded.generation, passages = excluded.passages, text_length = excluded.text_length,
           section_length = excluded.section_length, expansions_length = excluded.expansions_length, frequencies = excluded.frequencies`,
        [generation, lengths.passages, lengths.text, lengths.section, lengths.expansions, JSON.stringify(frequencies)],
      );
      return lengths;
    });
  }

  async frequencies(): Promise<TermFrequencies> {
    const [row] = await this.db.all<{ frequencies: string }>('SELECT frequencies FROM passage_search_state WHERE id = 1');
    const saved: SavedFrequencies = row ? (JSON.parse(row.frequencies) as SavedFrequencies) : { any: [], text: [], section: [], expansions: [] };
    return { any: new Map(saved.any), text: new Map(saved.text), section: new Map(saved.section), expansions: new Map(saved.expansions) };
  }

  async match(terms: string[], limit: number): Promise<{ id: string; fields: FullTextFields }[]> {
    if (terms.length === 0) return [];
    // Each term quoted: FTS5 reads it as one token whatever it holds ("12.5", "re-offend").
    const query = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
    const rows = await this.db.all<{ id: string; text: string; section: string; expansions: string }>(
      `SELECT id, text, section, expansions FROM passage_search WHERE passage_search MATCH ? ORDER BY bm25(passage_search, ${BM25_WEIGHTS}) LIMIT ?`,
      [query, limit],
    );
    const split = (s: string) => (s ? s.split(' ') : []);
    return rows.map((r) => ({ id: r.id, fields: { text: split(r.text), section: split(r.section), expansions: split(r.expansions) } }));
  }
}
