/** One formatter per style, made once: building an Intl formatter costs more than using it. */
const FORMATS = {
  short: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A document date as people write it in a citation: "Jul 2024" (short) or "July 2024" (long);
 * the text as given if it is not an ISO date.
 */
export function monthYear(iso: string, month: 'short' | 'long' = 'short'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : FORMATS[month].format(d);
}
