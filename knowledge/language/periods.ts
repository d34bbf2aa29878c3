import type { Period } from '../types.js';
import { senseCounts } from './wordnet.js';

/**
 * Periods as documents and people write them: financial years ("2023/24", "2023-24", "21/22",
 * "year ending 21/22", "year ending March 2024"), quarters ("quarter 1 of 2024/25", "Q1 2024/25", "Q4 2022"),
 * months ("July 2022"), month ranges ("Feb-July 2022", "September 2023 to March 2024", "between 1 November 2021 and 30 April 2022", "1 April to 30 June 2024"), "since
 * January 2022", plan spans ("2022-25"), calendar years ("2019"), and "the last 12 months" (relative to a reference date).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, full or short, as a non-capturing pattern. */
export const monthWord = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/**
 * Orders ISO dates ("2024-07-01") oldest first. They sort as plain strings; `localeCompare` would
 * load ICU's collation data (some milliseconds of a start) to reach the same order.
 */
export function byIsoDate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/**
 * Whether the words after a number open with a noun of what it counts ("complaints were
 * received"), more a noun than a verb: "2020 – 25 complaints" is a count after its year, where
 * "Plan 2021 – 25 sets out" is a span.
 */
export function countedNext(after: string): boolean {
  const word = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1];
  if (!word) return false;
  const senses = senseCounts(word);
  return senses.n > 0 && senses.n > senses.v;
}

/** A month's number (1–12) from its name, full or short; 0 for anything else. */
export const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The UK financial year starting 1 April of `startYear`. */
export function financialYear(startYear: number, label = `${startYear}/${String(startYear + 1).slice(2)}`): Period {
  return { label, start: iso(startYear, 4, 1), end: iso(startYear + 1, 3, 31), kind: 'financial-year' };
}

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray, reference?: string) => Period | undefined;
}

// "2023/24", "2023-24", "2022/2023", "21/22": the second year must follow the first, which keeps
// out plan spans ("2022-25") and things like "24/7".
const fy = String.raw`((?:19|20)?\d{2})\s?[/-]\s?((?:19|20)?\d{2})`;

function fyFrom(a: string, b: string): number | undefined {
  const start = fullYear(a);
  const end = b.length === 4 ? Number(b) : Math.floor(start / 100) * 100 + Number(b);
  if (start < 1990 || start > 2099) return undefined;
  return end === start + 1 ? start : undefined;
}

/** A day of the month before its name ("1", "30th"), optional. */
const dayWord = String.raw`(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?`;
/** A day written after its month, as American style and many web pages date ("March 31, 2018"), optional. */
const dayAfter = String.raw`(?:\s+\d{1,2}(?:st|nd|rd|th)?,)?`;

/** A span from its two ends, each a day (or the month's first or last) of a month of a year. */
function spanOf(label: string, sd: string | undefined, sm: string, sy: number, ed: string | undefined, em: string, ey: number): Period | undefined {
  const [a, b] = [monthIndex(sm), monthIndex(em)];
  const start = iso(sy, a, sd ? Number(sd) : 1);
  const end = iso(ey, b, ed ? Number(ed) : lastDay(ey, b));
  return start < end ? { label, start, end, kind: 'range' } : undefined;
}

/** A date in figures, day first as British documents write it: "18.01.22", "01/04/2021". */
const numericDate = String.raw`(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2}|\d{2})`;

/** The day a date in figures stands for, if it is a real one. */
function dayOf(d: string, m: string, y: string): string | undefined {
  const [day, month, year] = [Number(d), Number(m), fullYear(y)];
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month) ? iso(year, month, day) : undefined;
}

const rules: Rule[] = [
  {
    // "18.01.22 – 22.03.22", "between 01/04/2021 and 31/03/2022": a span between two dates in figures.
    re: new RegExp(String.raw`(?<![\d./])(?:between\s+)?${numericDate}\s*(?:-|–|—|to|and|until)\s*${numericDate}(?![\d./])`, 'gi'),
    make: (m) => {
      const [start, end] = [dayOf(m[1]!, m[2]!, m[3]!), dayOf(m[4]!, m[5]!, m[6]!)];
      return start && end && start < end ? { label: m[0], start, end, kind: 'range' } : undefined;
    },
  },
  {
    // "as at 31/03/2022": one date in figures, with its year in full (a shorter one may be a version or a list number).
    re: /(?<![\d./])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?![\d./])/g,
    make: (m) => {
      const day = dayOf(m[1]!, m[2]!, m[3]!);
      return day ? { label: m[0], start: day, end: day, kind: 'date' } : undefined;
    },
  },
  {
    // "between 1 November 2021 and 30 April 2022", "between April and June 2024", "1 April to 30
    // June 2024": a span whose first end may leave its year to the second.
    re: new RegExp(
      String.raw`\b(?:between\s+${dayWord}(${monthWord})\.?(?:\s+((?:19|20)\d{2}))?\s+and|(\d{1,2})(?:st|nd|rd|th)?\s+(${monthWord})\.?(?:\s+((?:19|20)\d{2}))?\s+(?:to|until))\s+${dayWord}(${monthWord})\.?\s+((?:19|20)\d{2})\b`,
      'gi',
    ),
    make: (m) => {
      const ey = Number(m[9]);
      const [sd, sm, sYear] = m[2] ? [m[1], m[2], m[3]] : [m[4], m[5]!, m[6]];
      // Given once, the year is the second end's, and the first end's too unless that falls later in it.
      const sy = sYear ? Number(sYear) : monthIndex(sm!) > monthIndex(m[8]!) ? ey - 1 : ey;
      return spanOf(m[0], sd, sm!, sy, m[7], m[8]!, ey);
    },
  },
  {
    re: new RegExp(String.raw`\b(?:quarter\s+([1-4])|q([1-4]))\s+(?:of\s+)?${fy}\b`, 'gi'),
    make: (m) => {
      const start = fyFrom(m[3]!, m[4]!);
      if (start === undefined) return undefined;
      const q = Number(m[1] ?? m[2]);
      const startMonth = 4 + (q - 1) * 3;
      const y = startMonth > 12 ? start + 1 : start;
      const sm = ((startMonth - 1) % 12) + 1;
      return { label: m[0], start: iso(y, sm, 1), end: iso(y, sm + 2, lastDay(y, sm + 2)), kind: 'quarter' };
    },
  },
  {
    // A quarter of a calendar year ("Q4 2022", "quarter 3 of 2022", "the third quarter of 2022"),
    // as statistical releases number them: Q1 is January to March.
    re: /\b(?:quarter\s+([1-4])|q([1-4])|(first|second|third|fourth)\s+quarter)\s+(?:of\s+)?((?:19|20)\d{2})\b(?!\s?[/-]\s?\d)/gi,
    make: (m) => {
      const y = Number(m[4]);
      const q = m[3] ? ['first', 'second', 'third', 'fourth'].indexOf(m[3].toLowerCase()) + 1 : Number(m[1] ?? m[2]);
      const sm = (q - 1) * 3 + 1;
      return { label: m[0], start: iso(y, sm, 1), end: iso(y, sm + 2, lastDay(y, sm + 2)), kind: 'quarter' };
    },
  },
  {
    // "year ending March 2024", "year ending (YE) March 2024", "YE March 2024", "year ending 31
    // March 2022", "the year to March 2020", "the 12 months to June 2024": twelve months to the
    // end of that month (to March: the financial year).
    re: new RegExp(
      String.raw`(?:\b(?:year|(?:12|twelve) months)\s+(?:end(?:ing|ed)\s+(?:\(YE\)\s+)?(?:(?:\d{1,2})(?:st|nd|rd|th)?\s+)?(?:(${monthWord})${dayAfter}\s+)?|to\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(${monthWord})${dayAfter}\s+)|\bYE\s+(${monthWord})\s+)((?:19|20)\d{2})\b`,
      'gi',
    ),
    make: (m) => {
      const y = Number(m[4]);
      const named = m[1] ?? m[2] ?? m[3];
      const month = named ? monthIndex(named) : 3;
      if (month === 3) return financialYear(y - 1, m[0]);
      const sy = month === 12 ? y : y - 1;
      const sm = month === 12 ? 1 : month + 1;
      return { label: m[0], start: iso(sy, sm, 1), end: iso(y, month, lastDay(y, month)), kind: 'range' };
    },
  },
  {
    // "2019 to 2020": how UK public statistics write a financial year.
    re: /\b((?:19|20)\d{2}) to ((?:19|20)\d{2})\b(?!\s*[/-])/g,
    make: (m) => (Number(m[2]) === Number(m[1]) + 1 ? financialYear(Number(m[1]), m[0]) : undefined),
  },
  {
    // "2001/2": a financial year whose second year is cut to its last digit, as older reports write it.
    re: /\b(?:(?:financial\s+)?year\s+)?((?:19|20)\d{2})\/(\d)\b(?![\d/.,])/gi,
    make: (m) => {
      const start = Number(m[1]);
      return Number(m[2]) === (start + 1) % 10 ? financialYear(start, m[0]) : undefined;
    },
  },
  {
    re: new RegExp(String.raw`\b(?:(?:financial\s+)?year\s+(?:ending\s+)?)?${fy}\b`, 'gi'),
    make: (m) => {
      const start = fyFrom(m[1]!, m[2]!);
      return start === undefined ? undefined : financialYear(start, m[0]);
    },
  },
  {
    // A plan's span of financial years ("2022-25", "2022/2025", "2021–2024"): April of the first
    // year to March of the last, as public bodies plan, over two to ten years.
    re: /\b((?:19|20)\d{2})\s?[/–-]\s?((?:19|20)?\d{2})\b(?![/-]\d)/g,
    make: (m) => {
      const start = Number(m[1]);
      const end = m[2]!.length === 4 ? Number(m[2]) : Math.floor(start / 100) * 100 + Number(m[2]);
      if (end <= start + 1 || end > start + 10) return undefined;
      // ("2020 – 25 complaints were received": a count after its year, set off by a spaced dash.)
      if (/\s[–-]\s/.test(m[0]) && m[2]!.length === 2 && countedNext(m.input.slice(m.index + m[0].length))) return undefined;
      return { label: m[0], start: iso(start, 4, 1), end: iso(end, 3, 31), kind: 'multi-year' };
    },
  },
  {
    re: new RegExp(String.raw`\b(${monthWord})\.?\s*(?:-|–|to)\s*(${monthWord})\.?\s+((?:19|20)\d{2})\b`, 'gi'),
    make: (m) => {
      const y = Number(m[3]);
      const a = monthIndex(m[1]!);
      const b = monthIndex(m[2]!);
      const sy = a > b ? y - 1 : y;
      return { label: m[0], start: iso(sy, a, 1), end: iso(y, b, lastDay(y, b)), kind: 'range' };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${monthWord})\.?\s+((?:19|20)\d{2})\s*(?:-|–|to|until)\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${monthWord})\.?\s+((?:19|20)\d{2})\b`, 'gi'),
    make: (m) => {
      const [sy, sm, ey, em] = [Number(m[3]), monthIndex(m[2]!), Number(m[6]), monthIndex(m[5]!)];
      const sd = m[1] ? Number(m[1]) : 1;
      const ed = m[4] ? Number(m[4]) : lastDay(ey, em);
      return { label: m[0], start: iso(sy, sm, sd), end: iso(ey, em, ed), kind: 'range' };
    },
  },
  {
    // ("Since its creation in 1997": the start may be named by what began then.)
    re: new RegExp(String.raw`\bsince\s+(?:(?:its|their|the|our)\s+(?:creation|launch|founding|inception|establishment|formation|introduction|start|opening|beginning)\s+in\s+)?(?:(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${monthWord})\s+)?((?:19|20)\d{2})\b`, 'gi'),
    make: (m, reference) => {
      const y = Number(m[3]);
      const mo = m[2] ? monthIndex(m[2]) : 1;
      // "… the decade since 2010, when 245,763 arrests were recorded": the clause after speaks of
      // that time itself.
      if (/^,?\s+when\b/i.test(m.input.slice(m.index + m[0].length))) {
        const label = m[0].replace(/^since\s+/i, '');
        if (!m[2]) return { label, start: iso(y, 1, 1), end: iso(y, 12, 31), kind: 'calendar-year' };
        if (!m[1]) return { label, start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)), kind: 'month' };
        return { label, start: iso(y, mo, Number(m[1])), end: iso(y, mo, Number(m[1])), kind: 'date' };
      }
      return { label: m[0], start: iso(y, mo, m[1] ? Number(m[1]) : 1), end: reference ?? iso(y + 1, mo, 1), kind: 'since' };
    },
  },
  {
    // "July 19, 2018": a day after its month, set off from the year by a comma.
    re: new RegExp(String.raw`\b(${monthWord})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*((?:19|20)\d{2})\b`, 'gi'),
    make: (m) => {
      const [y, mo, d] = [Number(m[3]), monthIndex(m[1]!), Number(m[2])];
      return d >= 1 && d <= lastDay(y, mo) ? { label: m[0], start: iso(y, mo, d), end: iso(y, mo, d), kind: 'date' } : undefined;
    },
  },
  {
    re: new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${monthWord})\.?\s+((?:19|20)\d{2})\b`, 'gi'),
    make: (m) => {
      const y = Number(m[3]);
      const mo = monthIndex(m[2]!);
      if (m[1]) return { label: m[0], start: iso(y, mo, Number(m[1])), end: iso(y, mo, Number(m[1])), kind: 'date' };
      return { label: m[0], start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)), kind: 'month' };
    },
  },
  {
    re: /\b(?:in\s+)?the\s+(?:last|past|previous)\s+(\d+|twelve|six|three)\s+months\b/gi,
    make: (m, reference) => {
      if (!reference) return undefined;
      const n = ({ twelve: 12, six: 6, three: 3 } as Record<string, number>)[m[1]!.toLowerCase()] ?? Number(m[1]);
      const end = new Date(`${reference}T00:00:00Z`);
      const start = new Date(end);
      start.setUTCMonth(start.getUTCMonth() - n);
      return { label: m[0], start: start.toISOString().slice(0, 10), end: reference, kind: 'rolling' };
    },
  },
  {
    // "The final month of 2022", "the last quarter of 2023": December, October to December.
    re: /\b(?:the\s+)?(first|final|last)\s+(month|quarter)\s+of\s+((?:19|20)\d{2})\b(?![\d/%-])/gi,
    make: (m) => {
      const y = Number(m[3]);
      const first = m[1]!.toLowerCase() === 'first';
      const [sm, em] = m[2]!.toLowerCase() === 'month' ? (first ? [1, 1] : [12, 12]) : first ? [1, 3] : [10, 12];
      return { label: m[0].replace(/^the\s+/i, ''), start: iso(y, sm, 1), end: iso(y, em, lastDay(y, em)), kind: sm === em ? 'month' : 'quarter' };
    },
  },
  {
    // A part of a year named by where in it ("the first half of 2023", "early 2023", "mid-2022",
    // "the end of 2017"): thirds of the year for the loose words, halves for the exact ones.
    // A season is its three months, as the Met Office counts them ("spring 2023": March to May).
    re: /\b(?:(?:the\s+)?(first|second)\s+half\s+of|(early|mid|late)-?|(?:the\s+)?(start|beginning|middle|end)\s+of|(?:(?:the\s+)?(spring|summer|autumn)\s+(?:of\s+)?))\s*((?:19|20)\d{2})\b(?![\d/%-])/gi,
    make: (m) => {
      const y = Number(m[5]);
      const where = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
      const [sm, em] = YEAR_PARTS[where]!;
      const part: Period = { label: m[0].replace(/^the\s+/i, ''), start: iso(y, sm, 1), end: iso(y, em, lastDay(y, em)), kind: 'range' };
      return m[1] ? part : { ...part, loose: true };
    },
  },
  {
    // A year on its own; but "over 2000 police officers" counts officers.
    re: /(?:(?<=\b(?:mid|early|late)-)|(?<![\d/£$.,-]))(?<!\b(?:over|than|nearly|around|approximately|approx\.|some|almost|about|total of)\s)((?:19|20)\d{2})(?![\d/%]|,\d|\.\d|-\d)(?!\s+(?:[a-z]+\s+)?(?:people|officers|staff|crimes|offenders|cases|children|victims|referrals|individuals|women|men|places|beds)\b)/g,
    make: (m) => {
      const y = Number(m[1]);
      if (y < 1900 || y > 2040) return undefined;
      // A year long past is one only where a year is spoken of ("since publication began in
      // 1983", "from 1980 to 2018"): "1980 offences" counts offences.
      if (y < RECENT_YEARS && !SPOKEN_YEAR.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      return { label: m[1]!, start: iso(y, 1, 1), end: iso(y, 12, 31), kind: 'calendar-year' };
    },
  },
];

/** The months a part of a year named by where in it spans, first and last. */
const YEAR_PARTS: Record<string, [number, number]> = {
  first: [1, 6],
  second: [7, 12],
  early: [1, 4],
  start: [1, 4],
  beginning: [1, 4],
  mid: [5, 8],
  middle: [5, 8],
  late: [9, 12],
  end: [9, 12],
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
};

/** A year as a list of years writes it: "2019", or a financial year "2012/2013", "2012/13" (the two years captured). */
export const LISTED_YEAR = String.raw`((?:19|20)\d\d)(?:\/((?:19|20)?\d\d))?`;

/** The last word of a law's name, before the year that completes it. */
export const LAW_NAMED = /\b(?:Act|Bill|Regulations|Order)\s+$/;

/** Years from this one on are read as years wherever they stand, unless a count's noun follows. */
const RECENT_YEARS = 1990;
/** Words after which a number is a year. */
const SPOKEN_YEAR = /\b(?:in|since|from|until|till|to|by|before|after|between|and|of|during)\s+$/i;

/**
 * Every period stated in `text`, in order, longest reading first where two overlap.
 * `reference` (ISO date) resolves relative periods such as "in the last 12 months".
 * @example
 * findPeriods('In 2023/24, 1362 CSTRs were ordered')[0] // → { label: '2023/24', start: '2023-04-01', … }
 */
export function findPeriods(written: string, reference?: string): Period[] {
  // "… in the last 12 months2. This is double …": a footnote's number run onto a word's end is
  // no part of the word, so the word still ends a period (blanked, so every offset still holds).
  const text = blankGluedNotes(written);
  const taken: [number, number][] = [];
  const found: { at: number; period: Period }[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      // "14-15%" is a range of shares, not the year 2014/15.
      if (/^\s?(?:%|per ?cent\b|percent\b)/i.test(text.slice(to))) continue;
      const period = rule.make(m, reference);
      if (!period) continue;
      taken.push([from, to]);
      // "the Sentencing Act 2020", "the Domestic Abuse Bill 2020": a year naming a law is no time spoken of.
      if (period.kind === 'calendar-year' && LAW_NAMED.test(text.slice(Math.max(0, from - 16), from))) continue;
      period.label = period.label.trim(); // a period `make` just built, not shared
      found.push({ at: from, period });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.period);
}

/** A note's number of one or two digits run onto the end of a lower-case word, before a stop or a space. */
const GLUED_NOTE = /(?<=\p{Ll}{3})\d{1,2}(?=[.,;:]?(?:\s|$))/gu;

/**
 * The text with every footnote number run onto a word's end ("months2.") blanked, offsets kept:
 * extraction joins a note's mark to the word it follows, and the word must still read as itself.
 */
export function blankGluedNotes(text: string): string {
  return text.replace(GLUED_NOTE, (d) => ' '.repeat(d.length));
}

/**
 * Words that make the period after them the one compared with ("up 2 points since 2022", "vs
 * 2017", "down 2% from the year preceding the pandemic (ending March 2020)").
 */
/** "from 1,170 in" before a period: the period of the value a rise or fall started from ("rose from 1,170 in 2009/10 to 1,607"). */
export const FROM_VALUE_IN = String.raw`from\s+(?:an?\s+)?(?:estimated\s+)?£?\d[\d,.]*%?\s+(?:in|during)\b`;
/** A change stated "on" its base: "up 9% on 2014", "increased 75% on the 2017/18 statistic", "down on last year". */
export const CHANGE_ON = String.raw`(?:\d[\d,.]*\s*(?:%|per\s*cent|percent|percentage\s+points?)|\b(?:up|down))\s+on`;
/** "Since the last Operation Sceptre week in": a change measured from a time named by what happened then. */
export const SINCE_LAST = String.raw`\bsince\s+(?:the\s+)?(?:last|previous|preceding|prior)\b[^,;.]{0,50}$`;
const COMPARED_WITH = new RegExp(
  String.raw`\b(?:compared(?:\s+(?:with|to))?|than|versus|vs|since|(?:from|on|over)\s+(?:the\s+)?(?:(?:year|years|period|quarter|month)\s+)?(?:same|previous|preceding|last|prior|before)|${FROM_VALUE_IN}|${CHANGE_ON})\b[^,;]{0,25}$` +
    // "Against" only right before the period, or words saying which ("against the same period
    // of 2019"): "offending against women drop in 2017-18" and "incidents against staff 2016-17"
    // ask about those years.
    String.raw`|\bagainst\s+(?:(?:the|a)\s+)?(?:(?:same|previous|preceding|last|prior|earlier|financial|calendar|year|years|period|quarter|month|of|in)\s+){0,3}$` +
    // "An increase of 14% since the last Operation Sceptre week in November 2021": the time a
    // change is measured from may be named by what happened then, at more length.
    String.raw`|${SINCE_LAST}`,
  'i',
);

/** Whether the words just before a period make it the baseline of a comparison. */
export function comparesWith(before: string): boolean {
  return COMPARED_WITH.test(before.slice(-60));
}

/**
 * The periods a text speaks of, in order, less those it only compares with: "reoffending in
 * 2023 compared with 2022" speaks of 2023. `periods` are the text's own, as found in it.
 */
export function spokenPeriods(text: string, periods: Period[] = findPeriods(text)): Period[] {
  let from = 0;
  return periods.filter((p) => {
    const at = text.indexOf(p.label, from);
    if (at < 0) return true;
    from = at + p.label.length;
    return !comparesWith(text.slice(0, at));
  });
}

/** True when two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** True when `inner` lies wholly inside `outer`. */
export function within(inner: Period, outer: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** A stable search token for a period ("fy2023", "y2019"), so every spelling of it matches. */
export function periodToken(period: Period): string | undefined {
  if (period.kind === 'financial-year') return `fy${period.start.slice(0, 4)}`;
  if (period.kind === 'calendar-year') return `y${period.start.slice(0, 4)}`;
  return undefined;
}
