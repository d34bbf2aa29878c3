import { acronymTable } from './acronyms.js';
import { findPeriods, overlaps, within } from './periods.js';
import { PassageIndex } from './search-index.js';
import type { Store } from './store.js';
import { terms } from './tokens.js';
import type { Acronym, Passage, Period, StoredDocument } from './types.js';

/** A passage with the score that ranks it for one question. */
export interface Ranked {
  passage: Passage;
  score: number;
  /** Share of the question's weight (by term rarity) that the passage matches, 0–1. */
  coverage: number;
  /** Whether the passage speaks of the period the question asked for. */
  holdsPeriod: boolean;
}

/** What retrieval found for one question. */
export interface Retrieval {
  ranked: Ranked[];
  /** Periods written in the question. */
  askedPeriods: Period[];
  /** How sure the best passage answers the question, 0–1 (its coverage of the question). */
  confidence: number;
  /** True when a period was asked and the best passages hold it. */
  periodHeld: boolean;
}

/** Below this confidence the documents are taken not to hold an answer. */
export const MIN_CONFIDENCE = 0.5;

const figureCue = /\b(how many|how much|how often|number of|rate|rates|percentage|per ?cent|proportion|share|fraction|figure|figures|total|average|count|%)\b/i;

/**
 * The loaded knowledge: every passage, document and acronym, and the search index over them.
 * Built once from the store at start (or after an ingest) and then only read.
 */
export class KnowledgeBase {
  readonly documents: Map<string, StoredDocument>;
  readonly passages: Map<string, Passage>;
  readonly acronyms: Map<string, Acronym>;
  private readonly index: PassageIndex;
  private readonly recency: Map<string, number>;
  private readonly sequences = new Map<string, string[]>();

  private constructor(documents: StoredDocument[], passages: Passage[], acronyms: Acronym[]) {
    this.documents = new Map(documents.map((d) => [d.id, d]));
    this.passages = new Map(passages.map((p) => [p.id, p]));
    this.acronyms = acronymTable(acronyms);
    this.index = new PassageIndex(passages, documents, this.acronyms);
    const byDate = [...documents].sort((a, b) => a.date.localeCompare(b.date));
    this.recency = new Map(byDate.map((d, i) => [d.id, byDate.length > 1 ? i / (byDate.length - 1) : 1]));
  }

  /** Reads everything from the store and builds the index. */
  static async load(store: Store): Promise<KnowledgeBase> {
    const [documents, passages, acronyms] = await Promise.all([store.documents(), store.passages(), store.acronyms()]);
    return new KnowledgeBase(documents, passages, acronyms);
  }

  /** Ranks passages for a question: full-text hits reranked by coverage, phrasing, period and recency. */
  retrieve(question: string): Retrieval {
    const askedPeriods = findPeriods(question);
    const qTerms = [...new Set(terms(question))];
    const hits = this.index.search(qTerms);
    const totalWeight = qTerms.reduce((sum, t) => sum + this.index.idf(t), 0);
    const wantsFigure = figureCue.test(question);

    const ranked: Ranked[] = hits.map((hit) => {
      const passage = this.passages.get(hit.id)!;
      const matched = new Set(hit.matched);
      const coverage = totalWeight > 0 ? qTerms.filter((t) => matched.has(t)).reduce((s, t) => s + this.index.idf(t), 0) / totalWeight : 0;
      const holdsPeriod = askedPeriods.length > 0 && this.holds(passage, askedPeriods);
      let score = hit.score * (0.25 + coverage) ** 2;
      score *= 1 + 0.2 * this.adjacentPairs(passage, qTerms);
      score *= 1 + 0.1 * (this.recency.get(passage.docId) ?? 0);
      if (wantsFigure && /\d/.test(passage.text.replace(/\b(?:19|20)\d\d\b/g, ''))) score *= 1.15;
      if (askedPeriods.length > 0) score *= holdsPeriod ? 1.6 : passage.periods.length > 0 ? 0.85 : 1;
      return { passage, score, coverage, holdsPeriod };
    });
    ranked.sort((a, b) => b.score - a.score);
    const top = ranked[0];
    return {
      ranked,
      askedPeriods,
      confidence: top ? top.coverage : 0,
      periodHeld: askedPeriods.length > 0 && top !== undefined && top.holdsPeriod,
    };
  }

  /** Whether a passage speaks of one of the asked periods: it states it, or is dated in it. */
  private holds(passage: Passage, asked: Period[]): boolean {
    if (passage.periods.length > 0) {
      return passage.periods.some((p) => asked.some((a) => sameSpan(p, a)));
    }
    const date = this.documents.get(passage.docId)?.date;
    if (!date) return false;
    const dated: Period = { label: date, start: date, end: date, kind: 'date' };
    return asked.some((a) => overlaps(dated, a));
  }

  /** How many neighbouring pairs of question terms stand close together in the passage. */
  private adjacentPairs(passage: Passage, qTerms: string[]): number {
    let seq = this.sequences.get(passage.id);
    if (!seq) {
      seq = terms(passage.text);
      this.sequences.set(passage.id, seq);
    }
    let pairs = 0;
    for (let i = 0; i + 1 < qTerms.length; i++) {
      const a = qTerms[i]!;
      const b = qTerms[i + 1]!;
      for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== a) continue;
        if (seq.slice(j + 1, j + 4).includes(b) || seq.slice(Math.max(0, j - 3), j).includes(b)) {
          pairs++;
          break;
        }
      }
    }
    return pairs;
  }
}

/** A stated period answers an asked one when it is the same span or lies within it. */
function sameSpan(stated: Period, asked: Period): boolean {
  if (stated.start === asked.start && stated.end === asked.end) return true;
  if (within(stated, asked)) return true;
  // A month or date asked for is answered by a short span (quarter, month) that contains it.
  return (asked.kind === 'month' || asked.kind === 'date') && within(asked, stated) && stated.kind !== 'calendar-year';
}
