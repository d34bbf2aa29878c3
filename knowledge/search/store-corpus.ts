import type { Logger } from 'pino';
import { figuresByPassage, type Corpus, type Found } from './corpus.js';
import type { Figure } from '../figures/figures.js';
import type { PassageFactsCache } from './passage-facts.js';
import { acronymExpander, BOOST, INDEX_VERSION, passageFields } from './search-index.js';
import type { FullTextFields, FullTextLengths, FullTextMatch, FullTextPlan, FullTextTable, SearchTerms, Store } from '../store/store.js';
import { acronymTable } from '../language/acronyms.js';
import { TermStats } from './term-stats.js';
import type { Acronym, Passage } from '../types.js';

/**
 * Candidates the store's full-text table returns for a question, before they are scored here:
 * its BM25 cannot weigh stand-in terms lower, so it is asked for more than are kept.
 */
const CANDIDATES = 200;
/**
 * Passages the terms that select candidates should reach between them (counted per term): the
 * question's most telling terms select, and its common ones ("year", "crime") only weigh in the
 * ranking, so the store does not rank most of a large corpus to keep 200 of it.
 */
const SELECTING_REACH = CANDIDATES * 10;
/** BM25 as minisearch computes it (its defaults), so both corpora rank alike. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Passages' search terms as both indexes make them, with these acronyms' other forms. */
export function searchTerms(acronyms: Map<string, Acronym>): SearchTerms {
  const expand = acronymExpander(acronyms);
  return { version: String(INDEX_VERSION), fieldsOf: (p) => passageFields(p, expand) };
}

/**
 * What an ingest hands the store so that a corpus of more than `above` passages is published
 * with its full-text table built (the same rule the knowledge base loads by).
 */
export function fullTextPlan(above: number): FullTextPlan {
  return { above, termsFor: (acronyms) => searchTerms(acronymTable(acronyms)) };
}

/**
 * A corpus too large to hold in memory, left in the store: its full-text table finds candidates,
 * which are fetched and scored here as the in-memory index would score them. Start-up reads no
 * passage, and memory holds only the passages of the questions being answered.
 */
export class StoreCorpus implements Corpus {
  private constructor(
    private readonly store: Store,
    private readonly table: FullTextTable,
    readonly stats: TermStats,
    /** Term rarity within each field, as minisearch weighs it. */
    private readonly fieldStats: Record<keyof FullTextFields, TermStats>,
    private readonly lengths: FullTextLengths,
    private readonly facts: PassageFactsCache,
  ) {}

  /**
   * Opens the corpus kept in `table`, building the table first when it was built for another
   * generation (or never): the first process to load a new generation builds it for all.
   */
  static async open(
    store: Store,
    table: FullTextTable,
    want: { generation: number; passages: number },
    acronyms: Map<string, Acronym>,
    facts: PassageFactsCache,
    log?: Logger,
  ): Promise<StoreCorpus> {
    let built = await table.builtFor(want.generation);
    const terms = searchTerms(acronyms);
    // Published generations come with their table; one published without (by a version that
    // did not build it, or whose terms were made another way) is built by the first to load it.
    if (!built || built.generation !== want.generation || built.passages !== want.passages || built.version !== terms.version) {
      log?.info({ passages: want.passages }, 'building the full-text table for a corpus searched in the store');
      built = await table.rebuild(want.generation, terms);
    }
    const byField = await table.frequencies(built);
    const fieldStats = {
      text: new TermStats(byField.text, built.passages),
      section: new TermStats(byField.section, built.passages),
      expansions: new TermStats(byField.expansions, built.passages),
    };
    return new StoreCorpus(store, table, new TermStats(byField.any, built.passages), fieldStats, built, facts);
  }

  async search(terms: string[], weights: Map<string, number>, limit: number): Promise<Found[]> {
    // Scored on the terms the table returns; only the passages kept are read.
    const weightOf = (t: string) => (weights.get(t) ?? 1) * this.stats.idf(t);
    const scored = (await this.table.match(this.lengths, terms, CANDIDATES, weightOf, this.selecting(terms, weightOf)))
      .map((m) => {
        const { score, matched } = this.score(m, terms, weights);
        return { id: m.id, text: m.text, score, matched };
      })
      .filter((m) => m.matched.size > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    const ids = scored.map((m) => m.id);
    const [passages, figures, before] = await Promise.all([this.store.passagesById(ids), this.store.figuresOf(ids), this.store.passagesBefore(ids)]);
    const byId = new Map(passages.map((p) => [p.id, p]));
    const figuresOf = figuresByPassage(figures);
    return scored.flatMap((m) => {
      const passage = byId.get(m.id);
      if (!passage) return [];
      // The table's terms are the passage's facts: kept, the text need not be tokenized again.
      this.facts.of(passage, () => (m.text ? m.text.split(' ') : []));
      return [{ id: m.id, score: m.score, matched: m.matched, nearby: undefined, passage, figures: figuresOf.get(m.id) ?? [], before: before.get(m.id) }];
    });
  }

  /**
   * The question's terms that select candidates: the weightiest first, until they reach
   * `SELECTING_REACH` passages. A passage holding none of them holds only terms weighing less,
   * and ranks below the candidates in all but rare ties of many common terms against one rare.
   */
  private selecting(terms: string[], weightOf: (term: string) => number): string[] {
    const picked: string[] = [];
    let reach = 0;
    for (const term of [...terms].sort((a, b) => weightOf(b) - weightOf(a))) {
      if (reach >= SELECTING_REACH) break;
      picked.push(term);
      reach += this.stats.count(term);
    }
    return picked;
  }

  relativeLength(passage: Passage): number {
    // In terms, which the table counted; the passage's facts were kept when it was found.
    return this.facts.of(passage).terms.length / Math.max(1, this.lengths.text);
  }

  passagesById(ids: string[]): Promise<Passage[]> {
    return this.store.passagesById(ids).then((found) => {
      const byId = new Map(found.map((p) => [p.id, p]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    });
  }

  figures(filter: { kind?: Figure['kind']; docId?: string }): Promise<Figure[]> {
    return this.store.figuresWhere(filter);
  }

  /**
   * BM25 over the passage's fields, scaled by the number of query terms matched (as minisearch
   * does). Terms are counted in the fields as the table returned them, joined by spaces; a
   * field is split only when one of the terms is in it.
   */
  private score(row: FullTextMatch, terms: string[], weights: Map<string, number>): { score: number; matched: Set<string> } {
    const matched = new Set<string>();
    let raw = 0;
    for (const field of FIELDS) {
      const joined = row[field];
      if (!joined) continue;
      let length = -1;
      for (const t of terms) {
        const tf = occurrences(joined, t);
        if (tf === 0) continue;
        if (length < 0) length = distinctTerms(joined);
        const norm = 1 - B + (B * length) / Math.max(1, this.lengths[field]);
        raw += (weights.get(t) ?? 1) * BOOST[field] * this.fieldStats[field].idf(t) * (D + (tf * (K + 1)) / (tf + K * norm));
        matched.add(t);
      }
    }
    return { score: raw * matched.size, matched };
  }
}

const FIELDS = ['text', 'section', 'expansions'] as const;

/** How many times `term` stands as a whole term in `joined` (terms joined by single spaces). */
function occurrences(joined: string, term: string): number {
  let n = 0;
  for (let at = joined.indexOf(term); at >= 0; at = joined.indexOf(term, at + 1)) {
    const end = at + term.length;
    if ((at === 0 || joined.charCodeAt(at - 1) === 32) && (end === joined.length || joined.charCodeAt(end) === 32)) n++;
  }
  return n;
}

/**
 * The number of distinct terms in `joined` (terms joined by single spaces): a field's length as
 * minisearch measures it for BM25, so both corpora rank alike.
 */
function distinctTerms(joined: string): number {
  return new Set(joined.split(' ')).size;
}
