import type { Concept } from '../concepts.js';
import type { TermStats } from '../term-stats.js';
import { PHRASE_JOIN, phraseParts } from '../words/word-alternatives.js';
import { specificity } from '../../language/word-rarity.js';

/**
 * How much each of a question's ideas counts, by how rare the documents' words for it are.
 * Coverage, the decline checks and the headline figure all weigh ideas this one way.
 */
export class ConceptWeights {
  constructor(private readonly stats: TermStats) {}

  /**
   * The rarity of the question's own word where the documents use it, else of the rarest word
   * standing in for it. An idea no document words at all counts as much as its words are
   * specific: a rare word or number no passage holds names a topic the documents lack, while
   * everyday talk ("kicked", "stack up") is only how the question is put.
   */
  of(c: Concept): number {
    if (c.name) return Math.max(...[...c.own, ...c.alternatives].filter((t) => this.stats.has(t)).map((t) => this.stats.idf(t)));
    // A phrase is an idea no rarer than the commonest word the documents use for it ("gone up"
    // is as everyday as "increase"), however rare its own words are there.
    const stood = c.words.length > 1 ? c.alternatives.filter((t) => this.stats.has(t)) : [];
    if (stood.length > 0) return Math.min(this.ownWeight(c), ...stood.map((t) => this.stats.idf(t)));
    return this.ownWeight(c);
  }

  private ownWeight(c: Concept): number {
    const whole = c.own[0];
    if (whole !== undefined && this.stats.has(whole)) return this.stats.idf(whole);
    const known = [...c.own, ...c.alternatives].map((t) => this.termWeight(t)).filter((w) => w !== undefined);
    if (known.length > 0) return Math.max(...known);
    return this.stats.maxIdf * Math.max(...c.words.map(specificity));
  }

  /**
   * The rarity of a term the documents use; a phrase standing in for a word ("nitrous oxide" for
   * "laughing gas") is as rare as the rarest of its words, where the documents use them all.
   */
  private termWeight(t: string): number | undefined {
    if (!t.includes(PHRASE_JOIN)) return this.stats.has(t) ? this.stats.idf(t) : undefined;
    const parts = phraseParts(t);
    return parts.every((p) => this.stats.has(p)) ? Math.max(...parts.map((p) => this.stats.idf(p))) : undefined;
  }
}
