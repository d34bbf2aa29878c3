import MiniSearch from 'minisearch';
import { terms } from './tokens.js';
import type { Acronym, Passage, StoredDocument } from './types.js';

/** One hit from the full-text index, before reranking. */
export interface IndexHit {
  id: string;
  score: number;
  /** Query terms the passage itself matched (its text, section, title or acronym expansions). */
  matched: Set<string>;
  /** Query terms matched only by the passages around it. */
  nearby: Set<string>;
}

interface IndexedFields {
  id: string;
  text: string;
  section: string;
  title: string;
  expansions: string;
  /** The passage before it in its document: a sentence often leans on the one before. */
  context: string;
}

/** Field weights: the words of the passage count most; its section, title and neighbour help. */
const BOOST = { text: 1, section: 0.5, title: 0.15, expansions: 0.6, context: 0.15 };

/**
 * The full-text index over passages (BM25 via minisearch). Acronyms work both ways: a passage
 * saying "OCGs" is also found by "organised crime groups", and one saying "Community Sentence
 * Treatment Requirements" by "CSTR".
 */
export class PassageIndex {
  private readonly mini: MiniSearch<IndexedFields>;
  private readonly df = new Map<string, number>();
  readonly size: number;

  constructor(passages: Passage[], documents: StoredDocument[], acronyms: Map<string, Acronym>) {
    const titles = new Map(documents.map((d) => [d.id, `${d.title} ${d.publisher}`]));
    this.mini = new MiniSearch<IndexedFields>({
      fields: ['text', 'section', 'title', 'expansions', 'context'],
      tokenize: (text) => terms(text),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term },
    });
    const longForms = [...acronyms.values()].map((a) => ({ a, re: new RegExp(`\\b${escape(a.long)}`, 'i') }));
    const docs = passages.map((p, i) => {
      const before = passages[i - 1];
      const own = new Set(terms(p.text));
      const expansions: string[] = [];
      for (const a of acronyms.values()) if (own.has(terms(a.short)[0] ?? '')) expansions.push(a.long);
      for (const { a, re } of longForms) if (re.test(p.text)) expansions.push(a.short);
      const fields = {
        id: p.id,
        text: p.text,
        section: p.section.join(' '),
        title: titles.get(p.docId) ?? '',
        expansions: expansions.join(' '),
        context: before && before.docId === p.docId ? before.text : '',
      };
      for (const t of new Set([...own, ...terms(fields.section), ...terms(fields.expansions)])) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return fields;
    });
    this.mini.addAll(docs);
    this.size = passages.length;
  }

  /** Inverse document frequency of a term (absent terms get the highest). */
  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Whether any passage holds the term. */
  has(term: string): boolean {
    return this.df.has(term);
  }

  /** The highest idf any term can have: that of a term no passage holds. */
  get maxIdf(): number {
    return this.idf('\u0000');
  }

  /**
   * Passages matching any of the query terms, best BM25 score first. `weights` lowers terms
   * that only stand in for the question's words (thesaurus alternatives).
   */
  search(queryTerms: string[], weights: Map<string, number> = new Map(), limit = 60): IndexHit[] {
    if (queryTerms.length === 0) return [];
    return this.mini
      .search(queryTerms.join(' '), { boost: BOOST, combineWith: 'OR', boostTerm: (term) => weights.get(term) ?? 1 })
      .slice(0, limit)
      .map((r) => {
        const matched = new Set<string>();
        const nearby = new Set<string>();
        for (const [term, fields] of Object.entries(r.match)) {
          if (fields.some((f) => f !== 'context')) matched.add(term);
          else nearby.add(term);
        }
        return { id: String(r.id), score: r.score, matched, nearby };
      });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
