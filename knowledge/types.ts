/**
 * The shapes the knowledge core computes at ingest and serves at query time.
 * Everything here is plain data so it can be stored, serialized and rendered by any adapter.
 */

/** What the catalog says about one shipped document. */
export interface DocumentMeta {
  /** Stable id: the file name without its extension. */
  id: string;
  /** File name inside the documents folder. */
  file: string;
  title: string;
  publisher: string;
  /** Publication date, ISO `YYYY-MM-DD` (day 01 where only the month is known). */
  date: string;
  /** What kind of document it is: plan, progress-report, partner-plan… */
  kind: string;
  /** Where it can be opened (http or https), if the catalog gives it: citations link to it. */
  url?: string;
}

/** A stored document: catalog facts plus what ingest recorded. */
export interface StoredDocument extends DocumentMeta {
  /** sha256 of the file's bytes; an unchanged hash means re-ingest does nothing. */
  hash: string;
  ingestedAt: string;
  /** When the document was first read (ingestedAt moves on each change). */
  firstIngestedAt?: string;
  passageCount: number;
}

/** A span of a period, with the words the document used for it. */
export interface Period {
  /** As printed: "2023/24", "quarter 1 of 2024/25", "Feb-July 2022". */
  label: string;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  kind: 'financial-year' | 'quarter' | 'calendar-year' | 'month' | 'range' | 'since' | 'rolling' | 'date' | 'multi-year';
  /** Named loosely, by a season or a part of a year ("spring 2023", "early 2023"): its ends are a reader's guess. */
  loose?: true;
}

/** Where a passage stands in its document's text (character offsets into the file). */
export interface Location {
  start: number;
  end: number;
  section: string[];
}

/** One unit of text a person can read and cite: a paragraph, bullet or table-cell item. */
export interface Passage {
  /** `<docId>#<ordinal>`. */
  id: string;
  docId: string;
  /** Section path, outermost first: ["Commitment 5: Tackle drugs and alcohol", "Progress update"]. */
  section: string[];
  /** The passage as the document words it, wrapped whitespace reflowed. */
  text: string;
  start: number;
  end: number;
  /** Every place the same text stands in its document (first one equals start/end/section). */
  locations: Location[];
  /** Periods the passage states, parsed. */
  periods: Period[];
  /** Sentences checked at ingest to be verbatim spans of the source: [start, end) in `text`. */
  quotable?: [number, number][];
  /** The passage this one reads on from: a list item's lead-in, or what a bare "This includes:" points back at. */
  leansOn?: string;
}

/** An acronym and the long form the documents give for it. */
export interface Acronym {
  short: string;
  long: string;
  docId: string;
  /** The text in which it was defined. */
  context: string;
}

/** What a loader hands to passage building: a block of text with its place. */
export interface Block {
  section: string[];
  text: string;
  start: number;
  end: number;
  /** Whether the block began with a list's bullet: a list of bullets ends at the first block without one. */
  item?: boolean;
}

/** Units of a span of time, shortest first. */
export const DURATION_UNITS = ['seconds', 'minutes', 'days', 'weeks', 'months', 'years'] as const;
/** Every unit a figure can be counted in: the one list the type, table checks and questions share. */
export const FIGURE_UNITS = ['count', 'percent', 'percentage-points', 'money', 'ratio', 'rate-per-1000', ...DURATION_UNITS] as const;
/** What a figure counts in. */
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A number a document states, with what it measures, when, where, and against what. */
export interface Figure {
  /** `<passageId>/<n>`. */
  id: string;
  passageId: string;
  docId: string;
  kind: 'actual' | 'target';
  /** As printed: "1362", "29.6%", "£1,014,500", "one in five". */
  value: string;
  number: number;
  unit: FigureUnit;
  measure: string;
  period?: Period;
  geography?: string;
  /** The value it is compared with, as the sentence states it. */
  previous?: { period?: Period; label?: string; value: string; number: number; change?: string };
  /** A benchmark the sentence sets beside it ("the national average of 68%"). */
  comparator?: { geography: string; value: string; number: number };
  /** A change the sentence states ("an increase of 32%" → "+32%"). */
  change?: string;
  /** The count behind a percentage, as printed after it ("601/940"). */
  basis?: string;
  sentence: string;
}

/** One row of an indicator table. */
export interface IndicatorRow {
  file: string;
  /** 1-based line of the row in its file. */
  line: number;
  indicator: string;
  measure: string;
  period: Period;
  /** As written in the table. */
  value: string;
  number: number;
  unit: FigureUnit;
  geography: string;
  /** Where the figure was published: a document id, then its section path after " › ". */
  source: string;
  /** ISO date the figure was published, when known. */
  published?: string;
  /** When the row first appeared in the store (set by the store). */
  firstSeen?: string;
}

/** A source file as it was when last hashed: its stamp (size, times, inode) and its hash. */
export interface SourceStamp {
  stamp: string;
  hash: string;
}
