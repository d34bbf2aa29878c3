/**
 * A document date as people write it in a citation: "Jul 2024" (short) or "July 2024" (long);
 * the text as given if it is not an ISO date.
 */
export function monthYear(iso: string, month: 'short' | 'long' = 'short'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { month, year: 'numeric', timeZone: 'UTC' });
}
