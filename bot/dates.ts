/** Ordering of ISO dates, for renderers that sort by document date. */
export { byIsoDate } from '../knowledge/language/periods.js';

/**
 * One formatter per style, made on first use and kept: building an Intl formatter costs more
 * than using it, and a start that cites no date need not build one.
 */
const formats: Partial<Record<'short' | 'long', Intl.DateTimeFormat>> = {};

/**
 * A document date as people write it in a citation: "Jul 2024" (short) or "July 2024" (long);
 * the text as given if it is not an ISO date.
 */
export function monthYear(iso: string, month: 'short' | 'long' = 'short'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return (formats[month] ??= new Intl.DateTimeFormat('en-GB', { month, year: 'numeric', timeZone: 'UTC' })).format(d);
}
