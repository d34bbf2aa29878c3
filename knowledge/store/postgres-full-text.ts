import { buildFullText, savedFrequencies } from './full-text-build.js';
import type { FullTextLengths, FullTextMatch, FullTextTable, SearchTerms, TermFrequencies } from './shapes.js';
import { insertMany, type SqlDriver, type SqlRunner } from './sql.js';

interface StateRow {
  generation: number;
  terms_version: string;
  passages: number;
  text_length: number;
  section_length: number;
  expansions_length: number;
}

/**
 * The passages' search terms in PostgreSQL, for a corpus too large for each replica to hold in
 * memory: a `tsvector` of the bot's own terms (already stemmed, stop words dropped) under a GIN
 * index picks candidates, which the knowledge base then scores as the in-memory index would.
 *
 * Rows are kept per generation, written in the transaction that publishes it, beside those of the
 * newest one already built: a replica still answering from that one keeps reading its own rows
 * until it loads the new one. Older builds are deleted then.
 */
export class PostgresFullText implements FullTextTable {
  constructor(private readonly db: SqlDriver) {}

  async builtFor(generation: number): Promise<FullTextLengths | undefined> {
    const [row] = await this.db.all<StateRow>(`SELECT ${STATE_COLUMNS} FROM passage_search_state WHERE generation = ?`, [generation]);
    return row && lengthsOf(row);
  }

  async rebuild(generation: number, terms: SearchTerms): Promise<FullTextLengths> {
    return this.db.transaction(async (tx) => {
      // Another replica may have built it while this one waited for the publishing lock.
      const [done] = await tx.all<StateRow>(`SELECT ${STATE_COLUMNS} FROM passage_search_state WHERE generation = ?`, [generation]);
      if (done && done.terms_version === terms.version) return lengthsOf(done);
      return this.buildIn(tx, generation, terms);
    });
  }

  async buildIn(tx: SqlRunner, generation: number, terms: SearchTerms): Promise<FullTextLengths> {
    // Kept: the newest other build, which replicas still on the previous generation read.
    const keep = `(SELECT max(generation) FROM passage_search_state WHERE generation <> ${Number(generation)})`;
    await tx.run(`DELETE FROM passage_search WHERE generation = ? OR generation IS DISTINCT FROM ${keep}`, [generation]);
    await tx.run(`DELETE FROM passage_search_state WHERE generation = ? OR generation IS DISTINCT FROM ${keep}`, [generation]);
    const passages = await tx.all<{ id: string; text: string; section: string }>('SELECT id, text, section FROM passages');
    const { rows, lengths, frequencies } = buildFullText(passages, (p) => terms.fieldsOf(p));
    // The tsvector is a generated column, made from these three in the database.
    await insertMany(tx, 'passage_search', ['generation', 'id', 'text', 'section', 'expansions'], rows.map((r) => [generation, ...r]));
    const built: StateRow = {
      generation,
      terms_version: terms.version,
      passages: rows.length,
      text_length: lengths.text,
      section_length: lengths.section,
      expansions_length: lengths.expansions,
    };
    await tx.run(
      'INSERT INTO passage_search_state (generation, terms_version, passages, text_length, section_length, expansions_length, frequencies) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [generation, built.terms_version, built.passages, built.text_length, built.section_length, built.expansions_length, JSON.stringify(frequencies)],
    );
    return lengthsOf(built);
  }

  async frequencies(built: FullTextLengths): Promise<TermFrequencies> {
    const [row] = await this.db.all<{ frequencies: string }>('SELECT frequencies FROM passage_search_state WHERE generation = ?', [built.generation]);
    return savedFrequencies(row?.frequencies);
  }

  async match(built: FullTextLengths, terms: string[], limit: number, weightOf: (term: string) => number, selective: string[] = terms): Promise<FullTextMatch[]> {
    if (terms.length === 0) return [];
    // PostgreSQL's own rankings weigh how often a term occurs, not how rare it is, which is
    // what picks the passages BM25 will put first: candidates are ranked by the summed rarity
    // of the question's terms each holds, and scored in full by the knowledge base. Only the
    // passages holding a selective term are ranked: at 50×, ranking every passage that held
    // "year" or "crime" as well put the 99th percentile at 80 ms; this way it is 33.
    const lexemes = terms.map(lexeme);
    const selecting = (selective.length > 0 ? selective : terms).map(lexeme);
    return this.db.all<FullTextMatch>(
      `SELECT id, text, section, expansions FROM passage_search
       WHERE generation = ? AND terms @@ ?::tsquery
       ORDER BY (SELECT sum(w) FROM unnest(?::text[], ?::float8[]) AS q(t, w) WHERE terms @@ t::tsquery) DESC, id
       LIMIT ?`,
      [built.generation, selecting.join(' | '), lexemes, terms.map(weightOf), limit],
    );
  }
}

const STATE_COLUMNS = 'generation, terms_version, passages, text_length, section_length, expansions_length';

/** A term as one quoted tsquery lexeme, whatever it holds ("12.5", "re-offend", "o'brien"). */
function lexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function lengthsOf(row: StateRow): FullTextLengths {
  return { generation: row.generation, version: row.terms_version, table: String(row.generation), passages: row.passages, text: row.text_length, section: row.section_length, expansions: row.expansions_length };
}
