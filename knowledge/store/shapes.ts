/**
 * The shapes the store hands out and its full-text seam, apart from the Store itself so that the
 * table classes under store/ can name them without importing the module that composes them.
 */
import type { SqlRunner } from './sql.js';
import type { Acronym, Figure, IndicatorRow, Passage, StoredDocument } from '../types.js';

/** One generation's knowledge, read at one moment. */
export interface KnowledgeSnapshot extends KnowledgeOutline {
  passages: Passage[];
  figures: Figure[];
}

/** What knowledge is served from while a large corpus stays in the store. */
export interface KnowledgeOutline {
  generation: number;
  documents: StoredDocument[];
  acronyms: Acronym[];
  indicators: IndicatorRow[];
}

/** One passage's search terms by field, as the full-text table holds them. */
export interface FullTextFields {
  text: string[];
  section: string[];
  expansions: string[];
}

/**
 * How passages become search terms, and which version of that rule made them: a table built by
 * another version (the tokenizer or stemmer changed in an upgrade) is built again.
 */
export interface SearchTerms {
  version: string;
  fieldsOf(passage: { text: string; section: string[] }): FullTextFields;
}

/**
 * What a publish needs to build the full-text table with the generation it writes: above how
 * many passages the corpus is searched in the store, and the search terms for its acronyms.
 */
export interface FullTextPlan {
  above: number;
  termsFor(acronyms: Acronym[]): SearchTerms;
}

/** A passage the full-text table matched: its id, and each field's terms joined by single spaces. */
export type FullTextMatch = { id: string } & Record<keyof FullTextFields, string>;

/**
 * How many passages hold each term: in any field (a question word's rarity), and field by field
 * (BM25 weighs a term's rarity in each field it scores).
 */
export type TermFrequencies = Record<'any' | keyof FullTextFields, Map<string, number>>;

/** What a built full-text table covers: its generation, passages and mean field lengths in terms. */
export interface FullTextLengths {
  generation: number;
  /** The {@link SearchTerms} version the build was made with. */
  version: string;
  /** Which of the database's tables holds this build (it serves until a newer one replaces it). */
  table: string;
  passages: number;
  text: number;
  section: number;
  expansions: number;
}

/**
 * A full-text table of passages' search terms inside the database, for a corpus too large to
 * search in memory: it finds candidates, which the knowledge base then ranks itself.
 */
export interface FullTextTable {
  /**
   * What the table holds for `generation`, or (a table keeping one build) what it was last built
   * for; undefined when never built.
   */
  builtFor(generation: number): Promise<FullTextLengths | undefined>;
  /**
   * Rebuilds the table from the passages now stored, in a transaction of its own, unless another
   * process already built it for `generation` with the same terms.
   */
  rebuild(generation: number, terms: SearchTerms): Promise<FullTextLengths>;
  /**
   * Builds the table for `generation` inside the caller's transaction (the one publishing it),
   * from the passages that transaction sees.
   */
  buildIn(tx: SqlRunner, generation: number, terms: SearchTerms): Promise<FullTextLengths>;
  /** How many passages hold each term, in any field and field by field, in the build `built` names. */
  frequencies(built: FullTextLengths): Promise<TermFrequencies>;
  /**
   * The passages best matching any of the terms in the build `built` names, at most `limit`, each
   * with its terms as the table holds them. A table with its own BM25 ranks by it; one without
   * ranks by the summed `weightOf` the terms a passage holds (a term's rarity times its weight),
   * over the passages holding one of `selective` (the terms worth selecting by; all by default).
   */
  match(built: FullTextLengths, terms: string[], limit: number, weightOf: (term: string) => number, selective?: string[]): Promise<FullTextMatch[]>;
}
