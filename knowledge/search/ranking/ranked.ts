import type { Concept } from '../concepts.js';
import type { Question } from '../question.js';
import type { Figure } from '../../figures/figures.js';
import type { Passage, Period } from '../../types.js';

/** A passage with the score that ranks it for one question. */
export interface Ranked {
  passage: Passage;
  /** The figures the passage states. */
  figures: Figure[];
  score: number;
  /** Share of the question's weight (by term rarity) that the passage matches, 0–1. */
  coverage: number;
  /** Whether the passage speaks of the period the question asked for. */
  holdsPeriod: boolean;
  /** How many of the question's topical ideas the passage itself words (not by a neighbour). */
  ideasMet: number;
  /** The question's terms the passage, its section or its document's title and publisher hold. */
  matched: ReadonlySet<string>;
  /** The question's terms the passage lacks but the one before it holds ("Chief Constable X said:" before his words). */
  nearby?: ReadonlySet<string>;
}

/** What retrieval found for one question. */
export interface Retrieval {
  /** The question as read. */
  question: Question;
  ranked: Ranked[];
  /** The question's ideas, as searched. */
  concepts: Concept[];
  /** Periods written in the question. */
  askedPeriods: Period[];
  /** How sure the best passage answers the question, 0–1 (its coverage of the question). */
  confidence: number;
  /** True when a period was asked and the best passages hold it. */
  periodHeld: boolean;
  /** For each question term, the documents whose candidate passages (or titles) hold it. */
  termDocs: Map<string, Set<string>>;
}
