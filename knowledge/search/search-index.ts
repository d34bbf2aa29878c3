import MiniSearch from 'minisearch';
import { acronymTerms } from '../language/acronyms.js';
import { searchableText } from '../documents/glued-words.js';
import { SortedLines } from '../language/sorted-lines.js';
import { HitCombiner, hitsInclude, TermHitsCache, type TermHits } from './term-hits.js';
import { TermStats } from './term-stats.js';
import { terms } from '../language/tokens.js';
import type { Acronym, Passage } from '../types.js';

/** One hit from the full-text index, before reranking. */
export interface IndexHit {
  id: string;
  score: number;
  /** Query terms the passage itself matched (its text, section, title or acronym expansions). */
  matched: Set<string>;
  /** Query terms found only in the passage before it (filled in by reranking, when there are any). */
  nearby?: Set<string>;
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
export const INDEX_VERSION = 13;

/**
 * A saved index: every term's hits as minisearch scored them when the index was built, with the
 * document frequencies reranking uses. A question only ever asks the index for one term's hits at
 * a time, and those depend on nothing but the corpus, so they are scored once, at build, and a
 * start loads text it looks terms up in ({@link SortedLines}) instead of rebuilding minisearch's
 * tree (about a tenth of a start's time on the shipped documents).
 */
interface SavedIndex {
  version: number;
  size: number;
  /** Passage ids in the order the hits' ordinals count. */
  ids: string[];
  df: [string, number][];
  /** "term\tordinals\tscores": an Int32Array and a Float64Array, each as base64. */
  hits: string;
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

  private readonly termHits: TermHitsCache;
  private readonly combiner: HitCombiner;
  private readonly hits: SortedLines;

  private constructor(
    private readonly saved: SavedIndex,
    private readonly ids: string[],
    /** A saved ordinal's place in `ids`, when the corpus lists its passages in another order. */
    private readonly reorder?: Int32Array,
  ) {
    this.stats = new TermStats(new Map(saved.df), saved.size);
    this.hits = new SortedLines(saved.hits);
    this.termHits = new TermHitsCache((term) => this.scoreTerm(term));
    this.combiner = new HitCombiner(ids.length);
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
      const text = searchableText(p.text);
      const own = tokens(text);
      const fields: IndexedFields = {
        id: p.id,
        text,
        section: p.section.join(' '),
        expansions: expand(own).join(' '),
      };
      for (const t of new Set([...own, ...tokens(fields.section), ...tokens(fields.expansions)])) df.set(t, (df.get(t) ?? 0) + 1);
      return fields;
    });
    mini.addAll(docs);
    tokenized.clear();
    const ids = passages.map((p) => p.id);
    const ordOf = new Map(ids.map((id, i) => [id, i]));
    const lines = [...df.keys()].map((term): [string, string] => {
      const pairs = mini.search(term, { boost: BOOST }).map((r) => [ordOf.get(String(r.id))!, r.score] as const);
      pairs.sort((a, b) => a[0] - b[0]);
      const ords = Int32Array.from(pairs, (p) => p[0]);
      const scores = Float64Array.from(pairs, (p) => p[1]);
      return [term, `${base64(ords)}\t${base64(scores)}`];
    });
    return new PassageIndex({ version: INDEX_VERSION, size: passages.length, ids, df: [...df], hits: SortedLines.pack(lines) }, ids);
  }

  /**
   * Loads a saved index over the passages with these ids, in the corpus's order; undefined when
   * it was saved by another index version or over other passages.
   */
  static load(json: string, ids: string[]): PassageIndex | undefined {
    const saved = JSON.parse(json) as SavedIndex;
    if (saved.version !== INDEX_VERSION || saved.ids.length !== ids.length) return undefined;
    if (saved.ids.every((id, i) => id === ids[i])) return new PassageIndex(saved, ids);
    const ordOf = new Map(ids.map((id, i) => [id, i]));
    const reorder = Int32Array.from(saved.ids, (id) => ordOf.get(id) ?? -1);
    return reorder.includes(-1) ? undefined : new PassageIndex(saved, ids, reorder);
  }

  /** The index as JSON, for the store. */
  save(): string {
    return JSON.stringify(this.saved);
  }

  /**
   * Passages matching any of the query terms, best BM25 score first, scored as minisearch scores
   * an OR query (each term's BM25 over the fields, boosted; the sum times the number of terms
   * matched). `weights` lowers terms that only stand in for the question's words (thesaurus
   * alternatives). Each term is scored by minisearch once and its hits kept (see
   * {@link TermHitsCache}); a question only adds them up. `make` builds each hit (the corpus
   * makes its own kind, with the passage, in one object).
   */
  search<T = IndexHit>(
    queryTerms: string[],
    weights: Map<string, number> = new Map(),
    limit = 60,
    make: (id: string, score: number, matched: Set<string>) => T = (id, score, matched) => ({ id, score, matched, nearby: undefined }) as T,
  ): T[] {
    if (queryTerms.length === 0) return [];
    const unique = [...new Set(queryTerms)];
    const lists = unique.map((t) => ({ term: t, hits: this.termHits.of(t), weight: weights.get(t) ?? 1 }));
    const top = this.combiner.top(lists, limit);
    const out: T[] = [];
    for (const { ord, score } of top) {
      const matched = new Set<string>();
      for (const l of lists) if (hitsInclude(l.hits, ord)) matched.add(l.term);
      out.push(make(this.ids[ord]!, score, matched));
    }
    return out;
  }

  /** One term's hits as minisearch scored them at build, in passage order. */
  private scoreTerm(term: string): TermHits {
    const line = this.hits.get(term);
    if (line === undefined) return { ords: new Int32Array(0), scores: new Float64Array(0) };
    const tab = line.indexOf('\t');
    const ords = new Int32Array(fromBase64(line.slice(0, tab)));
    const scores = new Float64Array(fromBase64(line.slice(tab + 1)));
    if (!this.reorder) return { ords, scores };
    const pairs = Array.from(ords, (ord, i) => [this.reorder![ord]!, scores[i]!] as const).sort((a, b) => a[0] - b[0]);
    return { ords: Int32Array.from(pairs, (p) => p[0]), scores: Float64Array.from(pairs, (p) => p[1]) };
  }
}

function base64(values: Int32Array | Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

/** The bytes of a base64 text, in a buffer of their own (typed arrays need it aligned). */
function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
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
export function passageFields(passage: { text: string; section: string[] }, expand: (own: string[]) => string[], textTerms = terms(searchableText(passage.text))): { text: string[]; section: string[]; expansions: string[] } {
  return { text: textTerms, section: terms(passage.section.join(' ')), expansions: terms(expand(textTerms).join(' ')) };
}

/**
 * For a passage's terms, the acronyms' other forms: long forms of the acronyms it uses, and the
 * acronyms of the long forms it spells out (their terms in one run, in any order).
 */
export function acronymExpander(acronyms: Map<string, Acronym>): (own: string[]) => string[] {
  const byShort = new Map<string, string>();
  // Keyed by each of a long form's terms: a passage may name its parts in another order
  // ("education, training and employment" for ETE, "Employment Training and Education").
  const byAnyTerm = new Map<string, { sorted: string; length: number; short: string }[]>();
  for (const { acronym, short, long: run } of acronymTerms(acronyms)) {
    byShort.set(short, acronym.long);
    if (run.length === 0) continue;
    const entry = { sorted: [...run].sort().join(' '), length: run.length, short: acronym.short };
    for (const t of new Set(run)) byAnyTerm.set(t, [...(byAnyTerm.get(t) ?? []), entry]);
  }
  return (own) => {
    const out = new Set<string>();
    own.forEach((t, i) => {
      const long = byShort.get(t);
      if (long) out.add(long);
      for (const { sorted, length, short } of byAnyTerm.get(t) ?? []) {
        if (i + length <= own.length && own.slice(i, i + length).sort().join(' ') === sorted) out.add(short);
      }
    });
    return [...out];
  };
}
