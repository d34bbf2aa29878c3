import { findPeriods } from '../language/periods.js';
import type { Period } from '../types.js';

/**
 * Kinds of period a title can report on. A plan's span is not one, nor a month or a date: in a
 * title those say when it was published ("Panel report, 4 August 2022").
 */
const REPORTING_KINDS = new Set<Period['kind']>(['financial-year', 'quarter', 'calendar-year', 'range']);

/** Places a title can say its figures are for, as figure lines name them. */
const TITLE_PLACES: [RegExp, string][] = [
  [/\bEngland and Wales\b/i, 'England and Wales'],
  [/\bGreater Manchester\b/i, 'Greater Manchester'],
];

/**
 * The period a document reports on, read from its title ("Crime in England and Wales: year
 * ending March 2024", "Proven reoffending statistics: April to June 2023"): what a sentence that
 * states no period of its own speaks of. None when the title names no such period, or several.
 */
export function reportingPeriod(title: string): Period | undefined {
  const periods = findPeriods(title).filter((p) => REPORTING_KINDS.has(p.kind) || (p.kind === 'date' && snapshotDate(title, p)));
  return periods.length === 1 ? periods[0] : undefined;
}

/**
 * Whether a date in a title is the day its figures are counted on ("Police workforce, England and
 * Wales: 30 September 2023", "… as at 31 March 2024"), not the day it was published.
 */
function snapshotDate(title: string, date: Period): boolean {
  const at = title.indexOf(date.label);
  return at >= 0 && /(?::|\bas at|\bas of)\s*$/i.test(title.slice(0, at)) && !/\b(?:report|minutes|meeting|published|panel|agenda)\b/i.test(title);
}

/** The one place a title says the document is about, if it names exactly one. */
export function reportingPlace(title: string): string | undefined {
  const named = TITLE_PLACES.filter(([re]) => re.test(title)).map(([, place]) => place);
  return named.length === 1 ? named[0] : undefined;
}
