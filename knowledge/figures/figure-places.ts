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
  [/\bGreat Britain\b/, 'Great Britain'],
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

/** Every place a text names, where it stands, in order. */
function placesAt(text: string): { at: number; end: number; name: string }[] {
  const out: { at: number; end: number; name: string }[] = [];
  for (const [re, name] of GEOGRAPHY) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) out.push({ at: m.index!, end: m.index! + m[0].length, name: name ?? m[0] });
  }
  // (One place inside another's name counts once: "England" in "East of England".)
  return out.sort((a, b) => a.at - b.at || b.end - a.end).filter((p, i, all) => !all.slice(0, i).some((q) => q.at <= p.at && p.end <= q.end));
}

/**
 * Whether words after a number only say where it was: "in the UK during 2015", "across the
 * North East". ("in national funding" names what, not where, so the national picture is left out.)
 */
export function saysOnlyWhere(after: string): boolean {
  const lead = /^\s*(?:in|across|throughout)\s+/i.exec(after);
  if (!lead) return false;
  const rest = after.slice(lead[0].length);
  const first = placesAt(rest)[0];
  if (!first || first.name === 'national') return false;
  return first.at === 0 || (/^the\s+$/i.test(rest.slice(0, first.at)));
}

/** What joins the items of a list of two or three: "A and B", "A, B and C". */
const JOINS = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$/i;

/**
 * The place of each value in a sentence that pairs a list of places with a list of as many
 * values, in order: "the North East and East of England, costing £7.9 and £6.9 million" gives
 * £7.9 to the North East. Read only where the values follow the places, stand joined as a list,
 * and no other place is named between; by the index of each value in `values`.
 */
export function pairedPlaces(text: string, values: { at: number; end: number }[]): Map<number, string> {
  const out = new Map<number, string>();
  const places = placesAt(text);
  for (let i = 0; i + 1 < places.length; i++) {
    let j = i;
    while (j + 1 < places.length && JOINS.test(text.slice(places[j]!.end, places[j + 1]!.at))) j++;
    if (j === i) continue;
    const run = places.slice(i, j + 1);
    const after = values.findIndex((v) => v.at > run.at(-1)!.end);
    const listed = after < 0 ? [] : values.slice(after, after + run.length);
    const joined = listed.length === run.length && listed.every((v, k) => k === 0 || JOINS.test(text.slice(listed[k - 1]!.end, v.at).replace(/£$/, '')));
    const between = after < 0 ? '' : text.slice(run.at(-1)!.end, listed[0]!.at);
    if (joined && !places.some((p) => p.at >= run.at(-1)!.end && p.at < listed.at(-1)!.at) && !/\d/.test(between)) {
      run.forEach((p, k) => out.set(after + k, p.name));
    }
    i = j;
  }
  return out;
}

/** "Parts of the UK", "regions of England": places within the one named. */
const PARTS_OF = /\b(?:parts|areas|regions|nations|countries|corners|forces|districts)\s+of\s+(?:the\s+)?(?:UK|United Kingdom|England(?:\s+and\s+Wales)?|Wales|Scotland|Northern Ireland|country)\b/gi;

/** The whole a question asks the parts of: "which parts of the UK saw …" → UK. */
export function wholeOfPartsAsked(question: string): string | undefined {
  const parts = question.match(PARTS_OF)?.[0];
  return parts ? placesNamed(parts)[0] : undefined;
}

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

/** A number, then words setting another beside it: what follows is compared with what came before. */
const COMPARED_SINCE = /\d[^.;]*\b(?:compared (?:to|with)|against|versus|vs\.?|whereas|while)\b/i;
/** A place of its own named after a figure, in its clause: "… 3.5 cases per 10,000 in South Central". */
const OWN_PLACE_AFTER = /^(?:[^,;.()]|(?<=\d)[,.](?=\d))*?\b(?:in|for|across|at)\s+(?:the\s+)?\p{Lu}\p{Ll}+/u;

/**
 * The place named last before a figure, unless a number set against this one stands between:
 * in "the North West had 9.9 cases per 10,000 compared to 3.5 in South Central", the North West
 * is the 9.9's place, not the 3.5's, which names its own after it.
 */
export function placeBefore(before: string, after: string): string | undefined {
  const best = placesAt(before).at(-1);
  if (!best || (COMPARED_SINCE.test(before.slice(best.end)) && OWN_PLACE_AFTER.test(after))) return undefined;
  return best.name;
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
  'Great Britain': ['England', 'Wales', 'Scotland'],
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

/** Places that are whole nations, or two of them: a figure for one is for every part of it. */
const WHOLES = new Set(['Great Britain', 'England and Wales', 'England', 'Wales', 'Scotland', 'Northern Ireland']);

/**
 * Whether a place is a region or area within a nation's (or England and Wales's) ground: a
 * figure for the whole is no figure for the part ("North Wales" within Wales, "Greater
 * Manchester" within England and Wales). (A nation within England and Wales is left to be
 * answered by their shared figure, as documents for both often speak for each.)
 * @example
 * placeWithin('North Wales', 'Wales') // true
 */
export function placeWithin(part: string, whole: string): boolean {
  const np = NATION_OF[part];
  const nw = NATION_OF[whole];
  return !WHOLES.has(part) && WHOLES.has(whole) && np !== undefined && nw !== undefined && np.every((n) => nw.includes(n));
}
