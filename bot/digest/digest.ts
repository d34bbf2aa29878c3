/**
 * What the weekly digest holds, as data: built by content.ts, rendered by each adapter. Types
 * only, so an answer can carry a digest without importing how one is built.
 */

/** What the weekly digest reports, for the week ending at `weekEnd`. */
export interface Digest {
  /** ISO week of the week's end, e.g. "2026-W48": the key each channel's post is claimed under. */
  week: string;
  weekStart: string;
  weekEnd: string;
  documents: { title: string; date: string; kind: string; change: 'new' | 'updated' }[];
  indicators: { indicator: string; geography: string; period: string; value: string; previous?: { period: string; value: string; change?: string }; trend: number[] }[];
  targetsDue: TargetLine[];
  targetsOverdue: TargetLine[];
  topQuestions: { query: string; count: number }[];
  unanswered: string[];
  /** True when every section is empty: the digest is one line. */
  quiet: boolean;
}

export interface TargetLine {
  measure: string;
  value: string;
  due: string;
  sentence: string;
  title: string;
}
