/**
 * The places figures are said to be for, as the documents name them: England and Wales, the
 * national picture, Greater Manchester, the North West.
 */

/** Each place as a pattern and its name; a name left out is the place as written ("East Midlands", "North Wales"). */
const GEOGRAPHY: [RegExp, string?][] = [
  [/\b(?:England and Wales|E&W)\b/i, 'England and Wales'],
  [/\bnational(?:ly)?\b(?:\s+(?:average|rate|picture))?/i, 'national'],
  [/\b(?:Greater Manchester|GM|GMP)\b/, 'Greater Manchester'],
  [/\bNorth West\b/, 'North West'],
  // The other nations, regions and the capital, as other forces' and the national bulletins name them.
  [/\bEngland\b(?!\s+(?:and|&)\s+Wales)/, 'England'],
  [/\b(?:North|South)\s+Wales\b/],
  [/(?<!\b(?:England\s+(?:and|&)|North|South)\s+)\bWales\b/, 'Wales'],
  [/\bScotland\b/, 'Scotland'],
  [/\bNorthern Ireland\b/, 'Northern Ireland'],
  [/\b(?:the UK|United Kingdom)\b/, 'UK'],
  [/\bLondon\b/, 'London'],
  [/\b(?:North East|Yorkshire and the Humber|East Midlands|West Midlands|East of England|South East|South West)\b/],
];

/** Every place a text names (England and Wales, national, Greater Manchester, the North West), as figures name them. */
export function placesNamed(text: string): string[] {
  return GEOGRAPHY.map(([re, name]) => {
    const m = re.exec(text);
    return { at: m ? m.index : -1, name: name ?? m?.[0] ?? '' };
  })
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.name);
}

/** "Parts of the UK", "regions of England": places within the one named. */
const PARTS_OF = /\b(?:parts|areas|regions|nations|countries|corners|forces|districts)\s+of\s+(?:the\s+)?(?:UK|United Kingdom|England(?:\s+and\s+Wales)?|Wales|Scotland|Northern Ireland|country)\b/gi;

/** The places a question asks about: those it names, but not a whole it asks the parts of ("which parts of the UK saw …"). */
export function placesAsked(question: string): string[] {
  return placesNamed(question.replace(PARTS_OF, ' '));
}

/** The place named last in a text, as figures name places. */
export function geographyNear(text: string): string | undefined {
  let best: { at: number; name: string } | undefined;
  for (const [re, name] of GEOGRAPHY) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(g)) if (!best || m.index! > best.at) best = { at: m.index!, name: name ?? m[0] };
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

/** The nations a place lies in, for telling places that share no ground. */
const NATION_OF: Readonly<Record<string, string[]>> = {
  'England and Wales': ['England', 'Wales'],
  England: ['England'],
  Wales: ['Wales'],
  'North Wales': ['Wales'],
  'South Wales': ['Wales'],
  Scotland: ['Scotland'],
  'Northern Ireland': ['Northern Ireland'],
  London: ['England'],
  'North West': ['England'],
  'Greater Manchester': ['England'],
  'North East': ['England'],
  'Yorkshire and the Humber': ['England'],
  'East Midlands': ['England'],
  'West Midlands': ['England'],
  'East of England': ['England'],
  'South East': ['England'],
  'South West': ['England'],
};

/**
 * Whether two places share no ground: Scotland and England and Wales do, Wales and North Wales
 * do not. A place whose nation is not known (the UK, "national") may hold either.
 * @example
 * placesApart('Scotland', 'England and Wales') // true
 */
export function placesApart(a: string, b: string): boolean {
  const na = NATION_OF[a];
  const nb = NATION_OF[b];
  return na !== undefined && nb !== undefined && !na.some((n) => nb.includes(n));
}
