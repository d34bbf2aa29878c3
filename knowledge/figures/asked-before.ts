/**
 * What a question written into a document asks for, as the measure of the numbers that answer it:
 * replies to requests set each question over (or just before) its answer ("How many CPNs were
 * issued …? Our response: Nov 2017 to Oct 2018: 15"), and the answer's own words often name nothing.
 */
import { measureAfter, realMeasure } from './measures.js';

/** A measure a question asks for, and whether it asks for a sum of money. */
export interface AskedMeasure {
  measure: string;
  money: boolean;
}

/** A "how many" question put with "did" or "has": the things counted, the asker's words, and what the things were for. */
const ASKED_BY_DOER = /^(\p{L}[\p{L}\s'’-]*?)\s+(?:did|do|does|has|have|had)\s+(?:[\p{L}'’-]+\s+){1,3}?[\p{L}-]+(?:\s+((?:for|of|on|against|under)\s+\p{L}[\p{L}\s'’-]*))?$/iu;
/** A question asking for a total: "What is the total amount (in £s) unpaid after 30 days?". */
const TOTAL_ASKED = /\bwhat (?:is|was|are|were) the ((?:total|overall)\s+[^?]{3,80})\?/gi;
/** Words by which a total asked for is a sum of money. */
const MONEY_ASKED = /\b(?:amount|revenue|income|cost|costs|spend|spent|money|value|£s?)\b|£/i;
/** A sentence that asks: it ends in a question mark and opens (after a list number) on a word that asks. */
const ASKING_SENTENCE = /^\W*(?:\d+[.)]\s*|[a-z][.)]\s*)?(?:how|what|which|who|when|where|why|did|do|does|is|are|was|were|has|have|can|could|will|would|please)\b[^?]*\?\s*$/i;
/** A number's relative clause saying only what was done to what it counts: "7 that were issued and then cancelled". */
const DONE_TO_THEM = /^\s*(?:that|which|who)\s+(?:were|was|had been|have been|has been)\s+(\p{L}+ed(?:\s+(?:and|or)\s+(?:then\s+)?\p{L}+ed)?)\b/iu;
/** The most words a measure taken from a question keeps. */
const MEASURE_WORDS_ASKED = 8;
/** Words of a time, which a measure leaves to the figure's period. */
const TIME_WORDS = /\b(?:year|month|quarter|week|period)s?\b/i;

/**
 * What the last question in `text` asks to be counted or totalled, as a measure:
 * "How many CPNs were issued in 2018?" → "CPNs issued"; "how many fines or fixed penalty notices
 * did your authority issue for fly-tipping?" → "fines or fixed penalty notices for fly-tipping";
 * "What is the total amount (in £s) unpaid after 30 days?" → "total amount unpaid after 30 days" (money).
 */
export function askedMeasure(text: string): AskedMeasure | undefined {
  const total = [...text.matchAll(TOTAL_ASKED)].pop()?.[1];
  if (total) {
    const measure = realMeasure(total.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim());
    return measure ? { measure, money: MONEY_ASKED.test(total) } : undefined;
  }
  const asked = [...text.matchAll(/\bhow many\s+([^?]+)\?/gi)].pop()?.[1]?.trim();
  if (!asked) return undefined;
  const byDoer = ASKED_BY_DOER.exec(asked);
  let measure: string;
  if (byDoer) {
    const what = byDoer[2] && !TIME_WORDS.test(byDoer[2]) ? `${byDoer[1]} ${byDoer[2]}` : byDoer[1]!;
    measure = realMeasure(what.split(/\s+/).length <= MEASURE_WORDS_ASKED ? what : byDoer[1]!);
  } else measure = realMeasure(measureAfter(asked));
  return measure ? { measure, money: false } : undefined;
}

/** The measure a question gives a number answering it: a count asked is no sum of money, nor the reverse. */
export function answering(asked: AskedMeasure | undefined, value: { unit: string }): string {
  if (!asked) return '';
  return asked.money === (value.unit === 'money') ? asked.measure : '';
}

/** Whether a sentence asks a question: its numbers are the asker's, not figures the document states. */
export function isAsking(sentence: string): boolean {
  return ASKING_SENTENCE.test(sentence);
}

/** What a number's relative clause says was done to what it counts ("that were issued and then cancelled"), if that is all it says. */
export function doneToThem(after: string): string | undefined {
  return DONE_TO_THEM.exec(after)?.[1];
}
