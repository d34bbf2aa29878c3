import { LRUCache } from 'lru-cache';
import { isSpelledCount, mentions } from '../figures/mentions.js';
import { terms } from '../language/tokens.js';
import type { Passage, Period } from '../types.js';

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
  /** For each period label the text states, whether its sentence gives a number (worked out when asked). */
  figureFor?: Map<string, boolean>;
}

/**
 * Facts of recently ranked passages. Bounded: a large corpus would otherwise keep facts of every
 * passage any question ever reached.
 */
export class PassageFactsCache {
  private readonly cache = new LRUCache<string, PassageFacts>({ max: 5000 });

  /**
   * The passage's facts, worked out on first use; `textTerms` gives its text's terms when the
   * caller already has them.
   */
  of(passage: Passage, textTerms?: () => string[]): PassageFacts {
    let facts = this.cache.get(passage.id);
    if (!facts) {
      facts = factsOf(passage.text, textTerms ? textTerms() : terms(passage.text));
      this.cache.set(passage.id, facts);
    }
    return facts;
  }

  /**
   * Whether the sentence of the passage that names `period` also states a number other than
   * dates ("In 2024/25 we would like to see increases" does not): a question naming a period
   * asks for a figure for it.
   */
  statesFigureFor(passage: Passage, period: Period): boolean {
    const facts = this.of(passage);
    facts.figureFor ??= new Map();
    let states = facts.figureFor.get(period.label);
    if (states === undefined) {
      states = statesFigureFor(passage.text, period);
      facts.figureFor.set(period.label, states);
    }
    return states;
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

/**
 * Whether the sentence that names `period` also states a figure: a number that is no date, time
 * of day, label or age ("published at 00:01 on Friday 25 November 2022" states none).
 */
function statesFigureFor(text: string, period: Period): boolean {
  const at = text.indexOf(period.label);
  if (at < 0) return true;
  const start = Math.max(0, text.lastIndexOf('. ', at) + 1);
  const stop = text.indexOf('. ', at + period.label.length);
  // A count in words ("all five strands") describes more often than it reports.
  return mentions(text.slice(start, stop < 0 ? text.length : stop)).some((m) => !isSpelledCount(m));
}
