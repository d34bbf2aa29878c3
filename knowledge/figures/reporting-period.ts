import { comparesWith, findPeriods, spokenPeriods } from '../language/periods.js';
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
  // ("Helpline cases up 35% since 2021-22", "… a 37% increase since 2019": the period a change is
  // measured from is its base, not what the figures are for.)
  const periods = findPeriods(title).filter((p) => (REPORTING_KINDS.has(p.kind) || (p.kind === 'date' && snapshotDate(title, p))) && !changeBase(title, p));
  if (periods.length === 1) return periods[0];
  // "Fraud the Facts 2020, figures for 2019": the period the figures are said to be for.
  const figuresFor = periods.filter((p) => FIGURES_FOR.test(title.slice(0, title.indexOf(p.label))));
  if (figuresFor.length === 1) return figuresFor[0];
  // "2018/19 against 2017/18": the period compared is reported on, the other is its baseline.
  return periods.length === 2 ? comparedPeriod(title, periods[0]!, periods[1]!) : undefined;
}

/**
 * The period a document's opening says its figures are for, where its title names none: "The
 * figures compare the financial year April to March 2018/19 with April to March 2017/18",
 * "These statistics cover the year ending March 2023". Only a sentence about the figures
 * themselves counts; any other period the opening mentions may be background.
 */
export function statedReportingPeriod(opening: string): Period | undefined {
  for (const sentence of opening.split(/(?<=[.!?])\s+|\n+/)) {
    const about = ABOUT_THE_FIGURES.exec(sentence);
    if (!about) continue;
    const rest = sentence.slice(about.index);
    const periods = findPeriods(rest).filter((p) => REPORTING_KINDS.has(p.kind));
    if (periods.length === 1) return periods[0];
    if (periods.length === 2) return comparedPeriod(sentence, periods[0]!, periods[1]!) ?? onlySpoken(rest, periods);
  }
  return undefined;
}

/** The one period a text speaks of when the other is only what it is compared with ("… compared to the same period in 2016/17"). */
function onlySpoken(text: string, periods: Period[]): Period | undefined {
  const spoken = spokenPeriods(text, periods);
  return spoken.length === 1 ? spoken[0] : undefined;
}

/** "figures for ", "data covering ": words saying the period after them is what the figures are for. */
const FIGURES_FOR = /\b(?:figures|data|statistics)\s+(?:for|covering|on)\s+(?:the\s+)?$/i;

/** "The figures compare", "These statistics cover", "The latest statistics, covering", "This release presents figures for". */
// ("… highlighted in CCRC's Annual Report and Accounts for 2023/24": a yearly report's year.)
const ABOUT_THE_FIGURES = /\b(?:figures|statistics|data|release|bulletin)\s*,?\s+(?:compare|compares|cover|covers|covering|relate to|relates to|relating to|are for|is for|presents? (?:figures|statistics|data) for)\b|\bAnnual Report(?:\s+and\s+Accounts)?\s+for\b/i;

/** Whether a title measures a change from this period ("up 35% since 2021-22", "down 4% on 2019"), rather than reporting on it. */
function changeBase(title: string, period: Period): boolean {
  const at = title.indexOf(period.label);
  return at > 0 && /\b(?:since|on|from)\s+(?:the\s+)?$/i.test(title.slice(0, at)) && comparesWith(title.slice(0, at));
}

/** The first of two periods when the words between them compare it with the second. */
function comparedPeriod(text: string, first: Period, second: Period): Period | undefined {
  const a = text.indexOf(first.label);
  const b = text.indexOf(second.label, a + first.label.length);
  if (a < 0 || b < 0) return undefined;
  return /^\s*(?:\S+\s+){0,3}?(?:against|versus|vs\.?|compared (?:with|to)|with)\s+(?:(?:\S+\s+){0,3}?)$/i.test(text.slice(a + first.label.length, b)) ? first : undefined;
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
