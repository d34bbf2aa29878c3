import type { Logger } from 'pino';
import { acronymTable, acronymTerms } from '../language/acronyms.js';
import { byIsoDate, overlaps } from '../language/periods.js';
import { MemoryCorpus, SEARCH_IN_STORE_ABOVE, type Corpus, type Found } from './corpus.js';
import { acronymExpander, TITLE_WEIGHT } from './search-index.js';
import { StoreCorpus } from './store-corpus.js';
import { TermStats } from './term-stats.js';
import type { Concept } from './concepts.js';
import { readQuestion, type Question } from './question.js';
import { PHRASE_JOIN, phraseParts, type WordAlternatives } from './words/word-alternatives.js';
import { alternativesKey, loadAlternatives, passageTexts } from './words/alternatives-load.js';
import { DocumentPeriods } from './document-periods.js';
import { seriesAsked } from './series-match.js';
import type { Store } from '../store/store.js';
import { cachedTerms, terms } from '../language/tokens.js';
import { figureWords, type FigureWords } from '../figures/figure-words.js';
import { PassageFactsCache } from './passage-facts.js';
import { readWordBandsAhead } from '../language/word-rarity.js';
import type { Figure } from '../figures/figures.js';
import { buildSeries, type Series } from '../figures/indicator-series.js';
import type { IndicatorRow } from '../documents/indicators.js';
import { UNKNOWN_KIND } from '../documents/catalog.js';
import type { Acronym, Passage, Period, StoredDocument } from '../types.js';
import { ConceptWeights } from './ranking/concept-weight.js';
import { rerank, type RankingContext } from './ranking/rerank.js';
import type { Retrieval } from './ranking/ranked.js';

export { overlaps };
export { sameSpan } from './ranking/period-holds.js';
export { PERIOD_NEEDS_COVERAGE } from './ranking/rerank.js';
export type { Ranked, Retrieval } from './ranking/ranked.js';

/** BM25 parameters as minisearch uses them (its defaults). */
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
/** How much of what a passage's text earns for a word of its document's title is taken back (see `scoreTitle`). */
const TITLE_REPEAT_DISCOUNT = 0.3;
/** The least share of its text's score a passage keeps after that. */
const MIN_KEPT = 0.05;
/** Hits a search returns for reranking. */
const CANDIDATES = 60;
/** Corpus size (passages) past which common terms are checked on candidates, not searched. */
const PRUNE_ABOVE_PASSAGES = 5000;
/** Terms held by more than this share of passages are checked on candidates, not searched. */
const COMMON_SPREAD = 0.08;
/** Weight of a term meaning the same as the question's own word, against that word. */
const ALTERNATIVE_WEIGHT = 0.5;
/** Weight of a broader term ("business" for "firm"). */
const BROADER_WEIGHT = 0.3;
/** How much each word of a stand-in phrase counts in the search ("organised" and "crime" for "gangland"). */
const PHRASE_PART_WEIGHT = 0.1;

/**
 * The loaded knowledge: every passage, document and acronym, and the search index over them.
 * Built once from the store at start (or after an ingest) and then only read.
 */
export class KnowledgeBase {
  readonly documents: Map<string, StoredDocument>;
  readonly acronyms: Map<string, Acronym>;
  /** Indicator table series (indicator × geography). */
  readonly series: Series[];
  private longForms: Map<string, string[]> | undefined;
  /** The acronyms' other forms of a run of terms (built once, for titles and for figures' words). */
  private readonly expand: (terms: string[]) => string[];
  /** Each document's title and publisher as search terms. */
  private readonly titleTerms = new Map<string, Set<string>>();
  /** What period each document is of, or speaks of. */
  private readonly periods: DocumentPeriods;
  /** Rarity of title terms, counting the passages that carry each through their document's title. */
  private readonly titleStats: TermStats;
  /** What the reranking of candidates reads of this knowledge. */
  private readonly ranking: RankingContext;

  private constructor(
    /** The store generation this knowledge was read from. */
    readonly generation: number,
    documents: StoredDocument[],
    acronyms: Map<string, Acronym>,
    indicators: IndicatorRow[],
    private readonly corpus: Corpus,
    private readonly facts: PassageFactsCache,
    /** What question words may also be found as, in this corpus. */
    readonly alternatives: WordAlternatives,
  ) {
    this.documents = new Map(documents.map((d) => [d.id, d]));
    this.periods = new DocumentPeriods(this.documents, corpus);
    const titleDf = new Map<string, number>();
    // A publisher is found by the acronym of its name too: "what does the ONS say" finds what
    // the Office for National Statistics published. (Only that way round: the long form of
    // "HMPPS" would make every question about prisons match its title; and only the publisher:
    // a title's "Greater Manchester" read as GM would favour that title over every GM report.)
    const expand = (this.expand = acronymExpander(acronyms));
    for (const d of documents) {
      const publisher = terms(d.publisher);
      // A document no catalog describes is named by its file too ("rushcliffe-foi-fly-tipping.pdf"):
      // its text may never say who wrote it or what it is.
      const named = d.kind === UNKNOWN_KIND ? terms(fileWords(d.file)) : [];
      const title = new Set([...terms(d.title), ...publisher, ...terms(expand(publisher).filter((form) => acronyms.has(form)).join(' ')), ...named]);
      this.titleTerms.set(d.id, title);
      for (const t of title) titleDf.set(t, (titleDf.get(t) ?? 0) + d.passageCount);
    }
    this.titleStats = new TermStats(titleDf, corpus.stats.size);
    this.acronyms = acronyms;
    this.series = buildSeries(indicators, this.acronyms);
    const byDate = [...documents].sort((a, b) => byIsoDate(a.date, b.date));
    const recency = new Map(byDate.map((d, i) => [d.id, byDate.length > 1 ? i / (byDate.length - 1) : 1]));
    this.ranking = {
      facts,
      weights: new ConceptWeights(corpus.stats),
      recency,
      documentDate: (docId) => this.documents.get(docId)?.date,
      figureWords: (figure) => this.figureWords(figure),
    };
  }

  /**
   * Reads the knowledge from the store. A corpus of up to `searchInStoreAbove` passages is held
   * in memory with its minisearch index; a larger one stays in the store (sqlite3 or PostgreSQL
   * alike) and is searched there, so start-up and memory do not grow with it.
   */
  static async load(store: Store, log?: Logger, options: { searchInStoreAbove?: number } = {}): Promise<KnowledgeBase> {
    const above = options.searchInStoreAbove ?? SEARCH_IN_STORE_ABOVE;
    // Questions need the English word bands: read from disk while the knowledge loads.
    readWordBandsAhead();
    const facts = new PassageFactsCache();
    const outline = await store.knowledgeOutline();
    const count = outline.documents.reduce((sum, d) => sum + d.passageCount, 0);
    if (count > above) {
      const table = acronymTable(outline.acronyms);
      const corpus = await StoreCorpus.open(store, store.fullText, { generation: outline.generation, passages: count }, table, facts, log);
      // Passages are read only when the word table must be built (once per set of documents,
      // by the first process to load it): the names initialisms spell are found in their text.
      const key = alternativesKey(outline.documents);
      const texts = async () => passageTexts(await store.passages());
      const alternatives = await loadAlternatives(store, key, store.savedAlternatives(key), corpus, texts, log);
      return new KnowledgeBase(outline.generation, outline.documents, table, outline.indicators, corpus, facts, alternatives);
    }
    const { generation, documents, passages, acronyms, figures, indicators } = await store.knowledgeSnapshot();
    const table = acronymTable(acronyms);
    // The saved word table is read while the search index loads (a megabyte the database
    // thread can fetch while this one parses); an unreadable one is built again.
    const key = alternativesKey(documents);
    const saved = store.savedAlternatives(key).catch(() => undefined);
    const corpus = await MemoryCorpus.open(store, documents, passages, figures, table, log);
    const alternatives = await loadAlternatives(store, key, saved, corpus, async () => passageTexts(passages), log);
    return new KnowledgeBase(generation, documents, table, indicators, corpus, facts, alternatives);
  }

  /** How many passages the knowledge holds. */
  get passageCount(): number {
    return this.corpus.stats.size;
  }

  /** Passages by id, in the order asked (ids not held are left out). */
  passagesById(ids: string[]): Promise<Passage[]> {
    return this.corpus.passagesById(ids);
  }

  /** Figures the documents state, of one kind or one document when asked, in document order. */
  figures(filter: { kind?: Figure['kind']; docId?: string } = {}): Promise<Figure[]> {
    return this.corpus.figures(filter);
  }

  /** Reads a question against this knowledge's vocabulary (see {@link readQuestion}). */
  question(text: string): Question {
    return readQuestion(text, { stats: this.corpus.stats, alternatives: this.alternatives });
  }

  /** Ranks passages for a question: full-text hits reranked by coverage, phrasing, period and recency. */
  async retrieve(asked: string | Question): Promise<Retrieval> {
    const question = typeof asked === 'string' ? this.question(asked) : asked;
    const ideas = question.concepts;
    const weights = new Map<string, number>();
    const standIn = (t: string, weight: number) => {
      // The words of a stand-in phrase are searched for where they stand together, but alone
      // ("data" of "data processing" for "computer") they add almost nothing.
      if (t.includes(PHRASE_JOIN)) for (const p of phraseParts(t)) if (!weights.has(p)) weights.set(p, PHRASE_PART_WEIGHT);
      if (!t.includes(PHRASE_JOIN) && (weights.get(t) ?? 0) < weight) weights.set(t, weight);
    };
    for (const c of ideas) {
      for (const t of c.own) weights.set(t, 1);
      for (const t of c.alternatives) standIn(t, ALTERNATIVE_WEIGHT);
      for (const t of c.broader) standIn(t, BROADER_WEIGHT);
    }
    // In a large corpus, terms in a large share of passages ("Greater Manchester", "services")
    // add little to the ranking but most of the search cost: they are left out of the index
    // search and checked on the candidates instead. A small corpus searches every term (exact
    // BM25 over all fields); so does a question made only of common terms.
    const allTerms = [...weights.keys()];
    const stats = this.corpus.stats;
    const prune = stats.size > PRUNE_ABOVE_PASSAGES;
    const rare = allTerms.filter((t) => !prune || stats.spread(t) <= COMMON_SPREAD);
    const common = allTerms.filter((t) => stats.spread(t) > COMMON_SPREAD);
    const hits = await this.corpus.search(rare.length > 0 ? rare : allTerms, weights, CANDIDATES);
    // (A period the title names is no restatement: a passage stating it gives a number for it.)
    const periodTerms = new Set(question.concepts.filter((c) => c.period).flatMap((c) => c.own));
    for (const hit of hits) this.scoreTitle(hit, allTerms, weights, periodTerms);
    if (prune && rare.length > 0 && common.length > 0) {
      for (const hit of hits) {
        const passage = hit.passage;
        const { terms: text, positions } = this.facts.of(passage);
        const section = cachedTerms(passage.section.join(' '));
        // Each common term found adds what BM25 would give one occurrence of it.
        const norm = 1 + BM25_K * (1 - BM25_B + BM25_B * this.corpus.relativeLength(passage));
        for (const t of common) {
          if (hit.matched.has(t) || (!positions.has(t) && !section.includes(t) && !this.spellsOut(t, text))) continue;
          hit.matched.add(t);
          hit.score += (stats.idf(t) * (BM25_K + 1) * (weights.get(t) ?? 1)) / norm;
        }
      }
    }
    return rerank(question, hits, allTerms, this.ranking);
  }

  /**
   * Whether a document is of a period a question names it by ("its 2023 inspection"): see
   * {@link DocumentPeriods.isOf}.
   */
  documentIsOf(docId: string, period: Period): boolean | undefined {
    return this.periods.isOf(docId, period);
  }

  /** As {@link documentIsOf}, and for an undated document by the periods it speaks of: see {@link DocumentPeriods.speaksOf}. */
  documentSpeaksOf(docId: string, period: Period, read: Passage[] = []): Promise<boolean | undefined> {
    return this.periods.speaksOf(docId, period, read);
  }

  /** A figure's words, with the other forms of the acronyms its sentence uses. */
  figureWords(figure: Figure): FigureWords {
    return figureWords(figure, this.expand);
  }

  /**
   * The search terms of a text, with those of the long forms of the acronyms it uses ("the CPS"
   * also says crown, prosecution, service), as a question's words are matched against it.
   */
  termsWithAcronyms(text: string): Set<string> {
    const own = cachedTerms(text);
    const out = new Set(own);
    for (const long of this.expand(own)) for (const t of cachedTerms(long)) out.add(t);
    return out;
  }

  /** Whether any passage, document title or acronym uses this search term. */
  coversTerm(term: string): boolean {
    if (this.corpus.stats.has(term)) return true;
    for (const title of this.titleTerms.values()) if (title.has(term)) return true;
    return false;
  }

  /** Whether the documents use this word (its search term is in the index). */
  knowsWord(word: string): boolean {
    const t = terms(word)[0];
    return t !== undefined && this.corpus.stats.has(t);
  }

  /** The indicator series a question asks about, if one fits it closely: see {@link seriesAsked}. */
  matchSeries(found: Retrieval): Series | undefined {
    return seriesAsked(this.series, found.concepts, (c) => this.ranking.weights.of(c));
  }

  /**
   * How much a concept counts: the rarity of the question's own word where the documents use
   * it, else of the rarest word standing in for it. An idea no document words at all counts as
   * much as its words are specific: a rare word or number no passage holds names a topic the
   * documents lack, while everyday talk ("kicked", "stack up") is only how the question is put.
   */
  conceptWeightOf(c: Concept): number {
    return this.ranking.weights.of(c);
  }

  /**
   * Adds what the document's title gives a candidate, as the index would have had the title been
   * one of its fields: BM25 of one occurrence at the title's own rarity, weighted, and the score
   * scaled again by the number of query terms matched (minisearch's OR scoring does so).
   */
  private scoreTitle(hit: Found, queryTerms: string[], weights: Map<string, number>, periodTerms: ReadonlySet<string>): void {
    const title = this.titleTerms.get(hit.passage.docId);
    if (!title) return;
    const text = hit.score / Math.max(1, hit.matched.size);
    // A word of the title that a passage repeats tells little of which of its document's passages
    // answers: every one of them is about what the title names. The lead paragraph that restates
    // the title ("The Authority has published its passenger figures …") is no better an answer for
    // it, so part of what its text earns for such words is taken back.
    let repeated = 0;
    let fromTitle = 0;
    let added = false;
    for (const t of queryTerms) {
      if (!title.has(t)) continue;
      const weight = weights.get(t) ?? 1;
      const tf = periodTerms.has(t) ? 0 : (this.facts.of(hit.passage).positions.get(t)?.length ?? 0);
      if (tf > 0) {
        const lengthNorm = 1 + BM25_K * (1 - BM25_B + BM25_B * this.corpus.relativeLength(hit.passage));
        repeated += (TITLE_REPEAT_DISCOUNT * weight * this.corpus.stats.idf(t) * (BM25_K + 1) * tf) / (tf + BM25_K * lengthNorm);
      }
      fromTitle += TITLE_WEIGHT * weight * this.titleStats.idf(t) * (BM25_D + (BM25_K + 1) / (1 + BM25_K));
      hit.matched.add(t);
      added = true;
    }
    if (added) hit.score = (Math.max(text - repeated, MIN_KEPT * text) + fromTitle) * hit.matched.size;
  }

  /** Whether `seq` spells out the acronym whose term is `term` ("gm" in "… greater manchester …"). */
  private spellsOut(term: string, seq: string[]): boolean {
    this.longForms ??= new Map(acronymTerms(this.acronyms).map((a) => [a.short, a.long]));
    const run = this.longForms.get(term);
    if (!run || run.length === 0) return false;
    return seq.some((t, i) => t === run[0] && run.every((r, k) => seq[i + k] === r));
  }
}

/**
 * The words of a file's name: its parts split at hyphens, underscores and dots, keeping those of
 * three letters or more ("06_rushcliffe-foi-2021.txt" → "rushcliffe foi"); a part mixing letters
 * and digits is a hash or a code, not a word.
 */
export function fileWords(file: string): string {
  return file
    .replace(/\.[^.]+$/, '')
    .split(/[-_.\s]+/)
    .filter((part) => /^\p{L}{3,}$/u.test(part))
    .join(' ');
}
