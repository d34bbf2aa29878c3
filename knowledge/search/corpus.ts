import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Figure } from '../figures/figures.js';
import { INDEX_VERSION, PassageIndex, type IndexHit } from './search-index.js';
import type { Store } from '../store/store.js';
import type { TermStats } from './term-stats.js';
import type { Acronym, Passage, StoredDocument } from '../types.js';

/**
 * Passages past which a corpus is searched in the store rather than in memory (when the store
 * has a full-text table): about 25 times the shipped documents.
 */
export const SEARCH_IN_STORE_ABOVE = 20_000;

/** A search hit with what ranking reads of it: the passage, its figures, the passage before it. */
export interface Found extends IndexHit {
  passage: Passage;
  figures: Figure[];
  /** The passage it reads on from: its list's lead-in, else the one before it in its document. */
  before?: Passage;
}

/**
 * Where the passages are and how they are searched: held in memory with a minisearch index (a
 * corpus of ordinary size), or left in the store and searched there (a large one). Ranking is the
 * same over both.
 */
export interface Corpus {
  /** Document frequencies of the search terms. */
  readonly stats: TermStats;
  /** A passage's length against the corpus's mean (1 = average), for BM25's length norm. */
  relativeLength(passage: Passage): number;
  /** The best matches for the terms by BM25 (weights lower stand-in terms), at most `limit`. */
  search(terms: string[], weights: Map<string, number>, limit: number): Promise<Found[]>;
  passagesById(ids: string[]): Promise<Passage[]>;
  figures(filter: { kind?: Figure['kind']; docId?: string }): Promise<Figure[]>;
}

/** Every passage and figure in memory, searched with minisearch. */
export class MemoryCorpus implements Corpus {
  readonly stats: TermStats;
  private readonly averageLength: number;
  private readonly passages: Map<string, Passage>;
  private readonly figuresOf: Map<string, Figure[]>;
  /** What each passage reads on from: a sentence often leans on the one before, a list item on its lead-in. */
  private readonly before = new Map<string, Passage>();

  private constructor(
    passages: Passage[],
    figures: Figure[],
    private readonly index: PassageIndex,
  ) {
    this.stats = index.stats;
    this.passages = new Map(passages.map((p) => [p.id, p]));
    this.figuresOf = figuresByPassage(figures);
    passages.forEach((p, i) => {
      const prev = p.leansOn !== undefined ? this.passages.get(p.leansOn) : passages[i - 1];
      if (prev && prev.docId === p.docId) this.before.set(p.id, prev);
    });
    this.averageLength = passages.reduce((sum, p) => sum + p.text.length, 0) / Math.max(1, passages.length);
  }

  /**
   * Holds the passages and figures, with the minisearch index saved in the store for this
   * corpus (loaded, not rebuilt, on a restart over the same documents).
   */
  static async open(store: Store, documents: StoredDocument[], passages: Passage[], figures: Figure[], acronyms: Map<string, Acronym>, log?: Logger): Promise<MemoryCorpus> {
    const key = createHash('sha256')
      .update(`${INDEX_VERSION}:${documents.map((d) => `${d.id}=${d.hash}`).sort().join(',')}`)
      .digest('hex');
    const saved = await store.savedIndex(key);
    let index = saved ? PassageIndex.load(saved, passages.map((p) => p.id)) : undefined;
    if (!index) {
      index = PassageIndex.build(passages, acronyms);
      try {
        await store.saveIndex(key, index.save());
      } catch (error) {
        // Too large to save (a string past V8's limit) or a store error: serve from memory and
        // build again next start.
        log?.warn({ err: (error as Error).message }, 'the search index could not be saved; it will be rebuilt at the next start');
      }
    }
    return new MemoryCorpus(passages, figures, index);
  }

  relativeLength(passage: Passage): number {
    return passage.text.length / Math.max(1, this.averageLength);
  }

  async search(terms: string[], weights: Map<string, number>, limit: number): Promise<Found[]> {
    // Every hit has the same properties from the start (`nearby` included), so the code that
    // ranks them sees one shape.
    return this.index.search(terms, weights, limit, (id, score, matched) => ({
      id,
      score,
      matched,
      nearby: undefined,
      passage: this.passages.get(id)!,
      figures: this.figuresOf.get(id) ?? [],
      before: this.before.get(id),
    }));
  }

  async passagesById(ids: string[]): Promise<Passage[]> {
    return ids.flatMap((id) => this.passages.get(id) ?? []);
  }

  async figures(filter: { kind?: Figure['kind']; docId?: string }): Promise<Figure[]> {
    const out: Figure[] = [];
    for (const list of this.figuresOf.values()) {
      for (const f of list) if ((!filter.kind || f.kind === filter.kind) && (!filter.docId || f.docId === filter.docId)) out.push(f);
    }
    return out;
  }
}

/** Figures grouped by the passage that states them, each group in the order given. */
export function figuresByPassage(figures: Figure[]): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const f of figures) {
    const list = out.get(f.passageId);
    if (list) list.push(f);
    else out.set(f.passageId, [f]);
  }
  return out;
}
