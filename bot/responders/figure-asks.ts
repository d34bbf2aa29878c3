/**
 * What a question asks of the figures answering it, and the traits of a figure that meet it: the
 * words asking for a count, a target, the year before or a direction of change, and whether a
 * figure moved that way, compares with the year before, or is the latest its document gives.
 * `figure-answer.ts` weighs figures by these.
 */
import type { Figure } from '../../knowledge/figures/figures.js';
import { changeDirection } from '../../knowledge/figures/figure-words.js';
import { findPeriods } from '../../knowledge/language/periods.js';
import { terms } from '../../knowledge/language/tokens.js';
import type { Period } from '../../knowledge/types.js';

/** A question asking how many took part in a survey: then its sample's size answers. */
export const SAMPLE_ASKED = /\b(?:surveyed|polled|interviewed|questioned|sampled|responded|respondents?|took part|taking part|sample size)\b|\bhow (?:many|big|large)\b.*\b(?:survey|sample|poll)\b/i;
/** A word for a change that says nothing of its direction. */
export const CHANGE_NOUN = /^(?:change[sd]?|difference|movement|trend)$/i;
/** A label numbering one of a kind: "band 4", "Tier 2", "level 3" (not a share or a count of them). */
export const NUMBERED_LABEL = /\b(?:band|tier|grade|level|category|phase|stage|priority)\s+\d{1,2}\b(?![\d.,%]|\s*(?:per ?cent|percent))/gi;

/** Words asking for a count of something. */
export const wantsCount = /\b(how many|number of|count|total)\b/i;
/** Words that name numbers in general ("PCSO numbers", "figures", "stats"), not what they count ("the number of X" does say it). */
export const NUMBER_NOUN = /^(?:numbers|figures?|stats?|statistics?|data)$/i;
/** A question setting one place beside another: "…in GM compared with England and Wales", "GM vs national". */
export const COMPARES_PLACES = /\b(?:compared? (?:with|to)|vs\.?|versus|against|than)\b/i;
/** "What was the burglary solved rate the previous year?": the value before the latest is asked for… */
export const asksPrevious = /\b(?:previous|prior|preceding) year\b|\bthe year before\b/i;
/** …unless the question sets the two side by side or asks how one changed into the other. */
export const comparesOrChanges = /\b(?:compar\w*|vs\.?|versus|than|changes?|changed|up or down|rise|rose|fall|fell|increases?|increased|decreases?|decreased|drop(?:s|ped)?|gr[eo]w(?:n|th)?|latest|now|current(?:ly)?|and what)\b/i;
/** Words that turn what a share did into what it did not do ("wouldn't report", "never went"). */
export const NEGATED = /\b(?:not|never|no longer|cannot|(?:would|could|did|do|does|was|were|is|are|wo|ca|should|had|has|have)n[’']t)\b/i;
/** Words asking for what was aimed at, not what was done. */
export const wantsTarget = /\b(target|goal|aim|ambition|pledge|promise)\b/i;
/** "… change on the previous year", "vs last year", "compared with the year before": the base of the change is named. */
export const ON_YEAR_BEFORE = /\b(?:on|vs\.?|versus|compared (?:with|to)|than|against|from|since)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s+year\b|\bthe year before\b|\byear[- ]on[- ]year\b/i;

/** Words asking how far a number went up, or down ("gone up or down" asks neither way). */
export const RISE_ASKED = /\b(?:gr[eo]w(?:n|s|ing)?|increas(?:e|ed|es|ing)|ris(?:e|en|es|ing)|rose|climb(?:ed|s|ing)?|jump(?:ed|s)?|soar(?:ed|s)?|(?:went|gone|go|going|or) up)\b/i;
/** …and words asking how far it went down. */
export const FALL_ASKED = /\b(?:f[ae]ll(?:en|s|ing)?|drop(?:ped|s)?|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)|shr[iau]nk|(?:went|gone|go|going|or) down|come down|came down)\b/i;
const ROSE = new Set(terms('increase increased rise rose risen higher'));
const FELL = new Set(terms('decrease decreased fall fell fallen reduction lower fewer'));
const STILL = new Set<string>();

/** The words for which way a figure moved, as its sentence states the change: a rise's or a fall's. */
export function movedWords(figure: Figure): Set<string> {
  const direction = changeDirection(figure) ?? (figure.change?.startsWith('+') ? '+' : figure.change?.startsWith('-') ? '-' : undefined);
  return direction === '+' ? ROSE : direction === '-' ? FELL : STILL;
}

/** The year before, as a sentence names what a number is compared with. */
const YEAR_BEFORE_SAID = /\b(?:previous|last|prior|preceding) year\b|\byear before\b/gi;

/**
 * Whether the figure is the number a sentence compares with the year before: the last number
 * ahead of "the previous year" ("increased from 33% to 35%, compared to the previous year" — 35%;
 * "17% lower than in 2020, however a 13% increase compared with the previous year" — 13%), or
 * ahead of the period a year before one asked ("… a 13% increase compared with the year ending
 * March 2022", asked about the year ending March 2023).
 */
export function comparedWithYearBefore(figure: Figure, asked: Period[]): boolean {
  // "7,651 (down 7.4% on 8,263 last year)": read as compared with its previous value, said so.
  if (figure.previous?.label && new RegExp(YEAR_BEFORE_SAID.source, 'i').test(figure.previous.label)) return true;
  // "24.1% in 2019-20, down from 28.6% in 2018-19": its previous value is of the year before its own.
  if (figure.previous?.period && figure.period && figure.previous.period.start === yearEarlier(figure.period.start) && figure.previous.period.end === yearEarlier(figure.period.end)) return true;
  const text = figure.sentence;
  const at = text.indexOf(figure.value);
  if (at < 0) return false;
  const mentions = [...text.matchAll(YEAR_BEFORE_SAID)].map((m) => m.index);
  for (const p of findPeriods(text)) {
    if (asked.some((a) => p.start === yearEarlier(a.start) && p.end === yearEarlier(a.end)) && text.includes(p.label)) mentions.push(text.indexOf(p.label));
  }
  return mentions.some((where) => {
    const last = [...text.slice(0, where).matchAll(/\d[\d,.]*/g)].at(-1);
    return last !== undefined && last.index >= at && last.index < at + figure.value.length;
  });
}

/** An ISO date a year earlier. */
export function yearEarlier(iso: string): string {
  return `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
}

/** How much more the latest of a document's figures for one measure counts, when no period is asked. */
const LATEST_WEIGHT = 1.3;

/**
 * "How many requests did the watchdog get in its tenth year": with no period asked, of figures a
 * document gives for the same measure in several periods ("600 … in 2013-2014", "1,346 … in
 * 2023-2024"), the latest answers.
 */
export function preferLatest(scored: { figure: Figure; score: number }[]): void {
  const key = (s: { figure: Figure }) => `${s.figure.docId}|${s.figure.measure.toLowerCase()}`;
  const ends = new Map<string, { first: string; last: string }>();
  for (const s of scored) {
    const end = s.figure.period?.end;
    if (!end) continue;
    const seen = ends.get(key(s));
    if (!seen) ends.set(key(s), { first: end, last: end });
    else if (end < seen.first) seen.first = end;
    else if (end > seen.last) seen.last = end;
  }
  for (const s of scored) {
    const seen = ends.get(key(s));
    if (seen && seen.first !== seen.last && s.figure.period?.end === seen.last) s.score *= LATEST_WEIGHT;
  }
}
