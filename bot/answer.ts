/**
 * The one platform-neutral answer every adapter renders. It holds no markup: Slack, Teams, the
 * shell and the CLI each turn it into their own form.
 */

export type Intent = 'figure' | 'passage' | 'quote' | 'help' | 'invalid';
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
}

export interface AnswerPassage extends Citation {
  text: string;
  score: number;
  /** Periods the passage states, as printed. */
  periods: string[];
}

export interface AnswerFigure extends Citation {
  value: string;
  unit: string;
  measure: string;
  period?: string;
  previous?: { period?: string; value: string; change?: string };
  sentence: string;
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
}
