/**
 * How many passages hold each search term, and the rarity (BM25 idf) that follows: what ranking
 * weighs a question's words by, whichever index found the passages.
 */
export class TermStats {
  constructor(
    private readonly df: Map<string, number>,
    /** Passages counted. */
    readonly size: number,
  ) {}

  /** Inverse document frequency of a term (absent terms get the highest). */
  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** How many passages hold the term. */
  count(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Share of passages holding the term, 0–1. */
  spread(term: string): number {
    return (this.df.get(term) ?? 0) / Math.max(1, this.size);
  }

  /** Whether any passage holds the term. */
  has(term: string): boolean {
    return this.df.has(term);
  }

  /** The highest idf any term can have: that of a term no passage holds. */
  get maxIdf(): number {
    return this.idf('\u0000');
  }
}
