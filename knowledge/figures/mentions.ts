import { blankGluedNotes, countedNext, findPeriods, LAW_NAMED, LISTED_YEAR } from '../language/periods.js';
import { WORD_NUMBERS } from '../language/tokens.js';
import type { FigureUnit } from '../types.js';

/**
 * The numbers a sentence states, each read as a kind of figure (money, a share, a count, a span of
 * time…), and the numbers that only label or date something (years, ages, list numbers, "Tier 3"),
 * which are no figure. What each figure measures is worked out from its sentence in figures.ts.
 */

/** A number a sentence states, where it stands in it. */
export interface Mention {
  value: string;
  number: number;
  unit: FigureUnit;
  at: number;
  end: number;
}

// ("£262,789, 079": a space extraction left after a thousands comma is read through.)
/** ("£1,000, and …": the comma after a sum is the sentence's, not the sum's.) */
const money = /£\s?(?:\d{1,3}(?:,\d{3})+,\s\d{3}(?![\d,])|\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:bn|m|k|K|million|billion)?\b)/g;
const percentPoints = /\b\d+(?:\.\d+)?\s?percentage points?\b/g;
/** "27.5%", "77.7 %" as extraction spaces it, and "34 per cent" as government bulletins write it. */
/** ("A 1,024% increase": a rise of more than ten times is written with its thousands comma.) */
const percent = /\b(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?%|\s(?:per ?cent|percent)\b)/gi;
/**
 * "30-40%", "13%-19%", "between 30 and 40 per cent", "around 14 to 15%": a share given as a range
 * is one figure, read whole (its low end is no count of its own). "From 4% to 7%" is a change, so
 * "to" and "and" join a range only after "between" or a hedge.
 */
const percentRange =
  /(?<![\d.,/£-])\b(\d+(?:\.\d+)?)(?:\s?%)?(?:\s?[-–]\s?|(?<=\b(?:between|around|about|roughly|approximately|some)\s+\d+(?:\.\d+)?(?:\s?%)?)\s+(?:to|and)\s+)(\d+(?:\.\d+)?)(?:\s?%|\s(?:per ?cent|percent)\b)/gi;
/** Tens as words, for a share written out as style guides ask at a sentence's start ("Thirty per cent"). */
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS_WORDS = Object.keys(WORD_NUMBERS).filter((w) => WORD_NUMBERS[w]! < 10);
/** "Thirty per cent", "nine per cent", "twenty-five percent": a share written in words. */
const spelledPercent = new RegExp(
  String.raw`\b(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNITS_WORDS.join('|')}))?|${Object.keys(WORD_NUMBERS).join('|')}|a hundred|one hundred)\s(?:per ?cent|percent)\b`,
  'gi',
);
/** The same, to test for one anywhere (not global: a test leaves no position behind). */
const anySpelledPercent = new RegExp(spelledPercent.source, 'i');
/** Whether the text writes a share in words ("from nine per cent in 2013"), as a number in figures would be. */
export function holdsSpelledPercent(text: string): boolean {
  return anySpelledPercent.test(text);
}

/** The number a share stands for, in figures or words: "12.5%" → 12.5, "Twenty-five per cent" → 25. */
export function percentNumber(text: string): number {
  const n = parseFloat(text.replace(/,(?=\d{3})/g, ''));
  return Number.isFinite(n) ? n : spelledPercentValue(text);
}

/** The number a share written in words stands for: "Twenty-five per cent" → 25. */
function spelledPercentValue(text: string): number {
  const words = text.toLowerCase().replace(/\s(?:per ?cent|percent)$/, '').split(/[- ]/);
  if (words.at(-1) === 'hundred') return 100;
  return words.reduce((sum, w) => sum + (TENS[w] ?? WORD_NUMBERS[w] ?? 0), 0);
}
/** "One in five", "nine in ten", "one in a hundred", "1 in 1,000", "3 out of every 4": a share told as so many of so many. */
const ratio = new RegExp(
  String.raw`\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})(?:[ -]in[ -](?:a[ -])?|\s+out\s+of\s+(?:every\s+)?)(${Object.keys(WORD_NUMBERS).join('|')}|hundred|thousand|\d{1,3}(?:,\d{3})?)\b(?![/\d])`,
  'gi',
);
/** The number a ratio's word stands for, beyond those counted in words. */
const RATIO_BASES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };
// Not hours: reports mostly count them ("8,000 hours of unpaid work") rather than wait them.
const duration = /\b\d[\d,]*(?:\.\d+)?\s(seconds|minutes|days|weeks|months|years)\b(?!\s+old)/g;
/**
 * "an average of five working days", "took three weeks": a span written in words, as style guides
 * ask for small numbers. Only after a word that states a quantity, since most such spans in
 * reports frame a time ("over three years", "for five years") rather than report how long.
 */
const spelledDuration = new RegExp(
  String.raw`(?<=\b(?:of|by|took|takes|take|taking|taken|averaged|average|median|mean|was|were|is|are|been|about|around|approximately|nearly|almost|just|only)\s+)` +
    String.raw`(?:${Object.keys(WORD_NUMBERS).join('|')})\s+(?:(?:working|calendar)\s+)?(seconds|minutes|days|weeks|months|years)\b(?!\s+(?:old|ago)\b|['’])`,
  'gi',
);
/**
 * "seven self-inflicted deaths", "good in two areas": a count written in words, as style guides
 * ask for numbers under ten. Not "one", mostly a pronoun ("one of the"); not a fraction ("two
 * thirds"), a multiple ("three times"), a span ("three-year") or a vague "two or three". Such a
 * count describes more often than it reports, so search does not take it for a statistic (see
 * {@link isSpelledCount}); it is there for the answer once the passage is found.
 */
const spelledCount = new RegExp(
  String.raw`(?<!\b(?:${Object.keys(WORD_NUMBERS).join('|')})\s+or\s+)\b(?:${Object.keys(WORD_NUMBERS).filter((w) => w !== 'one').join('|')})\b` +
    String.raw`(?![- ](?:thirds?|quarters?|fifths?|halves|tenths|times|or|to|years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b|-|\s*%|\s+per\s*cent)`,
  'gi',
);

/** "zero reports were submitted": none of something counted, said as a number ("zero tolerance" counts nothing). */
const spelledZero = /\bzero\b(?=\s+\p{Ll}+s\b)/giu;

/** The base of a rate: "per 1,000", "per 100,000", "per million" (passenger journeys). */
export const RATE_BASE = String.raw`per\s+(?:1,?000|10,?000|100,?000|million|1,?000,?000)`;

/** A rate's base within ten words after its number: "70 stop and searches per 1,000 population". */
const RATE_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}'’-]+\s+){0,10}${RATE_BASE}\b`, 'u');

/** "seven million adults", "two billion pounds": a count written in words with its scale, a statistic like "7 million". */
const spelledScaled = new RegExp(String.raw`\b(?:${Object.keys(WORD_NUMBERS).join('|')})\s+(?:million|billion)\b`, 'gi');
const SCALES: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9 };

/** The UK's police and health phone services named by their numbers: "101 and 999 calls", "the 111 number". */
export const PHONE_SERVICE = /\b(?:999|101|111)(?:\s*(?:and|or|\/)\s*(?:999|101|111))*\s*(?:calls?|numbers?|lines?|services?|contacts?)\b/i;

/** A phone service named by its number at the start of a text: "999 calls answered". */
export const PHONE_SERVICE_AT_START = new RegExp(`^${PHONE_SERVICE.source}`, 'i');

/** Whether a figure is a count written in words ("seven"). */
export function isSpelledCount(f: { unit: FigureUnit; value: string }): boolean {
  return f.unit === 'count' && /^\p{L}/u.test(f.value) && !/\b(?:million|billion)$/i.test(f.value);
}
/**
 * "285kg", "40km": a count with its unit of weight or distance written onto it, one token as
 * printed and as a person quotes it ("285" alone says nothing). Set apart ("100 miles", "8,000
 * hours") the number is the figure and its unit starts what it counts, as for any count.
 */
const MEASURE_UNIT = '(?:kg|kilos|kilograms|tonnes|grams|miles|km|kilometres)';
const measured = new RegExp(String.raw`\b\d[\d,]*(?:\.\d+)?${MEASURE_UNIT}\b`, 'gi');
const MEASURED_VALUE = new RegExp(String.raw`\d${MEASURE_UNIT}$`, 'i');

/** Whether a figure's value is a count with its unit of weight or distance written onto it ("285kg"), not a scaled one ("1.4 million"). */
export function isMeasuredCount(f: { unit: FigureUnit; value: string }): boolean {
  return f.unit === 'count' && MEASURED_VALUE.test(f.value);
}
const fraction = /\b\d+\/\d+\b/g;
const count = /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g;
// "1.4 million women", "2.8m residents": a count with its scale written out.
const scaledCount = /\b\d+(?:\.\d+)?\s?(?:million|billion|thousand)\b|\b\d+\.\d+m\b/gi;

/** The value a number as printed stands for: "1,234" → 1234, "£2.5m" → 2500000. */
export function toNumber(text: string): number {
  // The scale ends its word: "12 months" is twelve, not twelve million.
  const m = /([\d,]+(?:\.\d+)?)\s?(?:(bn|m|k|million|billion|thousand)\b)?/i.exec(text);
  if (!m) return NaN;
  const base = Number(m[1]!.replace(/,/g, ''));
  const scale = ({ bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3, thousand: 1e3 } as Record<string, number>)[(m[2] ?? '').toLowerCase()] ?? 1;
  return base * scale;
}

/** Every number mention in a sentence that is a figure (not a year, date, ordinal or label). */
export function mentions(written: string): Mention[] {
  // ("… in the last 12 months2.": a note's mark run onto a word is no number of the sentence's.)
  const sentence = blankGluedNotes(written);
  const taken: [number, number][] = [];
  const out: Mention[] = [];
  const claim = (at: number, end: number) => {
    if (taken.some(([a, b]) => at < b && end > a)) return false;
    taken.push([at, end]);
    return true;
  };
  // Periods and dates are not figures: claim their spans first, longest first, so that a date
  // ("31 March 2021") is claimed whole though a shorter period ("2021") lies within it.
  for (const p of findPeriods(sentence).sort((a, b) => b.label.length - a.label.length)) {
    for (let at = sentence.indexOf(p.label); at >= 0; at = sentence.indexOf(p.label, at + 1)) claim(at, at + p.label.length);
  }
  const add = (re: RegExp, unit: FigureUnit | ((m: RegExpExecArray) => FigureUnit), value: (m: RegExpExecArray) => number) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const at = m.index;
      const end = at + m[0].length;
      if (!claim(at, end)) continue;
      // A margin of error ("a confidence interval of +/- 1.67 percent") says how sure a figure is; it is none itself.
      if (MARGIN_BEFORE.test(sentence.slice(Math.max(0, at - 6), at))) continue;
      out.push({ value: m[0].trim(), number: value(m), unit: typeof unit === 'function' ? unit(m) : unit, at, end });
    }
  };
  add(money, 'money', (m) => toNumber(m[0].replace('£', '').replace(/,\s/g, ',')));
  for (const x of out) if (x.unit === 'money') x.value = x.value.replace(/(\d),\s(?=\d)/g, '$1,');
  add(percentPoints, 'percentage-points', (m) => parseFloat(m[0]));
  add(percentRange, 'percent', (m) => (Number(m[1]) < Number(m[2]) ? (Number(m[1]) + Number(m[2])) / 2 : NaN));
  // ("30 and 40 per cent" reads as a range only with its "between".)
  for (const x of out) {
    if (x.unit === 'percent' && /\sand\s/.test(x.value) && /\bbetween\s+$/i.test(sentence.slice(0, x.at))) {
      x.at = sentence.slice(0, x.at).search(/\bbetween\s+$/i);
      x.value = sentence.slice(x.at, x.end);
    }
  }
  add(percent, 'percent', (m) => percentNumber(m[0]));
  add(spelledPercent, 'percent', (m) => spelledPercentValue(m[0]));
  // "77.7 %" as extraction spaced it is printed as a person writes it.
  for (const x of out) if (x.unit === 'percent') x.value = x.value.replace(/\s+%$/, '%');
  const ratioOf = (m: RegExpExecArray) => (WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])) / (WORD_NUMBERS[m[2]!.toLowerCase()] ?? RATIO_BASES[m[2]!.toLowerCase()] ?? toNumber(m[2]!));
  add(ratio, 'ratio', (m) => (ratioOf(m) < 1 ? ratioOf(m) : NaN));
  // "over the next 12 months", "in the last 12 months": a span of time the sentence speaks of,
  // not a quantity it reports.
  // "sentences of less than 12 months", "calls answered in under 10 seconds": a bound on what
  // is counted, not a count.
  // ("answered between 10 and 60 seconds": so is the upper end of a span's range.)
  const spanOfTime = (at: number) =>
    /\b(?:next|last|past|previous|first|coming|following|within|recent|(?:less|more|fewer|longer|shorter) than|equal to|under|over|below|above)\s+$/i.test(sentence.slice(Math.max(0, at - 16), at)) ||
    /\bbetween\s+\d[\d,.]*\s*(?:and|to|-|–)\s*$/i.test(sentence.slice(Math.max(0, at - 30), at));
  // "people aged 16 to 59 years", "a child under the age of 16 years": an age says who is
  // counted, not how long anything took.
  const age = (at: number) => AGE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
  // ("compared with 12 months ago", "two years earlier": a time counted back, not a quantity.)
  // ("presented for the 10 years from 2012-13 to 2021-22": the years a table covers, not a length.)
  // ("the proportion in settled accommodation 3 months after leaving prison": a time counted from
  // an event says when something is measured, not how long anything took; "took 98 days after
  // charge", "ran for 6 months before it closed" do say how long.)
  const fromEvent = (m: RegExpExecArray) =>
    /^\s+(?:after|before|following|prior to)\b/i.test(sentence.slice(m.index + m[0].length)) &&
    !/\b(?:took|take|takes|taking|taken|averaged?|median|mean|of|was|were|is|are|for|lasted|lasting|waited|waiting|wait|spent|served|within|up to)\s+(?:(?:about|around|over|nearly|almost|just|some)\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index));
  const noLength = (m: RegExpExecArray) =>
    /^\s+(?:ago|earlier)\b/i.test(sentence.slice(m.index + m[0].length)) ||
    fromEvent(m) ||
    (/\b(?:the|for|over|across|covering|spanning)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)) && /^\s+(?:from|between|since)\s/i.test(sentence.slice(m.index + m[0].length)));
  add(duration, (m) => m[1] as FigureUnit, (m) => (spanOfTime(m.index) || age(m.index) || noLength(m) ? NaN : toNumber(m[0])));
  add(spelledDuration, (m) => m[1]!.toLowerCase() as FigureUnit, (m) => (spanOfTime(m.index) || age(m.index) || noLength(m) ? NaN : WORD_NUMBERS[m[0].split(/\s/)[0]!.toLowerCase()]!));
  // ("More than 400 hours" is hedged, not a bound: a count, unlike a span of time.)
  add(measured, 'count', (m) => toNumber(m[0].replace(/\s?\p{L}+$/u, '')));
  add(fraction, 'ratio', (m) => Number(m[0].split('/')[0]) / Number(m[0].split('/')[1]));
  add(scaledCount, 'count', (m) => toNumber(m[0]));
  // A capitalised number after a capitalised word names something ("Phase Two", "Group Four").
  add(spelledScaled, 'count', (m) => {
    const [n, scale] = m[0].toLowerCase().split(/\s+/);
    return WORD_NUMBERS[n!]! * SCALES[scale!]!;
  });
  const spelledLabel = (m: RegExpExecArray) => /^\p{Lu}/u.test(m[0]) && /\p{Lu}\p{Ll}*\s+$/u.test(sentence.slice(Math.max(0, m.index - 24), m.index));
  add(spelledCount, 'count', (m) =>
    spelledLabel(m) || isLabel(sentence.slice(Math.max(0, m.index - 24), m.index), sentence.slice(m.index + m[0].length, m.index + m[0].length + 20), m[0]) ? NaN : WORD_NUMBERS[m[0].toLowerCase()]!,
  );
  add(spelledZero, 'count', () => 0);
  count.lastIndex = 0;
  for (let m = count.exec(sentence); m; m = count.exec(sentence)) {
    const at = m.index;
    const end = at + m[0].length;
    const before = sentence.slice(Math.max(0, at - 24), at);
    const after = sentence.slice(end, end + 20);
    if (isLabel(before, after, m[0])) continue;
    if (!claim(at, end) || MARGIN_BEFORE.test(before)) continue;
    // "70 per 1,000", "70 stop and searches per 1,000 population", "118 incidents of domestic
    // abuse recorded by the police in Scotland per 10,000 population": a rate, not a count.
    const rate = RATE_AFTER.test(sentence.slice(end, end + 120));
    out.push({ value: m[0], number: toNumber(m[0]), unit: rate ? 'rate-per-1000' : 'count', at, end });
  }
  const found = out.filter((x) => Number.isFinite(x.number)).sort((a, b) => a.at - b.at);
  // "8.5 crimes per million passengers - down from 9.3": the value a rate moved from is a rate too.
  for (let i = 1; i < found.length; i++) {
    const [before, x] = [found[i - 1]!, found[i]!];
    if (before.unit === 'rate-per-1000' && x.unit === 'count' && RATE_FROM.test(sentence.slice(before.end, x.at))) x.unit = 'rate-per-1000';
  }
  // "£7.9 and £6.9 million", "from £7.9 to £9.2 million", "between 2.1 and 2.5 million": a
  // value paired with a scaled one shares its scale.
  for (let i = found.length - 2; i >= 0; i--) {
    const [x, next] = [found[i]!, found[i + 1]!];
    const scale = SCALE_WORD.exec(next.value)?.[1];
    if (!scale || x.unit !== next.unit || SCALE_WORD.test(x.value) || !SCALE_SHARED.test(sentence.slice(x.end, next.at))) continue;
    // (Only a value of the same order as the scaled one's own: "from 120 to 1.2 million" is not 120 million.)
    const base = toNumber(next.value.replace('£', '').replace(SCALE_WORD, (d) => d.charAt(0)));
    if (!(x.number >= base / 10 && x.number <= base * 10)) continue;
    // (Nor pounds and pence beside a rounder sum: "£7.50 and £2m" is a price and a budget.)
    if (/\.\d{2}$/.test(x.value) && !/\.\d{2}\s?\p{L}+$/u.test(next.value)) continue;
    const spaced = /\s/.test(next.value.slice(-scale.length - 1));
    x.value = `${x.value}${spaced ? ' ' : ''}${scale}`;
    x.number = toNumber(x.value.replace('£', ''));
  }
  return found;
}

/** A scale written after a value: "£6.9 million", "2.5bn". */
const SCALE_WORD = /\d\s?(million|billion|bn|m)$/i;
/** The words joining a value to a scaled one whose scale it shares: "and", "to", "or", a dash. */
const SCALE_SHARED = /^\s*(?:and|to|or|-|–)\s*$/i;

/** Words between a rate and the value it moved from or is compared with. */
const RATE_FROM = /^[^.;()\d]{0,60}\b(?:up from|down from|from|compared (?:with|to))\s*$/i;

/** "+/-" or "±" before a number: a margin of error. */
const MARGIN_BEFORE = /(?:\+\s?\/\s?[-−]|±)\s*$/;

/** Words before a number of years that make it an age: "aged 16 to 59", "under the age of", "aged 16 years and over". */
const AGE_BEFORE = /\b(?:aged?|ages|age of)\s+(?:(?:between|over|under|from)\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?$/i;

/**
 * A bound that defines who is counted, not a count: "offenders with 15 or more previous
 * convictions", "households of three or more".
 */
const BOUND_BEFORE = String.raw`\b(?:with|of|having|had|has|have|committed|serving)\s+`;
const BOUND_AFTER = String.raw`\s+(?:or|and)\s+(?:more|over|above|fewer|less|under|below)\b`;
const BOUND_BEFORE_ENDS = new RegExp(`${BOUND_BEFORE}$`, 'i');
const BOUND_AFTER_STARTS = new RegExp(`^${BOUND_AFTER}`, 'i');
/** Every such bound in a text, with the word before it, for reading a measure that holds one. */
export const DEFINING_BOUNDS = new RegExp(`${BOUND_BEFORE}\\d[\\d,.]*${BOUND_AFTER}`, 'gi');

/** A year and a spaced dash, ending the words before a number: "2019 – ", "2012/2013 – ". */
const YEAR_THEN_DASH = new RegExp(String.raw`(?:^|\s)${LISTED_YEAR}\s[-–]\s$`);

/**
 * "2019 – 54 complaints were received": a count set after its year by a spaced dash, as lists
 * of years write them, not the end of a span; a span ends in a later year ("2019 – 2020",
 * "2019 – 20") and is not followed by what it counts.
 */
function countInYear(before: string, after: string, value: string): boolean {
  // (A financial year too, "2012/2013 – 925 2013/2014 – 1,068": the list goes on to the next
  // year, or ends, with no noun after each count.)
  const written = YEAR_THEN_DASH.exec(before);
  if (!written) return false;
  const year = written[2] ?? written[1]!;
  const listed = written[2] !== undefined && /^\s*(?:$|[.;]|(?:19|20)\d\d\b)/.test(after);
  if (!countedNext(after) && !listed) return false;
  return !/^(?:19|20)\d\d$/.test(value) && Number(value) !== (Number(year) + 1) % 100;
}

/** Numbers that label rather than count: ordinals, list numbers, "Tier 3", "CAS-3", "Catch22", "18-24 year old", "n=". */
function isLabel(before: string, after: string, value: string): boolean {
  if (/^\s?(?:st|nd|rd|th)\b/.test(after)) return true; // "1st", and "1 st" as extraction spaces it
  // A time of day: "published at 00:01 on Friday", "from 9:30".
  if ((/^\d{1,2}$/.test(value) && /^:\d{2}\b/.test(after)) || (/^\d{2}$/.test(value) && /\b\d{1,2}:$/.test(before))) return true;
  // The day of a date whose year comes later or not at all: "from 1 April to 30 June 2024".
  if (/^\d{1,2}$/.test(value) && Number(value) <= 31 && /^\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/.test(after)) return true;
  // A day after its month with no year ("on July 19, with …"): a date, not a count.
  if (/^\d{1,2}$/.test(value) && Number(value) <= 31 && /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/.test(before) && /^(?:\s*[,.;:)]|\s*$|\s+(?:and|to|until|or)\b)/.test(after)) return true;
  if (/[\p{L}-]$/u.test(before) || /^[\p{L}]/u.test(after)) return true;
  // (A table, chart or annex a report points to: "See Chart 1 and Table 1"; an FOI reply's "Question 3".)
  if (/\b(?:tier|priority|commitment|year|quarter|wave|phase|level|section|chapter|page|paragraph|stage|objective|band|grade|category|table|chart|graph|figure|fig\.|annex|appendix|box|q|question|n\s?=|no\.?)\s*$/i.test(before)) return true;
  // A footnote mark set right after a word's closing punctuation: "highest ever level.3 Home
  // Office…", "in 2018,2 and"; and a paper's number after its series code: "HC 1016".
  if ((/\p{L}[.,;:’”)]$/u.test(before) || /\b(?:19|20)\d\d[.,]$/.test(before)) && /^(?:\s|$)/.test(after) && value.length <= 3) return true;
  // A number to text or ring: "our discreet text 61016 service", "dial 0800 555 111".
  if (/^\d{3,}$/.test(value) && /\b(?:text|txt|sms|dial|ring|call|phone|telephone)\s+(?:us\s+)?(?:on\s+)?$/i.test(before)) return true;
  // A note mark in square brackets: "used by Police Scotland[1] is", "rose to 1,200 [2]".
  if (/\S\s?\[$/u.test(before) && /^\]/.test(after) && value.length <= 3) return true;
  // …or in round ones set right after the sentence's stop: "according to new research.(1) Of those",
  // which the sentence reader may cut after the bracket, leaving "1) Of those" to open the next.
  if (/^\d{1,2}$/.test(value) && ((/\p{L}[.,;:’”]\($/u.test(before) && /^\)/.test(after)) || (before.trim() === '' && /^\)\s+\p{Lu}/u.test(after)))) return true;
  if (/(?:^|\s)[A-Z]{1,3}\s$/.test(before) && /^\d+$/.test(value) && !/^\s*(?:%|per\b)/.test(after)) return true;
  if (/^\s?[-–]\s?\d/.test(after) || (/\d\s?[-–]\s?$/.test(before) && !countInYear(before, after, value))) return true; // ranges such as 18-24, "18 – 24"
  if (/^[-–]\s+(?:to|and)\s+\d/.test(after)) return true; // "the 10- to 15-year-olds": the first bound of a range
  if (/^\s+(?:to|and)\s+\d{1,2}[- ]years?[- ]olds?\b/i.test(after)) return true; // "all 18 to 21-year-old victims"
  // A year, however long ago: a span ("in Scotland, 1980 to 2018"), or one that ends its clause
  // with nothing counted after it ("in Scotland, 1980."); statistics write a count of thousands
  // with a comma.
  if (/^(?:19|20)\d\d$/.test(value) && (/^\s+(?:to|and)\s+(?:19|20)\d\d\b/.test(after) || /^\s*(?:[).,;:]|$)/.test(after))) return true;
  if (/^\s?(?:year|yr)s?[- ]old\b/.test(after)) return true;
  // The phone services "101 and 999 calls", "the non-emergency 101 number": a name, not a count.
  if (PHONE_SERVICE_AT_START.test(value + after)) return true;
  // "The 999 Performance Data": the service's number names what follows, as it does after "the".
  if (/^(?:999|101|111)$/.test(value) && (/\bthe\s+$/i.test(before) || /^\s+\p{Lu}/u.test(after))) return true;
  if (LAW_NAMED.test(before) && /^(?:19|20)\d\d$/.test(value)) return true; // "the Sentencing Act 2020"
  if (/\bper\s*$/i.test(before)) return true; // the base of a rate: "70 per 1,000 population"
  if (BOUND_BEFORE_ENDS.test(before) && BOUND_AFTER_STARTS.test(after)) return true;
  // "The percentages add up to more than 100": what shares sum to is a note on rounding, not a count.
  if (value === '100' && /\b(?:add(?:s|ed)?\s+up\s+to|add\s+to|sum(?:s|med)?\s+to)\s+(?:(?:more|less)\s+than\s+|exactly\s+)?$/i.test(before)) return true;
  // Ages and the bounds of a range: "males aged 15-19", "between 15 and 34", "aged 16 to 24".
  if (/\baged\s+(?:between\s+|over\s+|under\s+)?$/i.test(before) || (/\bbetween\s+$/i.test(before) && /^\s+(?:and|to)\s+(?:under\s+)?\d/.test(after)) || /\bbetween\s+\d[\d,.]*\s+and\s+$/i.test(before)) return true;
  // "victims aged 16 to 24": the upper bound of an age band.
  if (/\baged\s+\d{1,2}\s+(?:to|and)\s+$/i.test(before)) return true;
  // "Community Accommodation Service 3 (CAS-3)": a number that closes a capitalised name, the
  // name's acronym in brackets after it.
  if (/\p{Lu}\p{Ll}+\s$/u.test(before) && /^\d{1,2}$/.test(value) && /^\s*\(\s*\p{Lu}/u.test(after)) return true;
  if (/^-(?:day|week|month|year|hour|minute)s?\b/i.test(after)) return true; // "a 6-month initiative" says how long, not how many
  // (So does a span named in the singular without the hyphen: "in the latest 6 month", "a 24 hour helpline".)
  if (/^\s?(?:second|minute|hour|day|week|month|year)\b/i.test(after) && toNumber(value) !== 1) return true;
  // "a 7 day a week operation", "24 hours a day": how often a service runs, not how many.
  if (/^[\s-](?:days?[\s-]a[\s-]week|hours?[\s-]a[\s-]day|days?[\s-]a[\s-]year)\b/i.test(after)) return true;
  if (/^\s*[.)]\s*$/.test(after) && before.trim() === '' && Number(value) < 20) return true; // "1." list numbers
  // A list item's number in brackets, opening its line or set after a colon: "(3) Number of
  // persons granted a licence …", "as follows: (1) …".
  if (/^\d{1,2}$/.test(value) && /(?:^|\n|:)\s*\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
  // "… submitted to the Procurator Fiscal 3.": the next item's number, run onto the end of the
  // item before it where a numbered reply is read as one passage; a name ends no count.
  if (/^\.\s*$/.test(after) && /^\d{1,2}$/.test(value) && /\p{Lu}\p{Ll}+\s$/u.test(before)) return true;
  // A section's number before its heading: "2.1 Licences revoked, granted, and refused".
  if (before.trim() === '' && /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?$/.test(value) && /^\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(after)) return true;
  return false;
}
