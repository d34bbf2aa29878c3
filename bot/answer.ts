import type { Digest } from './digest/digest.js';

/**
 * The one platform-neutral answer every adapter renders. It holds no markup: Slack, Teams, the
 * shell and the CLI each turn it into their own form.
 */

export type Intent = 'figure' | 'passage' | 'quote' | 'help' | 'invalid' | 'command';
export type AnswerStatus = 'answered' | 'no_answer' | 'other_period';

/** Where a passage or figure comes from, ready to cite. */
export interface Citation {
  docId: string;
  title: string;
  publisher: string;
  /** ISO publication date. */
  docDate: string;
  /** Section path joined with " › ". */
  section: string;
  /** Where the document can be opened, when its catalog entry gives it. */
  url?: string;
}

export interface AnswerPassage extends Citation {
  text: string;
  score: number;
  /** Periods the passage states, as printed. */
  periods: string[];
}

export interface AnswerFigure extends Citation {
  /** As printed in the document. */
  value: string;
  number: number;
  unit: string;
  measure: string;
  kind: 'actual' | 'target';
  /** The period as printed ("2023/24", "year ending 21/22"); absent when the document states none. */
  period?: string;
  geography?: string;
  previous?: { period?: string; value: string; change?: string };
  /**
   * When the figure answers for the period its sentence compares with, the newer value the
   * sentence gives ("499 in 2022/23; 692 in 2023/24, up 39%").
   */
  later?: { period?: string; value: string; change?: string };
  comparator?: { geography: string; value: string };
  /**
   * When the figure is the size of a change read from a level the sentence gives (asked "how much
   * did … change"), that level and the one it changed from.
   */
  level?: { value: string; from?: string; fromPeriod?: string };
  /** The count behind a percentage ("601/940"). */
  basis?: string;
  /** The sentence that states it, as the document words it. */
  sentence: string;
}

/** A sentence as the document words it, with the line to paste under it. */
export interface AnswerQuote extends Citation {
  text: string;
  /** `"…" — <title> (<publisher>, <date>), <section>` */
  citation: string;
}

export interface Answer {
  query: string;
  intent: Intent;
  status: AnswerStatus;
  /** One line a person reads first: the finding, or why there is none. */
  headline: string;
  figures: AnswerFigure[];
  passages: AnswerPassage[];
  /** Caveats: the period held instead of the one asked, a query shortened, and so on. */
  notes: string[];
  /** A line shown before everything else: what an asked-about acronym stands for. */
  lead?: string;
  /** For a quote question: verbatim sentences with citation lines, best first. */
  quotes?: AnswerQuote[];
  /** A digest preview, for `digest preview`: adapters render it with their digest renderer. */
  digest?: Digest;
}
