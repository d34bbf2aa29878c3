import type { Logger } from 'pino';
import { acronymTable, acronymTerms } from '../language/acronyms.js';
import { byIsoDate, overlaps, within } from '../language/periods.js';

export { overlaps };
import { MemoryCorpus, SEARCH_IN_STORE_ABOVE, type Corpus, type Found } from './corpus.js';
import { acronymExpander, TITLE_WEIGHT, type IndexHit } from './search-index.js';
import { StoreCorpus } from './store-corpus.js';
import { TermStats } from './term-stats.js';
import { anyIn, conceptIn, type Concept } from './concepts.js';
import { readQuestion, type Question } from './question.js';
import { PHRASE_JOIN, phraseParts, type WordAlternatives } from './words/word-alternatives.js';
import { alternativesKey, loadAlternatives, passageTexts } from './words/alternatives-load.js';
import { DocumentPeriods } from './document-periods.js';
import { seriesAsked } from './series-match.js';
import type { Store } from '../store/store.js';
import { cachedTerms, terms } from '../language/tokens.js';
import { figureWords, type FigureWords } from '../figures/figure-words.js';
import { PassageFactsCache } from './passage-facts.js';
import { readWordBandsAhead, specificity } from '../language/word-rarity.js';
import type { Figure, FigureUnit } from '../figures/figures.js';
import { buildSeries, type Series } from '../figures/indicator-series.js';
import { isSpelledCount } from '../figures/mentions.js';
import type { IndicatorRow } from '../documents/indicators.js';
import type { Acronym, Passage, Period, StoredDocument } from '../types.js';

/** A passage with the score that ranks it for one question. */
export interface Ranked {
  passage: Passage;
  /** The figures the passage states. */
  figures: Figure[];
  score: number;
  /** Share of the question's weight (by term rarity) that the passage matches, 0–1. */
  coverage: number;
  /** Whether the passage speaks of the period the question asked for. */
  holdsPeriod: boolean;
  /** How many of the question's topical ideas the passage itself words (not by a neighbour). */
  ideasMet: number;
  /** The question's terms the passage, its section or its document's title and publisher hold. */
  matched: ReadonlySet<string>;
  /** The question's terms the passage lacks but the one before it holds ("Chief Constable X said:" before his words). */
  nearby?: ReadonlySet<string>;
}

/** What retrieval found for one question. */
export interface Retrieval {
  /** The question as read. */
  question: Question;
  ranked: Ranked[];
  /** The question's ideas, as searched. */
  concepts: Concept[];
  /** Periods written in the question. */
  askedPeriods: Period[];
  /** How sure the best passage answers the question, 0–1 (its coverage of the question). */
  confidence: number;
  /** True when a period was asked and the best passages hold it. */
  periodHeld: boolean;
  /** For each question term, the documents whose candidate passages (or titles) hold it. */
  termDocs: Map<string, Set<string>>;
}


/** BM25 parameters as minisearch uses them (its defaults). */
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
/** Hits a search returns for reranking. */
const CANDIDATES = 60;
/** Corpus size (passages) past which common terms are checked on candidates, not searched. */
const PRUNE_ABOVE_PASSAGES = 5000;
/** Terms held by more than this share of passages are checked on candidates, not searched. */
const COMMON_SPREAD = 0.08;
/** Asked periods a document's own date can answer for the passages that state none. */
const DATED_KINDS = new Set<Period['kind']>(['calendar-year', 'month', 'date']);
/** Passages at least this many words long get no length penalty. */
const FULL_PASSAGE_WORDS = 12;
/** Weight of a term meaning the same as the question's own word, against that word. */
const ALTERNATIVE_WEIGHT = 0.5;
/** Weight of a broader term ("business" for "firm"). */
const BROADER_WEIGHT = 0.3;
/** How much each word of a stand-in phrase counts in the search ("organised" and "crime" for "gangland"). */
const PHRASE_PART_WEIGHT = 0.1;
/** How much a word framing a comparison ("compared with", "a year earlier") counts towards coverage. */
const FRAME_WEIGHT = 0.3;
/** Share of the best coverage among the candidates a passage needs for its period to count. */
export const PERIOD_NEEDS_COVERAGE = 0.8;
/** What a question word's weight keeps when it is everyday English (its specificity 0); a rare word keeps all. */
const EVERYDAY_FLOOR = 0.8;
/** How much the newest document is preferred over the oldest when both answer. */
const RECENCY_WEIGHT = 0.25;

/**
 * The loaded knowledge: every passage, document and acronym, and the search index over them.
 * Built once from the store at start (or after an ingest) and then only read.
 */
export class KnowledgeBase {
  readonly documents: Map<string, StoredDocument>;
  readonly acronyms: Map<string, Acronym>;
  /** Indicator table series (indicator × geography). */
  readonly series: Series[];
  private readonly recency: Map<string, number>;
  private longForms: Map<string, string[]> | undefined;
  /** The acronyms' other forms of a run of terms (built once, for titles and for figures' words). */
  private readonly expand: (terms: string[]) => string[];
  /** Each document's title and publisher as search terms. */
  private readonly titleTerms = new Map<string, Set<string>>();
  /** What period each document is of, or speaks of. */
  private readonly periods: DocumentPeriods;
  /** Rarity of title terms, counting the passages that carry each through their document's title. */
  private readonly titleStats: TermStats;

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
      const title = new Set([...terms(d.title), ...publisher, ...terms(expand(publisher).filter((form) => acronyms.has(form)).join(' '))]);
      this.titleTerms.set(d.id, title);
      for (const t of title) titleDf.set(t, (titleDf.get(t) ?? 0) + d.passageCount);
    }
    this.titleStats = new TermStats(titleDf, corpus.stats.size);
    this.acronyms = acronyms;
    this.series = buildSeries(indicators, this.acronyms);
    const byDate = [...documents].sort((a, b) => byIsoDate(a.date, b.date));
    this.recency = new Map(byDate.map((d, i) => [d.id, byDate.length > 1 ? i / (byDate.length - 1) : 1]));
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
    const askedPeriods = question.periods;
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
    for (const hit of hits) this.scoreTitle(hit, allTerms, weights);
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
    const termDocs = new Map<string, Set<string>>();
    for (const hit of hits) {
      for (const t of hit.matched) {
        const docs = termDocs.get(t);
        if (docs) docs.add(hit.passage.docId);
        else termDocs.set(t, new Set([hit.passage.docId]));
      }
    }
    // A question word missing from a passage but found in the one before it counts for a little:
    // "It was delivered by…" leans on the sentence before.
    for (const hit of hits) {
      const prev = hit.before;
      if (!prev) continue;
      const there = this.facts.of(prev).positions;
      for (let i = 0; i < allTerms.length; i++) {
        const w = allTerms[i]!;
        if (there.has(w) && !hit.matched.has(w)) (hit.nearby ??= new Set()).add(w);
      }
    }
    // Coverage is of the topic: a passage that only shares the question's period is no answer.
    const topical = ideas.some((c) => !c.period) ? ideas.filter((c) => !c.period) : ideas;
    // How much of the topic a passage covers: rarity in the documents overstates an everyday
    // word ("fixing", "day"), which says less about what is asked than a word rare in English
    // too ("101", "apiary"), so it counts a little less here.
    // Words framing a comparison find passages that compare, but a passage that only compares
    // something else covers little of the question.
    const conceptWeights = topical.map((c) => this.conceptWeight(c) * (c.frame ? FRAME_WEIGHT : EVERYDAY_FLOOR + (1 - EVERYDAY_FLOOR) * Math.max(...c.words.map(specificity))));
    const totalWeight = conceptWeights.reduce((a, b) => a + b, 0);
    const ownTerms = ideas.flatMap((c) => c.own);
    const { wantsFigure, units } = question;

    // A word naming the kind of number asked ("funding") is met by a number of that kind.
    const namesUnit = topical.map((c) => units !== undefined && c.words.length === 1 && question.unitWords.has(c.words[0]!));
    const ideasMet: number[] = [];
    const coverages = hits.map((hit) => {
      // A stand-in of several words counts where the passage holds them side by side.
      const together = (parts: string[]) => {
        if (!parts.every((p) => hit.matched.has(p))) return false;
        const { positions } = this.facts.of(hit.passage);
        return parts.every((p, k) => k === 0 || near(positions.get(parts[k - 1]!) ?? [], positions.get(p) ?? []));
      };
      let got = 0;
      let met = 0;
      let statesUnit: boolean | undefined;
      for (let i = 0; i < topical.length; i++) {
        let match = conceptMatch(topical[i]!, hit, together);
        if (match < 1 && namesUnit[i]) {
          statesUnit ??= hit.figures.some((f) => units!.includes(f.unit) && !isSpelledCount(f));
          if (statesUnit) match = UNIT_STANDS_IN;
        }
        got += conceptWeights[i]! * match;
        if (match >= UNIT_STANDS_IN) met++;
      }
      ideasMet.push(met);
      return totalWeight > 0 ? got / totalWeight : 0;
    });
    // The period carries a passage only near the best of its rivals that could answer: for a
    // quantity asked, those that state a number of that kind.
    let bestCoverage = 0;
    let bestAnswering = 0;
    coverages.forEach((c, h) => {
      if (c > bestCoverage) bestCoverage = c;
      if (c > bestAnswering && units && hits[h]!.figures.some((f) => units.includes(f.unit) && !isSpelledCount(f))) bestAnswering = c;
    });
    const periodRival = bestAnswering > 0 ? bestAnswering : bestCoverage;
    const ranked: Ranked[] = hits.map((hit, h) => {
      const { passage, figures } = hit;
      const coverage = coverages[h]!;
      // Naming a period asks for what happened in it: the passage must give a number for it. The
      // topic comes first: a passage that holds the period but misses what others cover of the
      // question is not carried by the period ("reoffending rate 2021" is not any rate of 2021).
      const holdsPeriod = askedPeriods.length > 0 && coverage >= PERIOD_NEEDS_COVERAGE * periodRival && this.holds(passage, askedPeriods, true, figures.filter((f) => !isSpelledCount(f)));
      let score = hit.score * (0.25 + coverage) ** 2;
      score *= 1 + 0.2 * this.adjacentPairs(passage, ownTerms);
      const shape = this.facts.of(passage);
      score *= lengthPrior(shape.words);
      score *= 1 + RECENCY_WEIGHT * (this.recency.get(passage.docId) ?? 0);
      if (units && this.statesFigure(figures, units, topical)) score *= 1.3;
      else if (wantsFigure && shape.hasNumber) score *= 1.1;
      // "Why did crime rise": a passage that gives a reason ("because", "due to", "driven by") answers.
      if (question.asksWhy && GIVES_REASON.test(passage.text)) score *= REASON_WEIGHT;
      if (question.counted && units?.[0] === 'count' && figures.some((f) => f.unit === 'count' && !isSpelledCount(f) && cachedTerms(f.measure).includes(question.counted!))) score *= COUNTS_ASKED_WEIGHT;
      // A passage whose every period lies outside those asked speaks of another time ("For 2016-17 …" asked of 2017-18).
      const otherTime = !holdsPeriod && passage.periods.length > 0 && passage.periods.every((p) => !askedPeriods.some((a) => overlaps(p, a)));
      if (askedPeriods.length > 0) score *= holdsPeriod ? 1.6 : otherTime ? OTHER_TIME_WEIGHT : passage.periods.length > 0 ? 0.85 : 1;
      return { passage, figures, score, coverage, holdsPeriod, ideasMet: ideasMet[h]!, matched: hit.matched, nearby: hit.nearby };
    });
    ranked.sort(byScore);
    const top = ranked[0];
    return {
      question,
      ranked,
      concepts: ideas,
      askedPeriods,
      confidence: top ? top.coverage : 0,
      periodHeld: askedPeriods.length > 0 && top !== undefined && top.holdsPeriod,
      termDocs,
    };
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
    return seriesAsked(this.series, found.concepts, (c) => this.conceptWeight(c));
  }

  /**
   * How much a concept counts: the rarity of the question's own word where the documents use
   * it, else of the rarest word standing in for it. An idea no document words at all counts as
   * much as its words are specific: a rare word or number no passage holds names a topic the
   * documents lack, while everyday talk ("kicked", "stack up") is only how the question is put.
   */
  conceptWeightOf(c: Concept): number {
    return this.conceptWeight(c);
  }

  private conceptWeight(c: Concept): number {
    if (c.name) return Math.max(...[...c.own, ...c.alternatives].filter((t) => this.corpus.stats.has(t)).map((t) => this.corpus.stats.idf(t)));
    // A phrase is an idea no rarer than the commonest word the documents use for it ("gone up"
    // is as everyday as "increase"), however rare its own words are there.
    const stood = c.words.length > 1 ? c.alternatives.filter((t) => this.corpus.stats.has(t)) : [];
    if (stood.length > 0) return Math.min(this.ownWeight(c), ...stood.map((t) => this.corpus.stats.idf(t)));
    return this.ownWeight(c);
  }

  private ownWeight(c: Concept): number {
    const whole = c.own[0];
    if (whole !== undefined && this.corpus.stats.has(whole)) return this.corpus.stats.idf(whole);
    const known = [...c.own, ...c.alternatives].map((t) => this.termWeight(t)).filter((w) => w !== undefined);
    if (known.length > 0) return Math.max(...known);
    return this.corpus.stats.maxIdf * Math.max(...c.words.map(specificity));
  }

  /**
   * The rarity of a term the documents use; a phrase standing in for a word ("nitrous oxide" for
   * "laughing gas") is as rare as the rarest of its words, where the documents use them all.
   */
  private termWeight(t: string): number | undefined {
    const stats = this.corpus.stats;
    if (!t.includes(PHRASE_JOIN)) return stats.has(t) ? stats.idf(t) : undefined;
    const parts = phraseParts(t);
    return parts.every((p) => stats.has(p)) ? Math.max(...parts.map((p) => stats.idf(p))) : undefined;
  }

  /**
   * Whether a passage speaks of one of the asked periods: it states it, or (stating none) is
   * dated in it. For a figure, the sentence naming the period must also give a number: "In
   * 2024/25 we would like to see increases" holds no figure for 2024/25.
   */
  private holds(passage: Passage, asked: Period[], wantsFigure: boolean, figures: Figure[] = []): boolean {
    // A figure read as for the period: stated in its sentence, carried from the sentence before,
    // or the period its section or document reports on.
    for (const f of figures) if (f.period && asked.some((a) => sameSpan(f.period!, a))) return true;
    if (passage.periods.length > 0) {
      for (const p of passage.periods) {
        let answers = false;
        for (const a of asked) if (sameSpan(p, a)) answers = true;
        if (answers && (!wantsFigure || this.facts.statesFigureFor(passage, p))) return true;
      }
      return false;
    }
    // A passage stating no period speaks as of its document's date: that answers "back in 2019"
    // or "as of August 2022", but not a financial year, whose figures are reported after it ends.
    const date = this.documents.get(passage.docId)?.date;
    if (!date || (wantsFigure && !/\d/.test(passage.text))) return false;
    const dated: Period = { label: date, start: date, end: date, kind: 'date' };
    return asked.some((a) => DATED_KINDS.has(a.kind) && overlaps(dated, a));
  }

  /**
   * Adds what the document's title gives a candidate, as the index would have had the title been
   * one of its fields: BM25 of one occurrence at the title's own rarity, weighted, and the score
   * scaled again by the number of query terms matched (minisearch's OR scoring does so).
   */
  private scoreTitle(hit: Found, queryTerms: string[], weights: Map<string, number>): void {
    const title = this.titleTerms.get(hit.passage.docId);
    if (!title) return;
    let raw = hit.score / Math.max(1, hit.matched.size);
    let added = false;
    for (const t of queryTerms) {
      if (!title.has(t)) continue;
      raw += TITLE_WEIGHT * (weights.get(t) ?? 1) * this.titleStats.idf(t) * (BM25_D + (BM25_K + 1) / (1 + BM25_K));
      hit.matched.add(t);
      added = true;
    }
    if (added) hit.score = raw * hit.matched.size;
  }

  /** Whether a passage's figures hold a number of the asked kind in a sentence naming the question's topic. */
  private statesFigure(figures: Figure[], units: FigureUnit[], topical: Concept[]): boolean {
    for (const f of figures) {
      if (!units.includes(f.unit) || isSpelledCount(f)) continue;
      const { sentence } = this.figureWords(f);
      for (const c of topical) if (!c.period && anyIn(c.own, sentence)) return true;
    }
    return false;
  }

  /** Whether `seq` spells out the acronym whose term is `term` ("gm" in "… greater manchester …"). */
  private spellsOut(term: string, seq: string[]): boolean {
    this.longForms ??= new Map(acronymTerms(this.acronyms).map((a) => [a.short, a.long]));
    const run = this.longForms.get(term);
    if (!run || run.length === 0) return false;
    return seq.some((t, i) => t === run[0] && run.every((r, k) => seq[i + k] === r));
  }

  /** How many neighbouring pairs of question terms stand close together in the passage. */
  private adjacentPairs(passage: Passage, qTerms: string[]): number {
    const { positions } = this.facts.of(passage);
    let pairs = 0;
    for (let i = 0; i + 1 < qTerms.length; i++) {
      const as = positions.get(qTerms[i]!);
      const bs = as && positions.get(qTerms[i + 1]!);
      if (bs && near(as, bs)) pairs++;
    }
    return pairs;
  }
}

/** Best first; written to return whole numbers, which a sort compares without allocating. */
function byScore(a: { score: number }, b: { score: number }): number {
  return a.score > b.score ? -1 : a.score < b.score ? 1 : 0;
}

/** Whether some position in `as` is within three words of a different one in `bs`. */
function near(as: number[], bs: number[]): boolean {
  for (const j of as) for (const k of bs) if (k !== j && Math.abs(k - j) <= 3) return true;
  return false;
}

/** Words by which a passage gives a reason for what it reports. */
const GIVES_REASON = /\b(?:because|due to|owing to|as a result|result(?:s|ed)? (?:of|from)|caused by|driven by|attributed to|attributable to|reasons?|reflect(?:s|ed|ing)?|explain(?:s|ed)?|largely|partly|mainly|in part)\b/i;
/** How much a passage counts that speaks only of periods other than those asked. */
const OTHER_TIME_WEIGHT = 0.7;
/** How much more a passage giving a reason counts when the question asks why. */
const REASON_WEIGHT = 1.5;

/**
 * How much more a passage counts, for "how many X", when one of its counts is a count of X
 * ("3,412 stalking incidents"): a shorter passage giving a share or a rate of X is not the answer.
 */
const COUNTS_ASKED_WEIGHT = 1.3;

/** How far a number of the asked kind stands in for the word that asked for it. */
const UNIT_STANDS_IN = 0.8;

/** 1 when the passage holds the concept's own word, less for a stand-in or a neighbour's word. */
function conceptMatch(c: Concept, hit: IndexHit, together: (parts: string[]) => boolean): number {
  if (anyIn(c.own, hit.matched)) return 1;
  const said = (t: string) => (t.includes(PHRASE_JOIN) ? together(phraseParts(t)) : hit.matched.has(t));
  if (c.alternatives.some(said)) return 0.8;
  if (c.broader.some(said)) return 0.5;
  if (hit.nearby && conceptIn(c, hit.nearby)) return 0.5;
  return 0;
}


/**
 * Labels and fragments ("MARAC/MATAC", "DAPO Steering Group") tell a reader little; a passage
 * with a dozen words or more is not held back.
 */
function lengthPrior(n: number): number {
  return Math.sqrt(Math.min(1, Math.max(0.2, n / FULL_PASSAGE_WORDS)));
}

/** A stated period answers an asked one when it is the same span or lies within it. */
export function sameSpan(stated: Period, asked: Period): boolean {
  if (stated.start === asked.start && stated.end === asked.end) return true;
  if (within(stated, asked)) return true;
  // A month or date asked for is answered by a short span (quarter, month) that contains it.
  return (asked.kind === 'month' || asked.kind === 'date') && within(asked, stated) && stated.kind !== 'calendar-year';
}
