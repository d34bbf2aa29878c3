import MiniSearch from 'minisearch';
import { TermStats } from './term-stats.js';
import { terms } from './tokens.js';
import type { Acronym, Passage } from './types.js';

/** One hit from the full-text index, before reranking. */
export interface IndexHit {
  id: string;
  score: number;
  /** Query terms the passage itself matched (its text, section, title or acronym expansions). */
  matched: Set<string>;
  /** Query terms found only in the passage before it (filled in by reranking). */
  nearby: Set<string>;
}

interface IndexedFields {
  id: string;
  text: string;
  section: string;
  expansions: string;
}

/**
 * Field weights: the words of the passage count most; its section helps. The passage before it
 * and its document's title are not indexed: a title is on every passage of its document, so its
 * words would make whole documents candidates and double the search's cost for a small part of
 * the score. Reranking scores both on the candidates (see {@link TITLE_WEIGHT}).
 */
export const BOOST = { text: 1, section: 0.5, expansions: 0.6 };
const FIELDS = ['text', 'section', 'expansions'];

/** Weight of a word found in the passage's document title, against one in its text. */
export const TITLE_WEIGHT = 0.15;

/**
 * Bumped when what is indexed or how changes; a saved index of another version is rebuilt
 * rather than trusted.
 */
export const INDEX_VERSION = 3;

/** A saved index: minisearch's own form plus the document frequencies reranking uses. */
interface SavedIndex {
  version: number;
  mini: unknown;
  df: [string, number][];
  size: number;
}

/**
 * The full-text index over passages (BM25 via minisearch). Acronyms work both ways: a passage
 * saying "OCGs" is also found by "organised crime groups", and one saying "Community Sentence
 * Treatment Requirements" by "CSTR". It can be saved to JSON and loaded back, so a restart
 * does not pay for building it again.
 */
export class PassageIndex {
  /** Document frequencies of the indexed terms. */
  readonly stats: TermStats;

  private constructor(
    private readonly mini: MiniSearch<IndexedFields>,
    private readonly df: Map<string, number>,
    readonly size: number,
  ) {
    this.stats = new TermStats(df, size);
  }

  /** Builds the index from passages. */
  static build(passages: Passage[], acronyms: Map<string, Acronym>): PassageIndex {
    // Each text is tokenized once: minisearch's tokenize and the frequencies share the result.
    const tokenized = new Map<string, string[]>();
    const tokens = (text: string) => {
      let t = tokenized.get(text);
      if (!t) {
        t = terms(text);
        tokenized.set(text, t);
      }
      return t;
    };
    const mini = new MiniSearch<IndexedFields>({ ...options(), tokenize: (text) => tokens(text) });
    const expand = acronymExpander(acronyms);
    const df = new Map<string, number>();
    const docs = passages.map((p) => {
      const own = tokens(p.text);
      const fields: IndexedFields = {
        id: p.id,
        text: p.text,
        section: p.section.join(' '),
        expansions: expand(own).join(' '),
      };
      for (const t of new Set([...own, ...tokens(fields.section), ...tokens(fields.expansions)])) df.set(t, (df.get(t) ?? 0) + 1);
      return fields;
    });
    mini.addAll(docs);
    tokenized.clear();
    return new PassageIndex(mini, df, passages.length);
  }

  /** Loads a saved index; undefined when it was saved by another index version. */
  static load(json: string): PassageIndex | undefined {
    const saved = JSON.parse(json) as SavedIndex;
    if (saved.version !== INDEX_VERSION) return undefined;
    const mini = MiniSearch.loadJS<IndexedFields>(saved.mini as Parameters<typeof MiniSearch.loadJS>[0], { ...options(), tokenize: (text) => terms(text) });
    return new PassageIndex(mini, new Map(saved.df), saved.size);
  }

  /** The index as JSON, for the store. */
  save(): string {
    const saved: SavedIndex = { version: INDEX_VERSION, mini: this.mini.toJSON(), df: [...this.df], size: this.size };
    return JSON.stringify(saved);
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
        return { id: String(r.id), score: r.score, matched: new Set(Object.keys(r.match)), nearby: new Set<string>() };
      });
  }
}

function options() {
  return {
    fields: FIELDS,
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term },
  };
}

/**
 * A passage's search terms by field, as both indexes hold them: its text, its section, and the
 * other forms of the acronyms its text uses or spells out.
 */
export function passageFields(passage: { text: string; section: string[] }, expand: (own: string[]) => string[], textTerms = terms(passage.text)): { text: string[]; section: string[]; expansions: string[] } {
  return { text: textTerms, section: terms(passage.section.join(' ')), expansions: terms(expand(textTerms).join(' ')) };
}

/**
 * For a passage's terms, the acronyms' other forms: long forms of the acronyms it uses, and the
 * acronyms of the long forms it spells out (matched as runs of terms).
 */
export function acronymExpander(acronyms: Map<string, Acronym>): (own: string[]) => string[] {
  const byShort = new Map<string, string>();
  const byFirstTerm = new Map<string, { run: string[]; short: string }[]>();
  for (const a of acronyms.values()) {
    const short = terms(a.short)[0];
    const run = terms(a.long);
    if (short) byShort.set(short, a.long);
    if (short && run.length > 0) byFirstTerm.set(run[0]!, [...(byFirstTerm.get(run[0]!) ?? []), { run, short: a.short }]);
  }
  return (own) => {
    const out = new Set<string>();
    own.forEach((t, i) => {
      const long = byShort.get(t);
      if (long) out.add(long);
      for (const { run, short } of byFirstTerm.get(t) ?? []) if (run.every((r, k) => own[i + k] === r)) out.add(short);
    });
    return [...out];
  };
}
