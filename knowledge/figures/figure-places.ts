/**
 * The places figures are said to be for, as the documents name them: England and Wales, the
 * national picture, Greater Manchester, the North West.
 */

const GEOGRAPHY: [RegExp, string][] = [
  [/\b(?:England and Wales|E&W)\b/i, 'England and Wales'],
  [/\bnational(?:ly)?\b(?:\s+(?:average|rate|picture))?/i, 'national'],
  [/\b(?:Greater Manchester|GM|GMP)\b/, 'Greater Manchester'],
  [/\bNorth West\b/, 'North West'],
];

/** Every place a text names (England and Wales, national, Greater Manchester, the North West), as figures name them. */
export function placesNamed(text: string): string[] {
  return GEOGRAPHY.map(([re, name]) => ({ at: text.search(re), name }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.name);
}

/** The place named last in a text, as figures name places. */
export function geographyNear(text: string): string | undefined {
  let best: { at: number; name: string } | undefined;
  for (const [re, name] of GEOGRAPHY) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(g)) if (!best || m.index! > best.at) best = { at: m.index!, name };
  }
  return best?.name;
}

/**
 * The place named just after a figure, unless it is what the figure is set against: "7% and is
 * above the England and Wales average" is not England and Wales's 7%.
 */
export function placeAfter(text: string): string | undefined {
  // Nor where it ranks the figure among others ("8.53 seconds, putting it fifth in the tables nationally").
  if (/\b(?:average|above|below|than|compared|against|versus|vs|ranked|ranking|rank|tables?|league|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\d+(?:st|nd|rd|th))\b/i.test(text)) return undefined;
  return geographyNear(text);
}
