import { LRUCache } from 'lru-cache';

/** One term's hits: passage ordinals in ascending order, each with the term's score there. */
export interface TermHits {
  ords: Int32Array;
  scores: Float64Array;
}

/** A passage a question's terms reached, by ordinal, with its combined score. */
export interface CombinedHit {
  ord: number;
  score: number;
}

/** Hit entries (one per passage a term is in) kept across all cached terms: about 24 MB at most. */
const ENTRIES_KEPT = 2_000_000;

/**
 * Each term's hits, as the full-text index scored them, kept for the next question that uses
 * the term: questions share most of their words, and scoring a term means walking every
 * passage it is in, so asking the index once per term instead of once per question is what
 * keeps a question's search cost flat. Bounded by the number of entries, so a corpus's rarest
 * and commonest terms share one budget.
 */
export class TermHitsCache {
  private readonly cache = new LRUCache<string, TermHits>({ maxSize: ENTRIES_KEPT, sizeCalculation: (h) => Math.max(1, h.ords.length) });

  constructor(private readonly score: (term: string) => TermHits) {}

  /** The term's hits, scored on first use. */
  of(term: string): TermHits {
    let hits = this.cache.get(term);
    if (!hits) {
      hits = this.score(term);
      this.cache.set(term, hits);
    }
    return hits;
  }
}

/**
 * Adds up weighted term hits as an OR query does in minisearch — the weighted scores summed, the
 * sum multiplied by the number of terms the passage matched — and returns the best `limit`,
 * best first (ties in passage order). Scratch arrays sized to the corpus are reused from one
 * question to the next, so combining allocates nothing per passage.
 */
export class HitCombiner {
  private readonly sums: Float64Array;
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;

  constructor(size: number) {
    this.sums = new Float64Array(size);
    this.counts = new Uint16Array(size);
    this.touched = new Int32Array(size);
  }

  /** The best `limit` passages for these terms' hits, each list's scores multiplied by its weight. */
  top(lists: { hits: TermHits; weight: number }[], limit: number): CombinedHit[] {
    const { sums, counts, touched } = this;
    let n = 0;
    for (const { hits, weight } of lists) {
      const { ords, scores } = hits;
      for (let i = 0; i < ords.length; i++) {
        const o = ords[i]!;
        const c = counts[o]!;
        if (c === 0) touched[n++] = o;
        counts[o] = c + 1;
        sums[o] = sums[o]! + weight * scores[i]!;
      }
    }
    // The best `limit` kept in a heap whose root is the worst of them: no sort of every passage
    // reached, and no allocation per passage.
    const better = (a: number, b: number) => sums[a]! > sums[b]! || (sums[a] === sums[b] && a < b);
    const heap = new Int32Array(Math.min(limit, n));
    let size = 0;
    for (let i = 0; i < n; i++) {
      const o = touched[i]!;
      sums[o] = sums[o]! * counts[o]!;
      if (size < heap.length) {
        let at = size++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if (!better(heap[parent]!, o)) break;
          heap[at] = heap[parent]!;
          at = parent;
        }
        heap[at] = o;
      } else if (size > 0 && better(o, heap[0]!)) {
        let at = 0;
        for (;;) {
          const left = 2 * at + 1;
          if (left >= size) break;
          const right = left + 1;
          const worse = right < size && better(heap[left]!, heap[right]!) ? right : left;
          if (!better(o, heap[worse]!)) break;
          heap[at] = heap[worse]!;
          at = worse;
        }
        heap[at] = o;
      }
    }
    const out: CombinedHit[] = [];
    for (let i = 0; i < size; i++) out.push({ ord: heap[i]!, score: sums[heap[i]!]! });
    out.sort((a, b) => (a.score > b.score ? -1 : a.score < b.score ? 1 : a.ord - b.ord));
    for (let i = 0; i < n; i++) {
      sums[touched[i]!] = 0;
      counts[touched[i]!] = 0;
    }
    return out;
  }
}

/** Whether the term's hits include the passage (binary search over the sorted ordinals). */
export function hitsInclude(hits: TermHits, ord: number): boolean {
  const { ords } = hits;
  let lo = 0;
  let hi = ords.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ords[mid]!;
    if (v === ord) return true;
    if (v < ord) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
