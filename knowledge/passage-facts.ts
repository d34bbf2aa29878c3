import { LRUCache } from 'lru-cache';
import { terms } from './tokens.js';
import type { Passage } from './types.js';

/** What reranking reads of a passage's text, worked out once per passage rather than per question. */
export interface PassageFacts {
  /** The text's search terms in order. */
  terms: string[];
  /** Where each term stands in `terms`. */
  positions: Map<string, number[]>;
  /** Word count of the text. */
  words: number;
  /** Whether a number other than a year appears. */
  hasNumber: boolean;
}

/**
 * Facts of recently ranked passages. Bounded: a large corpus would otherwise keep facts of every
 * passage any question ever reached.
 */
export class PassageFactsCache {
  private readonly cache = new LRUCache<string, PassageFacts>({ max: 5000 });

  /**
   * The passage's facts, worked out on first use; `textTerms` are its text's terms when the
   * caller already has them.
   */
  of(passage: Passage, textTerms?: string[]): PassageFacts {
    let facts = this.cache.get(passage.id);
    if (!facts) {
      facts = factsOf(passage.text, textTerms ?? terms(passage.text));
      this.cache.set(passage.id, facts);
    }
    return facts;
  }
}

function factsOf(text: string, seq: string[]): PassageFacts {
  const positions = new Map<string, number[]>();
  seq.forEach((t, i) => {
    const at = positions.get(t);
    if (at) at.push(i);
    else positions.set(t, [i]);
  });
  return {
    terms: seq,
    positions,
    words: text.split(/\s+/).length,
    hasNumber: /\d/.test(text.replace(/\b(?:19|20)\d\d\b/g, '')),
  };
}
